import type { KnownCommand } from '../generated/commands';
import type { CallbackEventMap } from '../generated/events';
import type { CallbackPacket } from '../generated/packets/callback';

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
   * The callback's identity, the same for every delivery of it on every instance: the command
   * and the fields IM's docs say identify it (`C2C.CallbackAfterSendMsg:MsgKey=...`), or a digest
   * of the command and the body (`Sns.CallbackFriendAdd:sha256=...`). The key of each command
   * is in the README's command table. Use it as an idempotency key, or a queue's job id.
   */
  readonly key: string;
  /**
   * Aborts when the listeners run past `listenerTimeoutMs`, as the FAIL reply (or a
   * before-callback's fallback) goes out. Pass it to `fetch` and database drivers that accept
   * one. A decision made in one of its abort handlers still counts; one made after them throws.
   */
  readonly signal: AbortSignal;
}

/** The event of a command without a schema of its own: its body is any JSON object. */
export type UntypedCallbackEvent = CallbackEvent<string, CallbackPacket & Readonly<Record<string, unknown>>>;

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
