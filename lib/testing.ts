export { buildCallbackRequest, type BuiltCallbackRequest, type CallbackRequestOptions } from './testing/build-request';
export { runCallback, type CallbackRun, type TestableRouter } from './testing/run-callback';
export { samplePacket, SAMPLE_COMMANDS, type PacketOf, type SampleOptions } from './testing/samples';
