import { CallbackRejection, type CallbackRejectionCode } from './rejection';
import { verifySign, type SignCheck } from './sign';

/** One of the query parameters IM sends, which are all the package reads. */
export type CallbackParam = 'CallbackCommand' | 'SdkAppid' | 'Sign' | 'RequestTime' | 'ClientIP' | 'OptPlatform';

/** Stands for a parameter repeated with different values: ambiguous, so never a value. */
export const REPEATED: unique symbol = Symbol('repeated with different values');

/** A parameter's value: the one sent, {@link REPEATED}, or undefined when absent. */
type ParamValue = string | typeof REPEATED | undefined;

/**
 * IM's query parameters of one request, each read once: its value (the first, when repeated
 * with the same value), {@link REPEATED}, or undefined when absent. Other parameters are skipped.
 */
export class CallbackQuery implements Record<CallbackParam, ParamValue> {
  CallbackCommand: ParamValue = undefined;
  SdkAppid: ParamValue = undefined;
  Sign: ParamValue = undefined;
  RequestTime: ParamValue = undefined;
  ClientIP: ParamValue = undefined;
  OptPlatform: ParamValue = undefined;
}

/**
 * Reads IM's parameters from a request URL's query. The package reads the URL itself rather
 * than `req.query`, so it works whatever query parser the app has set, or none.
 *
 * @param url - the request target, e.g. `req.url`, or a whole URL
 */
export function readCallbackQuery(url: string | undefined): CallbackQuery {
  const query = new CallbackQuery();
  const start = url === undefined ? -1 : url.indexOf('?');
  if (start === -1) return query;
  const target = url as string;
  // IM's queries are plain (digits, hex, dots, letters): read in place, they read as
  // URLSearchParams reads them, in half the time. Escapes and + need its decoding.
  if (target.includes('%', start) || target.includes('+', start)) {
    for (const [name, value] of new URLSearchParams(target.slice(start + 1))) {
      if (isCallbackParam(name)) query[name] = merge(query[name], value);
    }
    return query;
  }
  // As URLSearchParams: one leading '?' dropped (from `??a=1`), split on '&', empty pieces
  // skipped, each piece split at its first '='. A piece is one of IM's parameters when it
  // begins with the name followed by '=' or its end (no name holds a '='), so its own '=' is
  // never searched for. Only the values of IM's parameters are copied.
  const length = target.length;
  let from = target.charCodeAt(start + 1) === 0x3f ? start + 2 : start + 1;
  while (from < length) {
    let end = target.indexOf('&', from);
    if (end === -1) end = length;
    // Told apart by their first letter (S, C, R, O), so that each piece is compared with one or
    // two names at most: comparing names is what reading a query costs.
    switch (target.charCodeAt(from)) {
      case 0x53: {
        const sign = valueNamed(target, from, end, 'Sign');
        if (sign !== undefined) query.Sign = merge(query.Sign, sign);
        else {
          const sdkAppId = valueNamed(target, from, end, 'SdkAppid');
          if (sdkAppId !== undefined) query.SdkAppid = merge(query.SdkAppid, sdkAppId);
        }
        break;
      }
      case 0x43: {
        const command = valueNamed(target, from, end, 'CallbackCommand');
        if (command !== undefined) query.CallbackCommand = merge(query.CallbackCommand, command);
        else {
          const clientIp = valueNamed(target, from, end, 'ClientIP');
          if (clientIp !== undefined) query.ClientIP = merge(query.ClientIP, clientIp);
        }
        break;
      }
      case 0x52: {
        const requestTime = valueNamed(target, from, end, 'RequestTime');
        if (requestTime !== undefined) query.RequestTime = merge(query.RequestTime, requestTime);
        break;
      }
      case 0x4f: {
        const optPlatform = valueNamed(target, from, end, 'OptPlatform');
        if (optPlatform !== undefined) query.OptPlatform = merge(query.OptPlatform, optPlatform);
        break;
      }
    }
    from = end + 1;
  }
  return query;
}

/**
 * The value of the piece of `text` from `from` to `end` when it is the parameter `name` (the
 * name, then '=' or nothing), else undefined. The name is compared as a copy with `===`:
 * `startsWith` at a position took V8 longer than copying a few characters (0.17 µs a callback
 * over six names, in bench/README).
 */
function valueNamed(text: string, from: number, end: number, name: string): string | undefined {
  const nameEnd = from + name.length;
  if (nameEnd > end || (nameEnd < end && text.charCodeAt(nameEnd) !== 0x3d)) return undefined;
  if (text.slice(from, nameEnd) !== name) return undefined;
  return nameEnd + 1 < end ? text.slice(nameEnd + 1, end) : '';
}

/** The names {@link CallbackQuery} keeps, for queries read by URLSearchParams. */
const callbackParams: ReadonlySet<string> = new Set<CallbackParam>([
  'CallbackCommand',
  'SdkAppid',
  'Sign',
  'RequestTime',
  'ClientIP',
  'OptPlatform',
]);

