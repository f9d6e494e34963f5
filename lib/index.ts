export { createCallbackRouter } from './adapters/express/create-callback-router';
export {
  friendAddCallback,
  type FriendAddCallbackMiddleware,
  type FriendAddCallbackOptions,
} from './adapters/express/friend-add-callback';
export type { DefaultListenerRequest } from './adapters/express/request-type';
export {
  createNodeHandler,
  type NodeCallbackHandler,
  type NodeCallbackRouter,
  type NodeHandlerOptions,
  type NodeServable,
} from './adapters/node/create-node-handler';
export { sendCallbackReply, type CallbackFailure } from './adapters/node/send-callback-reply';
export {
  createFetchHandler,
  type FetchCallbackHandler,
  type FetchHandlerOptions,
  type FetchServable,
} from './adapters/fetch/create-fetch-handler';
export type {
  CallbackEventListener,
  CallbackMiddleware,
  CallbackRequest,
  CallbackRouter,
  EventsByCommand,
  ListenerFor,
  ListenerRequestMarker,
  OtherCommand,
} from './pipeline/router-types';
export type { CallbackLogger, CallbackOptions, CallbackRouterOptions } from './pipeline/options';
export { ListenerTimeoutError, type CallbackListener } from './pipeline/listeners';
export { DedupeStoreError } from './pipeline/callback-pipeline';
export type { DedupeOptions, DedupeStore } from './dedupe/dedupe-store';
export { memoryDedupeStore, type MemoryDedupeStoreOptions } from './dedupe/memory-store';
export { redisDedupeStore, type RedisDedupeStoreOptions, type RedisSetClient } from './dedupe/redis-store';
export {
  isCallbackEvent,
  type CallbackEvent,
  type KnownCallbackEvent,
  type RouterEvent,
  type UntypedCallbackEvent,
} from './commands/event-types';
export {
  MAX_REFUSAL_CODE,
  MIN_REFUSAL_CODE,
  type FriendRequestDecision,
  type ResultItem,
} from './commands/decisions/friend-request';
export type { BeforeCallbackFallback } from './commands/decisions/refusal';
export type { MessageDecision, MessageReplacement } from './commands/decisions/message';
export type { GateDecision } from './commands/decisions/gate';
export type { MembersDecision } from './commands/decisions/members';
export type { ChatbotDecision } from './commands/decisions/chatbot';
export { isMessageElement } from './commands/message-element';
export type { KnownCommand } from './generated/commands';
export type * from './generated/events';
export type { CallbackPacket } from './generated/packets/callback';
export type { CallbackReplyBody } from './protocol/reply';
export { computeSign } from './protocol/sign';
export { CallbackRejection, isCallbackRejection, type CallbackRejectionCode } from './protocol/rejection';
