import type { FriendAddPacket, FriendAddPair } from './generated/friend-add';

/** What every callback event carries, whatever its command. */
export interface CallbackEvent<Command extends string = string, Packet extends object = Readonly<Record<string, unknown>>> {
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

export type { FriendAddPacket, FriendAddPair };

/** The events this package knows, by command. */
export interface CallbackEventMap {
  'Sns.CallbackFriendAdd': FriendAddEvent;
}

/** Any event this package knows, told apart by `command`. */
export type KnownCallbackEvent = CallbackEventMap[keyof CallbackEventMap];

declare global {
  // Express's Request type merges this namespace's Request interface.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      /** The checked callback, set by tencent-im-callback before listeners and `next()` run. */
      timCallback?: KnownCallbackEvent;
    }
  }
}