function isCallbackParam(name: string): name is CallbackParam {
  return callbackParams.has(name);
}

/** The value seen so far, merged with this one: REPEATED when they differ. */
function merge(seen: ParamValue, value: string): ParamValue {
  return seen === undefined ? value : seen === value ? seen : REPEATED;
}

/**
 * The callback command named by the query, used to route. A request naming none (no
 * `CallbackCommand`, or an empty one) is not a callback for this package. A repeated
 * parameter is read whole, so routing and checking cannot disagree about it.
 *
 * @param query - the request's parameters ({@link readCallbackQuery})
 * @throws {@link CallbackRejection} with status 400 when `CallbackCommand` is repeated with different values
 */
export function commandOf(query: CallbackQuery): string | undefined {
  const command = single(query.CallbackCommand, 'CallbackCommand', 'command_conflict');
  return command === '' ? undefined : command;
}

/** What a command name looks like: `Family.Name`, letters and digits, as every IM command does. */
const commandName = /^[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9_]*)+$/;
const maxCommandLength = 100;

/**
 * A command as it may appear in a log line or an `ErrorInfo`: as it is when it looks like a
 * command name, else quoted (control characters escaped, so a forged line break cannot start a
 * log line of its own) and cut to 80 characters.
 *
 * @param command - the query's `CallbackCommand`, as untrusted as any input
 */
export function quoteCommand(command: string): string {
  if (command.length <= maxCommandLength && commandName.test(command)) return command;
  return JSON.stringify(command.length > 80 ? `${command.slice(0, 77)}...` : command);
}

/** The query facts a checked callback request carries. */
export interface VerifiedQuery {
  /** `CallbackCommand`. */
  readonly command: string;
  /** `SdkAppid`, as the decimal string that was sent. */
  readonly sdkAppId: string;
  /** `ClientIP`, when sent. */
  readonly clientIp: string | undefined;
  /** `OptPlatform`, when sent. */
  readonly optPlatform: string | undefined;
  /** `RequestTime` in seconds, when the request was signed. */
  readonly requestTime: number | undefined;
}

/** What {@link verifyQuery} checks against. */
export interface QueryCheck extends SignCheck {
  /** The app's SDKAppID as a decimal string. */
  readonly sdkAppId: string;
}

/**
 * Checks a callback request's query: the app's own `SdkAppid`, when tokens are configured a
 * fresh `Sign`, and a command that looks like one.
 *
 * @param query - the request's parameters ({@link readCallbackQuery})
 * @param command - the command the request was routed by ({@link commandOf})
 * @param check - the app's SDKAppID, tokens and allowed clock skew
 * @param nowMs - the current time in milliseconds since the epoch
 * @throws {@link CallbackRejection} with status 400, 401 or 403
 */
export function verifyQuery(query: CallbackQuery, command: string, check: QueryCheck, nowMs: number): VerifiedQuery {
  const sdkAppId = single(query.SdkAppid, 'SdkAppid', 'sdkappid_mismatch');
  if (sdkAppId === undefined) {
    throw new CallbackRejection('sdkappid_missing', 'SdkAppid query parameter is required');
  }
  // An exact string comparison: a padded or zero-prefixed value is a different app id.
  if (sdkAppId !== check.sdkAppId) {
    throw new CallbackRejection('sdkappid_mismatch', 'SdkAppid does not match this app');
  }
  const requestTime =
    check.tokens.length === 0
      ? undefined
      : verifySign(
          single(query.Sign, 'Sign', 'sign_mismatch'),
          single(query.RequestTime, 'RequestTime', 'request_time_invalid'),
          check,
          nowMs,
        );
  // After the checks of who sent it: only an authentic request learns that its command is malformed.
  if (command.length > maxCommandLength || !commandName.test(command)) {
    throw new CallbackRejection(
      'command_invalid',
      'CallbackCommand is not a command name such as Sns.CallbackFriendAdd',
    );
  }
  return {
    command,
    sdkAppId,
    clientIp: first(query.ClientIP),
    optPlatform: first(query.OptPlatform),
    requestTime,
  };
}

/**
 * The one value of a parameter. Repeating it with the same value is harmless; repeating it
 * with another value is ambiguous, and an attacker's way to make two readers disagree.
 */
function single(value: ParamValue, name: CallbackParam, conflict: CallbackRejectionCode): string | undefined {
  // The value rather than the query and a name: a lookup by a name that varies cost more than
  // the check.
  if (value === REPEATED) {
    throw new CallbackRejection(conflict, `${name} query parameter is repeated with different values`);
  }
  return value;
}

/** An informational parameter's value: a repeated one with different values is not trusted as either. */
function first(value: ParamValue): string | undefined {
  return value === REPEATED ? undefined : value;
}
