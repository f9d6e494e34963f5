export { createCallbackRouter } from './router';
export type {
  CallbackMiddleware,
  CallbackRequest,
  CallbackRouter,
  EventListener,
  EventsByCommand,
  ListenerFor,
  OtherCommand,
} from './router';
export { friendAddCallback } from './friend-add-callback';
export { createNodeHandler } from './node-handler';
export type { CallbackMiddlewareLike, NodeCallbackHandler, NodeHandlerOptions } from './node-handler';
export type { FriendAddCallbackMiddleware, FriendAddCallbackOptions } from './friend-add-callback';
export type { CallbackLogger, CallbackOptions, CallbackRouterOptions } from './options';
export { isCallbackEvent } from './event';
export type {
  BlackListAddEvent,
  BlackListAddPacket,
  BlackListAddPair,
  BlackListDeleteEvent,
  BlackListDeletePacket,
  BlackListDeletePair,
  CallbackEvent,
  CallbackEventMap,
  CallbackPacket,
  FriendAddEvent,
  FriendAddPacket,
  FriendAddPair,
  FriendDeleteEvent,
  FriendDeletePacket,
  FriendDeletePair,
  KnownCallbackEvent,
  KnownCommand,
  PrevFriendAddEvent,
  PrevFriendAddItem,
  PrevFriendAddPacket,
  PrevFriendResponseEvent,
  PrevFriendResponseItem,
  PrevFriendResponsePacket,
  RouterEvent,
  UntypedCallbackEvent,
} from './event';
export { MAX_REFUSAL_CODE, MIN_REFUSAL_CODE } from './decisions';
export type { BeforeCallbackFallback, FriendRequestDecision, ResultItem } from './decisions';
export type { CallbackListener } from './listeners';
export { sendCallbackReply, type CallbackFailure, type CallbackReplyBody } from './reply';
export { computeSign } from './sign';
export { CallbackRejection, ListenerTimeoutError, isCallbackRejection, type CallbackRejectionCode } from './errors';
