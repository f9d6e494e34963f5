import bytes from 'bytes';
import type { BeforeCallbackFallback } from './decisions';
import type { CallbackEvent } from './event';

/** Where the package writes its few log lines. `console` fits; so do pino and winston. */
export interface CallbackLogger {
  /** Configuration warnings, e.g. that signatures are not verified. */
  warn(message: string): void;
  /** Listener failures, when no `onError` is given. */
  error(message: string, error?: unknown): void;
  /** Each rejected request (status and reason), when the logger has this method. */
  debug?(message: string): void;
}

/** Options shared by every callback middleware of this package. */
export interface CallbackOptions {
  /**
   * The app's SDKAppID from the IM console. Requests whose `SdkAppid` query parameter is
   * not exactly this number are refused with 403. Required.
   */
  sdkAppId: number | string;
  /**
   * The callback authentication token from the IM console, or several while rotating one.
   * When set, `Sign` and `RequestTime` are required and checked (401 otherwise).
   * Defaults to no signature check, which the logger reports once.
   */
  token?: string | readonly string[] | undefined;
  /** How far `RequestTime` may be from the server clock, either way. Defaults to 60 seconds. */
  maxClockSkewSeconds?: number | undefined;
  /**
   * The largest body read, in bytes or as a string such as `'512kb'` or `'1mb'`; larger
   * bodies get 413. Defaults to `'1mb'` (1,048,576 bytes).
   */
  bodyLimit?: number | string | undefined;
  /**
   * How long listeners may run before the FAIL reply is sent and `event.signal` aborts. Keep it
   * under 2000: IM waits at most 2 seconds for before-callbacks. Defaults to 1500 milliseconds.
   */
  listenerTimeoutMs?: number | undefined;
  /**
   * When false, the middleware calls `next()` after the listeners succeed and the app replies
   * with `sendCallbackReply`. Defaults to true: the middleware replies.
   */
  autoReply?: boolean | undefined;
  /** The clock, in milliseconds since the epoch, for tests. Defaults to `Date.now`. */
  now?: (() => number) | undefined;
  /**
   * Called with each listener failure (several failures arrive as one `AggregateError`) and
   * with a `ListenerTimeoutError` when listeners run late. Defaults to `logger.error`.
   */
  onError?: ((error: unknown, event: CallbackEvent<string, object>) => void | Promise<void>) | undefined;
  /** Where log lines go. Defaults to `console.warn` and `console.error`, without `debug`. */
  logger?: CallbackLogger | undefined;
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
  readonly onError: (error: unknown, event: CallbackEvent<string, object>) => void | Promise<void>;
  readonly logger: CallbackLogger;
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
   * What a before-callback (`Sns.CallbackPrevFriendAdd`, `Sns.CallbackPrevFriendResponse`)
   * answers for targets no listener refused when a listener fails or runs past
   * `listenerTimeoutMs`: `'allow'` or `'deny'` (ResultCode 38000). Defaults to `'allow'`.
   */
  beforeCallbackFallback?: BeforeCallbackFallback | undefined;
}

/** Router options after checking, with defaults applied. */
export interface ResolvedRouterOptions extends ResolvedOptions {
  readonly unhandled: 'next' | 'ack';
  readonly beforeCallbackFallback: BeforeCallbackFallback;
}

const optionNames: readonly (keyof CallbackOptions)[] = [
  'sdkAppId',
  'token',
  'maxClockSkewSeconds',
  'bodyLimit',
  'listenerTimeoutMs',
  'autoReply',
  'now',
  'onError',
  'logger',
];

// console's warn and error only: console.debug would print every refused request by default,
// which under a flood of bad requests is a log flood. Looked up per call so spies work.
const consoleLogger: CallbackLogger = {
  warn: (message) => {
    console.warn(message);
  },
  error: (message, error) => {
    console.error(message, error);
  },
};

// setTimeout fires at once for delays past 2^31 - 1 ms.
const maxTimerMs = 2 ** 31 - 1;

/**
 * Checks options and applies defaults. Bad configuration fails here, at start-up, never
 * while serving a request.
 *
 * @param options - what the app passed
 * @param factory - the public function name, for messages
 * @throws TypeError naming the option, the value received and the fix
 */
