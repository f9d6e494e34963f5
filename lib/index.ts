export { friendAddCallback } from './friend-add-callback';
export type { FriendAddCallbackMiddleware, FriendAddCallbackOptions } from './friend-add-callback';
export type { CallbackMiddleware, EventsByCommand, ListenerFor } from './callback-middleware';
export type { CallbackOptions, CallbackLogger } from './options';
export type {
  CallbackEvent,
  CallbackEventMap,
  FriendAddEvent,
  FriendAddPacket,
  FriendAddPair,
  KnownCallbackEvent,
} from './event';
export type { CallbackListener } from './listeners';
export { sendCallbackReply, type CallbackFailure, type CallbackReplyBody } from './reply';
export { computeSign } from './sign';
export {
  CallbackRejection,
  ListenerTimeoutError,
  isCallbackRejection,
  type CallbackRejectionCode,
} from './errors';
