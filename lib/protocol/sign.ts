import { createHash } from 'node:crypto';
import { CallbackRejection } from './rejection';

/**
 * The value of a plain decimal integer: digits only, no leading zero, at most 15 digits (so
 * that it is exact as a number); or -1 for any other text. A loop rather than a regular
 * expression and `Number()`: this runs for every callback, where entering the regular
 * expression engine, and then converting the text a second time, cost more than the loop.
 */
function plainInteger(text: string): number {
  const { length } = text;
  if (length === 0 || length > 15 || (length > 1 && text.charCodeAt(0) === 0x30)) return -1;
  let value = 0;
  for (let i = 0; i < length; i++) {
    const digit = text.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Computes the `Sign` query parameter that IM sends when callback authentication is on:
 * the lower-case hex SHA-256 of the token followed by the request time (a plain hash, not
 * an HMAC). Use it to build signed test requests.
 *
 * @param token - the callback authentication token from the IM console
 * @param requestTime - the `RequestTime` query parameter: Unix time in seconds
 * @returns 64 lower-case hex digits
 *
 * @example
 * computeSign('xxxxyyyy', 1669872112);
 * // '17773bc39a671d7b9aa835458704d2a6db81360a5940292b587d6d760d484061'
 */
export function computeSign(token: string, requestTime: number | string): string {
  if (typeof token !== 'string' || token.length === 0) {
    throw new TypeError('tencent-im-callback: computeSign() needs the token as a non-empty string.');
  }
  const time = String(requestTime);
  if (plainInteger(time) === -1) {
    throw new TypeError(
      `tencent-im-callback: computeSign() needs requestTime as Unix seconds (a non-negative integer); received ${JSON.stringify(requestTime)}.`,
    );
  }
  return digest(token, time).toString('hex');
}

function digest(token: string, time: string): Buffer {
  return createHash('sha256')
    .update(token + time, 'utf8')
    .digest();
}

/** What {@link verifySign} needs to know. */
export interface SignCheck {
  /** Every token that is currently accepted (more than one while a token is being rotated). */
  readonly tokens: readonly string[];
  /** How far `RequestTime` may be from `nowMs`, in milliseconds. */
  readonly maxClockSkewMs: number;
}

/**
 * Checks `Sign` and `RequestTime` against the configured tokens and the clock.
 *
 * @param sign - the `Sign` query parameter, if any
 * @param requestTime - the `RequestTime` query parameter, if any
 * @param check - tokens and allowed skew
 * @param nowMs - the current time in milliseconds since the epoch
 * @returns `RequestTime` as a number of seconds
 * @throws {@link CallbackRejection} with status 401 when the request is not signed by a known token or is not fresh
 */
export function verifySign(
  sign: string | undefined,
  requestTime: string | undefined,
  check: SignCheck,
  nowMs: number,
): number {
  if (sign === undefined || requestTime === undefined) {
    throw new CallbackRejection('sign_missing', 'Sign and RequestTime query parameters are required');
  }
  const seconds = plainInteger(requestTime);
  if (seconds === -1) {
    throw new CallbackRejection('request_time_invalid', 'RequestTime must be Unix time in whole seconds');
  }
  // IM's docs ask to refuse requests more than 60 s from now either way: replay protection.
  // RequestTime has whole seconds, so the clock is read in whole seconds too: exactly 60 s in
  // the past is as fresh as exactly 60 s in the future, whatever the milliseconds of now.
  if (Math.abs(Math.floor(nowMs / 1000) - seconds) * 1000 > check.maxClockSkewMs) {
    throw new CallbackRejection(
      'request_time_expired',
      `RequestTime is more than ${check.maxClockSkewMs / 1000} s away from the server clock`,
    );
  }
  if (!signMatches(sign, requestTime, check)) {
    throw new CallbackRejection('sign_mismatch', 'Sign does not match');
  }
  return seconds;
}

// Every callback sent in the same second carries the same Sign, so the expected Signs of the
// latest RequestTime are kept, one entry per configuration: a burst hashes once a second. Each
// is kept as the character codes of its 64 hex digits, which is what a received Sign is
// compared with.
const latestSigns = new WeakMap<SignCheck, { readonly requestTime: string; readonly signs: readonly Uint8Array[] }>();

function expectedSigns(check: SignCheck, requestTime: string): readonly Uint8Array[] {
  const cached = latestSigns.get(check);
  if (cached?.requestTime === requestTime) return cached.signs;
  const signs = check.tokens.map((token) => Buffer.from(digest(token, requestTime).toString('hex'), 'latin1'));
  latestSigns.set(check, { requestTime, signs });
  return signs;
}

function signMatches(sign: string, requestTime: string, check: SignCheck): boolean {
  // A Sign's length is public (64 hex digits), so refusing other lengths early leaks nothing.
  if (sign.length !== 64) return false;
  let matched = false;
  // Every token is compared, in constant time, so timing tells nothing about which one matched.
  for (const expected of expectedSigns(check, requestTime)) {
    matched = sameText(expected, sign) || matched;
  }
  return matched;
}

/**
 * Compares a text with the character codes of another of the same length, in a time that
 * does not depend on where they differ: every character is visited and the differences are
 * OR-ed together, with no early exit (crypto.timingSafeEqual's contract, on the text itself).
 * Comparing the text also refuses upper-case digits and any other character exactly.
 * Decoding the hex into a buffer for timingSafeEqual took three calls into Node's C++ per
 * callback, which on a busy server cost more than this loop.
 */
function sameText(expected: Uint8Array, received: string): boolean {
  let difference = 0;
  for (let i = 0; i < expected.length; i++) difference |= (expected[i] as number) ^ received.charCodeAt(i);
  return difference === 0;
}
