import { createHash, timingSafeEqual } from 'node:crypto';
import { CallbackRejection } from './rejection';

const plainInteger = /^(?:0|[1-9][0-9]{0,14})$/;
const lowerHexSha256 = /^[0-9a-f]{64}$/;

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
  if (!plainInteger.test(time)) {
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
  if (!plainInteger.test(requestTime)) {
    throw new CallbackRejection('request_time_invalid', 'RequestTime must be Unix time in whole seconds');
  }
  const seconds = Number(requestTime);
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

// Every callback sent in the same second carries the same Sign, so the expected digests of
// the latest RequestTime are kept, one entry per configuration: a burst hashes once a second.
const latestDigests = new WeakMap<SignCheck, { readonly requestTime: string; readonly digests: readonly Buffer[] }>();

function expectedDigests(check: SignCheck, requestTime: string): readonly Buffer[] {
  const cached = latestDigests.get(check);
  if (cached?.requestTime === requestTime) return cached.digests;
  const digests = check.tokens.map((token) => digest(token, requestTime));
  latestDigests.set(check, { requestTime, digests });
  return digests;
}

const receivedDigest = Buffer.alloc(32);

function signMatches(sign: string, requestTime: string, check: SignCheck): boolean {
  // The format and length of a valid Sign are public, so refusing other shapes early leaks nothing.
  if (!lowerHexSha256.test(sign)) return false;
  // Decoded into one buffer kept for the purpose: checks are synchronous, so none overlap.
  const received = receivedDigest;
  received.write(sign, 'hex');
  let matched = false;
  // Every token is compared, in constant time, so timing tells nothing about which one matched.
  for (const expected of expectedDigests(check, requestTime)) {
    matched = timingSafeEqual(expected, received) || matched;
  }
  return matched;
}
