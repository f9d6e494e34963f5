import type { CallbackEvent } from '../commands/event-types';
import type { BeforeCallbackFallback } from '../commands/decisions/refusal';
import type { DedupeOptions, DedupeStore } from '../dedupe/dedupe-store';

/**
 * Where the package writes its few log lines: `error(message, error)` passes the error as a
 * second argument, as `console.error` takes it. `console` fits as it is. pino takes an object
 * first and drops further arguments, so give it
 * `{ warn: (m) => log.warn(m), error: (m, err) => log.error({ err }, m), debug: (m) => log.debug(m) }`.
 * Methods may be async: a rejected promise is caught like a throw.
 */
export interface CallbackLogger {
  /** Configuration warnings, e.g. that signatures are not verified. */
  warn(message: string): unknown;
  /** Listener failures, when no `onError` is given. */
  error(message: string, error?: unknown): unknown;
  /** Each rejected request (status and reason), when the logger has this method. */
  debug?(message: string): unknown;
}

/** Options shared by every callback middleware of this package. */
export interface CallbackOptions {
  /**
   * The app's SDKAppID from the IM console. Requests whose `SdkAppid` query parameter is
   * not exactly this number are refused with 403. Required.
   */
  sdkAppId: number | string;
  /**
   * The callback authentication token from the IM console, or several while rotating one:
   * `Sign` and `RequestTime` are required and checked (401 otherwise). Required: a missing,
   * `undefined` or empty token throws at construction, so an unset environment variable cannot
   * open the endpoint to forged callbacks. `false` accepts unsigned callbacks (local
   * development only), which the logger reports once.
   */
  token: string | readonly string[] | false | undefined;
  /** How far `RequestTime` may be from the server clock, either way. Defaults to 60 seconds. */
  maxClockSkewSeconds?: number | undefined;
  /**
   * The largest body read, in bytes or as a string such as `'512kb'` or `'1mb'`; larger
   * bodies get 413. Defaults to `'1mb'` (1,048,576 bytes).
   */
  bodyLimit?: number | string | undefined;
  /**
   * How long listeners may run before the FAIL reply is sent and `event.signal` aborts, counted
   * from when the request's query was checked (reading the body, the dedupe claim and the
   * listeners' synchronous work use it up; a listener still awaiting when it passes is cut off).
   * Keep it under 2000: IM waits at most 2 seconds for before-callbacks. Defaults to 1500
   * milliseconds.
   */
  listenerTimeoutMs?: number | undefined;
  /**
   * When false, the middleware calls `next()` after the listeners succeed and the app replies
   * with `sendCallbackReply`. Defaults to true: the middleware replies.
   */
  autoReply?: boolean | undefined;
  /**
   * The clock, in milliseconds since the epoch, for tests: the Sign's freshness and
   * `listenerTimeoutMs` are measured on it. Defaults to `Date.now`.
   */
  now?: (() => number) | undefined;
  /**
   * Called with each listener failure (several failures arrive as one `AggregateError`) and
   * with a `ListenerTimeoutError` when listeners run late, and with a `DedupeStoreError` when
   * the dedupe store failed (the callback was processed anyway). Defaults to `logger.error`.
   */
  onError?: ((error: unknown, event: CallbackEvent<string, object>) => unknown) | undefined;
  /** Where log lines go. Defaults to `console.warn` and `console.error`, without `debug`. */
  logger?: CallbackLogger | undefined;
  /**
   * Answer an after-callback delivered again (same `event.key`) within `ttlSeconds` with OK,
   * without running the listeners, even on another instance sharing the store. Before-callbacks
   * are never suppressed: their reply matters. If the store fails, the callback is processed and
   * the error goes to `onError`. Defaults to no deduplication.
   */
  dedupe?: DedupeOptions | undefined;
}

/** Options of `createCallbackRouter`: those of every middleware, and two of its own. */
export interface CallbackRouterOptions extends CallbackOptions {
  /**
   * What to do with a callback whose command has no listener: `'next'` passes it on with the
   * body unread, for other middleware on the same path; `'ack'` checks it like any other and
   * answers OK (running `onAny` listeners). Defaults to `'next'`.
   */
  unhandled?: 'next' | 'ack' | undefined;
  /**
   * What a before-callback answers for what its listeners left undecided when a listener fails
   * or runs past `listenerTimeoutMs`: `'allow'` lets it through; `'deny'` refuses a whole
   * request with `ErrorCode` 1 and every undecided target of a per-target kind (friend
   * requests with `ResultCode` 38000). Decisions already made stand. Defaults to `'allow'`.
   */
  beforeCallbackFallback?: BeforeCallbackFallback | undefined;
}

/** One `true` per option: a list of names the compiler keeps complete (express-rate-limit's `KeysEnum`). */
type KeysEnum<T> = { readonly [P in keyof Required<T>]: true };

const callbackOptionKeys: KeysEnum<CallbackOptions> = {
  sdkAppId: true,
  token: true,
  maxClockSkewSeconds: true,
  bodyLimit: true,
  listenerTimeoutMs: true,
  autoReply: true,
  now: true,
  onError: true,
  logger: true,
  dedupe: true,
};

const routerOptionKeys: KeysEnum<CallbackRouterOptions> = {
  ...callbackOptionKeys,
  unhandled: true,
  beforeCallbackFallback: true,
};

/** The names of the options every middleware takes. */
export const CALLBACK_OPTION_NAMES: readonly string[] = Object.keys(callbackOptionKeys);
/** The names of the options `createCallbackRouter` takes. */
export const ROUTER_OPTION_NAMES: readonly string[] = Object.keys(routerOptionKeys);

/** `dedupe` after checking. */
export interface ResolvedDedupe {
  readonly store: DedupeStore;
  readonly ttlMs: number;
  readonly onDuplicate: ((event: { readonly command: string; readonly key: string }) => unknown) | undefined;
}

/** Options after checking, with defaults applied. */
export interface ResolvedOptions {
  readonly sdkAppId: string;
  readonly tokens: readonly string[];
  readonly maxClockSkewMs: number;
  readonly bodyLimit: number;
  readonly listenerTimeoutMs: number;
  readonly autoReply: boolean;
  readonly now: () => number;
  readonly onError: (error: unknown, event: CallbackEvent<string, object>) => unknown;
  readonly logger: CallbackLogger;
  readonly dedupe: ResolvedDedupe | undefined;
  /** What to do with a command that has no listener (`friendAddCallback` handles only its own). */
  readonly unhandled: 'next' | 'ack';
  readonly beforeCallbackFallback: BeforeCallbackFallback;
}