export function parseOptions(
  options: unknown,
  factory: string,
  knownNames: readonly string[] = optionNames,
): ResolvedOptions {
  const fail = failFor(factory);
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    return fail(`needs an options object such as { sdkAppId: 1400000000 }; received ${describe(options)}.`);
  }
  const given = options as Record<string, unknown>;
  for (const key of Object.keys(given)) {
    if (knownNames.includes(key)) continue;
    const near = knownNames.find((name) => name.toLowerCase() === key.toLowerCase());
    fail(
      `got an unknown option ${JSON.stringify(key)}. ${near ? `Did you mean ${JSON.stringify(near)}? ` : ''}Known options: ${knownNames.join(', ')}.`,
    );
  }
  const { sdkAppId, token, maxClockSkewSeconds, bodyLimit, listenerTimeoutMs, autoReply, now, onError, logger } =
    given as unknown as CallbackOptions;

  const logTo = logger ?? consoleLogger;
  if (typeof logTo !== 'object' || typeof logTo.warn !== 'function' || typeof logTo.error !== 'function') {
    fail(
      `option "logger" must be an object with warn() and error() methods, such as console; received ${describe(logger)}.`,
    );
  }
  const maxClockSkew = maxClockSkewSeconds ?? 60;
  if (typeof maxClockSkew !== 'number' || !Number.isFinite(maxClockSkew) || maxClockSkew < 0) {
    fail(
      `option "maxClockSkewSeconds" must be a non-negative number of seconds, such as 60; received ${describe(maxClockSkewSeconds)}.`,
    );
  }
  const timeout = listenerTimeoutMs ?? 1500;
  if (!Number.isInteger(timeout) || timeout < 1 || timeout > maxTimerMs) {
    fail(
      `option "listenerTimeoutMs" must be a whole number of milliseconds from 1 to ${maxTimerMs}, such as 1500; received ${describe(listenerTimeoutMs)}.`,
    );
  }
  if (autoReply !== undefined && typeof autoReply !== 'boolean') {
    fail(`option "autoReply" must be true or false; received ${describe(autoReply)}.`);
  }
  if (now !== undefined && typeof now !== 'function') {
    fail(
      `option "now" must be a function returning milliseconds since the epoch, such as Date.now; received ${describe(now)}.`,
    );
  }
  if (onError !== undefined && typeof onError !== 'function') {
    fail(`option "onError" must be a function (error, event) => void; received ${describe(onError)}.`);
  }
  const resolved: ResolvedOptions = {
    sdkAppId: parseSdkAppId(sdkAppId, fail),
    tokens: parseTokens(token, fail),
    maxClockSkewMs: 1000 * maxClockSkew,
    bodyLimit: parseBodyLimit(bodyLimit, fail),
    listenerTimeoutMs: timeout,
    autoReply: autoReply ?? true,
    now: now ?? Date.now,
    onError:
      onError ??
      ((error, event) => {
        logTo.error(`tencent-im-callback: a ${event.command} listener failed`, error);
      }),
    logger: logTo,
  };
  if (resolved.tokens.length === 0) {
    logTo.warn(
      'tencent-im-callback: no token is configured, so callback signatures (Sign, RequestTime) are not verified. Set "token" to the callback authentication token from the IM console.',
    );
  }
  return resolved;
}

/**
 * Checks the options of `createCallbackRouter`: those of {@link parseOptions} and its own.
 *
 * @param options - what the app passed
 * @param factory - the public function name, for messages
 * @throws TypeError naming the option, the value received and the fix
 */
export function parseRouterOptions(options: unknown, factory: string): ResolvedRouterOptions {
  const base = parseOptions(options, factory, [...optionNames, 'unhandled', 'beforeCallbackFallback']);
  const { unhandled = 'next', beforeCallbackFallback = 'allow' } = options as CallbackRouterOptions;
  return {
    ...base,
    unhandled: oneOf('unhandled', unhandled, ['next', 'ack'], failFor(factory)),
    beforeCallbackFallback: oneOf(
      'beforeCallbackFallback',
      beforeCallbackFallback,
      ['allow', 'deny'],
      failFor(factory),
    ),
  };
}

function oneOf<T extends string>(
  name: string,
  value: unknown,
  allowed: readonly T[],
  fail: (message: string) => never,
): T {
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  return fail(`option "${name}" must be ${allowed.map((a) => `'${a}'`).join(' or ')}; received ${describe(value)}.`);
}

/** Throws the TypeError every option check throws: package, factory, then what is wrong. */
function failFor(factory: string): (message: string) => never {
  return (message) => {
    throw new TypeError(`tencent-im-callback: ${factory}() ${message}`);
  };
}

function parseSdkAppId(value: unknown, fail: (message: string) => never): string {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return String(value);
  if (typeof value === 'string' && /^[1-9][0-9]{0,15}$/.test(value)) return value;
  return fail(
    `option "sdkAppId" must be the app's SDKAppID from the IM console, a positive integer as a number or a string of digits (e.g. 1400000000); received ${describe(value)}.`,
  );
}

function parseTokens(value: unknown, fail: (message: string) => never): readonly string[] {
  if (value === undefined) return [];
  const tokens = typeof value === 'string' ? [value] : value;
  // The message says what is wrong with a token but never shows it: it is a secret.
  if (!Array.isArray(tokens) || tokens.length === 0 || !tokens.every((t) => typeof t === 'string' && t.length > 0)) {
    return fail(
      `option "token" must be a non-empty string, or a non-empty array of them while rotating tokens; received ${describeSecret(value)}. Leave it out to skip signature checks.`,
    );
  }
  return Object.freeze([...(tokens as string[])]);
}

function parseBodyLimit(value: unknown, fail: (message: string) => never): number {
  if (value === undefined) return 1024 * 1024;
  const limit = typeof value === 'string' ? bytes.parse(value) : value;
  if (typeof limit !== 'number' || !Number.isSafeInteger(limit) || limit < 1) {
    return fail(
      `option "bodyLimit" must be a positive number of bytes or a size such as '1mb'; received ${describe(value)}.`,
    );
  }
  return limit;
}

function describe(value: unknown): string {
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return 'an array';
  if (value === null || typeof value !== 'object') return String(value);
  return 'an object';
}

function describeSecret(value: unknown): string {
  if (typeof value === 'string') return 'an empty string';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty array' : 'an array with an empty or non-string token';
  return describe(value);
}
