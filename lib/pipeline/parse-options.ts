import { quoteCommand } from '../protocol/query';
import { consoleLogger, guardedLogger } from './console-logger';
import {
  CALLBACK_OPTION_NAMES,
  ROUTER_OPTION_NAMES,
  type CallbackRouterOptions,
  type ResolvedDedupe,
  type ResolvedOptions,
} from './options';
import type { DedupeOptions } from '../dedupe/dedupe-store';

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
export function parseOptions(options: unknown, factory: string): ResolvedOptions {
  const fail = failFor(factory);
  // friendAddCallback takes the common options; createCallbackRouter also its own two.
  const knownNames = factory === 'createCallbackRouter' ? ROUTER_OPTION_NAMES : CALLBACK_OPTION_NAMES;
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
  const {
    sdkAppId,
    token,
    maxClockSkewSeconds,
    bodyLimit,
    listenerTimeoutMs,
    autoReply,
    now,
    onError,
    logger,
    dedupe,
    unhandled = 'next',
    beforeCallbackFallback = 'allow',
  } = given as unknown as CallbackRouterOptions;

  const logTo = logger ?? consoleLogger;
  if (typeof logTo !== 'object' || typeof logTo.warn !== 'function' || typeof logTo.error !== 'function') {
    fail(
      `option "logger" must be an object with warn() and error() methods, such as console; received ${describe(logger)}.`,
    );
  }
  const safeLogger = guardedLogger(logTo);
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
  return {
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
        // Read by code, not instanceof: a CommonJS and an ESM copy of the package may both be loaded.
        const storeFailed = (error as { code?: unknown } | null)?.code === 'dedupe_store_failed';
        safeLogger.error(
          storeFailed
            ? `tencent-im-callback: the dedupe store failed on a ${quoteCommand(event.command)} callback, which was processed anyway`
            : `tencent-im-callback: a ${quoteCommand(event.command)} listener failed`,
          error,
        );
      }),
    logger: safeLogger,
    dedupe: parseDedupe(dedupe, fail),
    unhandled: oneOf('unhandled', unhandled, ['next', 'ack'], fail),
    beforeCallbackFallback: oneOf('beforeCallbackFallback', beforeCallbackFallback, ['allow', 'deny'], fail),
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

/**
 * The tokens, or none for `token: false`. A missing token fails closed: an app whose
 * `IM_CALLBACK_TOKEN` is unset must not start accepting forged callbacks with a warning.
 */
function parseTokens(value: unknown, fail: (message: string) => never): readonly string[] {
  if (value === false) return [];
  if (value === undefined || value === '') {
    return fail(
      `option "token" is required: the callback authentication token from the IM console (callback configuration, authentication), as in token: process.env.IM_CALLBACK_TOKEN; received ${value === '' ? 'an empty string' : 'undefined'}. If it comes from the environment, check that the variable is set. To accept unsigned callbacks (local development only), pass token: false.`,
    );
  }
  const tokens = typeof value === 'string' ? [value] : value;
  // The message says what is wrong with a token but never shows it: it is a secret.
  if (!Array.isArray(tokens) || tokens.length === 0 || !tokens.every((t) => typeof t === 'string' && t.length > 0)) {
    return fail(
      `option "token" must be a non-empty string, or a non-empty array of them while rotating tokens, or false to accept unsigned callbacks; received ${describeSecret(value)}.`,
    );
  }
  return Object.freeze([...(tokens as string[])]);
}

/** The dedupe option: a store with `claim`, a positive TTL, an optional `onDuplicate`. */
function parseDedupe(value: unknown, fail: (message: string) => never): ResolvedDedupe | undefined {
  if (value === undefined) return undefined;
  const given = value as Partial<DedupeOptions>;
  if (value === null || typeof given !== 'object' || typeof given.store?.claim !== 'function') {
    return fail(
      `option "dedupe" must be { store, ttlSeconds?, onDuplicate? } with a store that has claim(key, ttlMs), such as memoryDedupeStore() or redisDedupeStore(redis); received ${describe(value)}.`,
    );
  }
  const { store, ttlSeconds = 3600, onDuplicate } = given;
  // Capped at a year: a repeated delivery comes within minutes. Far past that, Redis refuses
  // the expiry (past about 9.2e15 s), which would turn every claim into a store failure.
  if (typeof ttlSeconds !== 'number' || !Number.isFinite(ttlSeconds) || ttlSeconds <= 0 || ttlSeconds > YEAR_SECONDS) {
    return fail(
      `option "dedupe.ttlSeconds" must be a positive number of seconds up to ${YEAR_SECONDS} (a year), such as 3600; received ${describe(ttlSeconds)}.`,
    );
  }
  if (onDuplicate !== undefined && typeof onDuplicate !== 'function') {
    return fail(`option "dedupe.onDuplicate" must be a function (event) => void; received ${describe(onDuplicate)}.`);
  }
  return { store, ttlMs: Math.max(1, Math.round(ttlSeconds * 1000)), onDuplicate };
}

const YEAR_SECONDS = 365 * 24 * 60 * 60;

const sizeUnits: Readonly<Record<string, number>> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/**
 * A body limit: a number of bytes, or a size with one of the units `b`, `kb`, `mb`, `gb`
 * (1024-based, as Express's body parsers read them). Anything else fails, so a typo such as
 * `'1m'` cannot become a limit of 1 byte.
 */
function parseBodyLimit(value: unknown, fail: (message: string) => never): number {
  if (value === undefined) return 1024 * 1024;
  const size = typeof value === 'string' ? /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)\s*$/i.exec(value) : null;
  const limit = size ? Math.floor(Number(size[1]) * (sizeUnits[(size[2] ?? '').toLowerCase()] ?? Number.NaN)) : value;
  if (typeof limit !== 'number' || !Number.isSafeInteger(limit) || limit < 1) {
    return fail(
      `option "bodyLimit" must be a positive whole number of bytes, or a size with the unit b, kb, mb or gb such as '512kb' or '1mb'; received ${describe(value)}.`,
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
  // A config loader may have made an all-digit token a number: still the secret, so not shown.
  if (typeof value === 'number' || typeof value === 'bigint') return `a ${typeof value}`;
  return describe(value);
}
