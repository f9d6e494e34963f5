import type { FriendRequestDecision } from './decisions';
import type { BlackListAddPacket, BlackListAddPair } from './generated/blacklist-add';
import type { BlackListDeletePacket, BlackListDeletePair } from './generated/blacklist-delete';
import type { CallbackPacket } from './generated/callback';
import type { FriendAddPacket, FriendAddPair } from './generated/friend-add';
import type { FriendDeletePacket, FriendDeletePair } from './generated/friend-delete';
import type { PrevFriendAddItem, PrevFriendAddPacket } from './generated/prev-friend-add';
import type { PrevFriendResponseItem, PrevFriendResponsePacket } from './generated/prev-friend-response';

/** What every callback event carries, whatever its command. */
export interface CallbackEvent<
  Command extends string = string,
  Packet extends object = Readonly<Record<string, unknown>>,
> {
  /** The `CallbackCommand`, e.g. `Sns.CallbackFriendAdd`. */
  readonly command: Command;
  /** The `SdkAppid` query parameter: the app's SDKAppID as a decimal string. */
  readonly sdkAppId: string;
  /** The `ClientIP` query parameter, when IM sent one. */
  readonly clientIp: string | undefined;
  /** The `OptPlatform` query parameter (`RESTAPI`, `Web`, `Android`, `iOS`, ...), when IM sent one. */
  readonly optPlatform: string | undefined;
  /** The `RequestTime` query parameter in Unix seconds, when the request was signed. */
  readonly requestTime: number | undefined;
  /** The validated packet, as IM sent it, unknown extra fields included. */
  readonly body: Packet;
  /**
   * Aborts when the listeners run past `listenerTimeoutMs` and the FAIL reply has been sent.
   * Pass it to `fetch` and database drivers that accept one.
   */
  readonly signal: AbortSignal;
}

/** The event of `Sns.CallbackFriendAdd`, sent after friends were added. */
export interface FriendAddEvent extends CallbackEvent<'Sns.CallbackFriendAdd', FriendAddPacket> {
  /** The added relationships: `body.PairList`, never empty. */
  readonly pairs: FriendAddPacket['PairList'];
}

/** The event of `Sns.CallbackFriendDelete`, sent after friends were deleted. */
export interface FriendDeleteEvent extends CallbackEvent<'Sns.CallbackFriendDelete', FriendDeletePacket> {
  /** The deleted relationships: `body.PairList`, never empty. */
  readonly pairs: FriendDeletePacket['PairList'];
}

/** The event of `Sns.CallbackBlackListAdd`, sent after users were blocked. */
export interface BlackListAddEvent extends CallbackEvent<'Sns.CallbackBlackListAdd', BlackListAddPacket> {
  /** The blocks: `body.PairList`, never empty. */
  readonly pairs: BlackListAddPacket['PairList'];
}

/** The event of `Sns.CallbackBlackListDelete`, sent after users were unblocked. */
export interface BlackListDeleteEvent extends CallbackEvent<'Sns.CallbackBlackListDelete', BlackListDeletePacket> {
  /** The unblocks: `body.PairList`, never empty. */
  readonly pairs: BlackListDeletePacket['PairList'];
}

/**
 * The event of `Sns.CallbackPrevFriendAdd`, sent before a client's friend request is processed.
 * `targets` are the `To_Account`s of `body.FriendItem`; refuse one with `deny`.
 */
export interface PrevFriendAddEvent
  extends CallbackEvent<'Sns.CallbackPrevFriendAdd', PrevFriendAddPacket>, FriendRequestDecision {}

/**
 * The event of `Sns.CallbackPrevFriendResponse`, sent before a client's answer to friend
 * requests is processed. `targets` are the `To_Account`s of `body.ResponseFriendItem`.
 */
export interface PrevFriendResponseEvent
  extends CallbackEvent<'Sns.CallbackPrevFriendResponse', PrevFriendResponsePacket>, FriendRequestDecision {}

/** The event of a command without a schema of its own: its body is any JSON object. */
export type UntypedCallbackEvent = CallbackEvent<string, CallbackPacket & Readonly<Record<string, unknown>>>;

export type {
  BlackListAddPacket,
  BlackListAddPair,
  BlackListDeletePacket,
  BlackListDeletePair,
  CallbackPacket,
  FriendAddPacket,
  FriendAddPair,
  FriendDeletePacket,
  FriendDeletePair,
  PrevFriendAddItem,
  PrevFriendAddPacket,
  PrevFriendResponseItem,
  PrevFriendResponsePacket,
};

/** The events this package has schemas and types for, by command. */
export interface CallbackEventMap {
  'Sns.CallbackFriendAdd': FriendAddEvent;
  'Sns.CallbackFriendDelete': FriendDeleteEvent;
  'Sns.CallbackBlackListAdd': BlackListAddEvent;
  'Sns.CallbackBlackListDelete': BlackListDeleteEvent;
  'Sns.CallbackPrevFriendAdd': PrevFriendAddEvent;
  'Sns.CallbackPrevFriendResponse': PrevFriendResponseEvent;
}

/** A command this package has a schema and types for. */
export type KnownCommand = keyof CallbackEventMap;

/** Any event this package has types for, told apart by `command`. */
export type KnownCallbackEvent = CallbackEventMap[KnownCommand];

/** Any event the router hands over: a typed one, or an untyped one for other commands. */
export type RouterEvent = KnownCallbackEvent | UntypedCallbackEvent;

/**
 * Narrows an event, such as `req.timCallback`, to one command's type.
 *
 * @param event - an event, or undefined
 * @param command - the command to test for
 *
 * @example
 * if (isCallbackEvent(req.timCallback, 'Sns.CallbackFriendAdd')) console.log(req.timCallback.pairs);
 */
export function isCallbackEvent<C extends KnownCommand>(event: unknown, command: C): event is CallbackEventMap[C] {
  return typeof event === 'object' && event !== null && (event as { command?: unknown }).command === command;
}

declare global {
  // Express's Request type merges this namespace's Request interface.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      /**
       * The checked callback, set by tencent-im-callback before listeners and `next()` run.
       * Narrow it with `isCallbackEvent`; in a listener, `req.timCallback` is already the event.
       */
      timCallback?: RouterEvent;
    }
  }
}
