import { CallbackRejection, type CallbackRejectionCode } from './rejection';
import { verifySign, type SignCheck } from './sign';

/** The query parameters of a request, as the package reads them: `URLSearchParams` or a lighter equal. */
export interface QueryParams {
  /** The first value of `name`, or null. */
  get(name: string): string | null;
  /** Every value of `name`, in order. */
  getAll(name: string): string[];
}

/**
 * Reads the query string of a request URL. The package reads the URL itself rather than
 * `req.query`, so it works whatever query parser the app has set, or none.
 *
 * @param url - the request target, e.g. `req.url`
 */
export function searchParamsOf(url: string | undefined): QueryParams {
  const start = url === undefined ? -1 : url.indexOf('?');
  const query = start === -1 ? '' : (url as string).slice(start + 1);
  // IM's queries are plain (digits, hex, dots, letters): read as they are, they give what
  // URLSearchParams gives, at a fraction of its cost per request. Escapes need its decoding.
  return query.includes('%') || query.includes('+') ? new URLSearchParams(query) : new PlainQuery(query);
}

/**
 * A query string without percent-escapes or `+`, split as `new URLSearchParams(query)` splits
 * it: one leading `?` dropped, then on `&`, empty pieces skipped, each at its first `=`.
 */
class PlainQuery implements QueryParams {
  /** Name, value, name, value, ... in order. */
  readonly #pairs: string[] = [];

  constructor(query: string) {
    // URLSearchParams drops one leading '?' (from `??a=1`), so this does too.
    let from = query.startsWith('?') ? 1 : 0;
    while (from < query.length) {
      let end = query.indexOf('&', from);
      if (end === -1) end = query.length;
      if (end > from) {
        const equals = query.indexOf('=', from);
        if (equals === -1 || equals > end) this.#pairs.push(query.slice(from, end), '');
        else this.#pairs.push(query.slice(from, equals), query.slice(equals + 1, end));
      }
      from = end + 1;
    }
  }

  get(name: string): string | null {
    const pairs = this.#pairs;
    for (let i = 0; i < pairs.length; i += 2) if (pairs[i] === name) return pairs[i + 1] as string;
    return null;
  }

  getAll(name: string): string[] {
    const pairs = this.#pairs;
    const values: string[] = [];
    for (let i = 0; i < pairs.length; i += 2) if (pairs[i] === name) values.push(pairs[i + 1] as string);
    return values;
  }
}

/**
 * The callback command named by the query, used to route. A request naming none (no
 * `CallbackCommand`, or an empty one) is not a callback for this package. Every value is read,
 * so routing and checking cannot disagree about a repeated parameter.
 *
 * @param params - the request's query parameters
 * @throws {@link CallbackRejection} with status 400 when `CallbackCommand` is repeated with different values
 */
export function commandOf(params: QueryParams): string | undefined {
  const command = single(params, 'CallbackCommand', 'command_conflict');
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
 * @param params - the request's query parameters
 * @param command - the command the request was routed by ({@link commandOf})
 * @param check - the app's SDKAppID, tokens and allowed clock skew
 * @param nowMs - the current time in milliseconds since the epoch
 * @throws {@link CallbackRejection} with status 400, 401 or 403
 */
export function verifyQuery(params: QueryParams, command: string, check: QueryCheck, nowMs: number): VerifiedQuery {
  const sdkAppId = single(params, 'SdkAppid', 'sdkappid_mismatch');
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
          single(params, 'Sign', 'sign_mismatch'),
          single(params, 'RequestTime', 'request_time_invalid'),
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
    clientIp: params.get('ClientIP') ?? undefined,
    optPlatform: params.get('OptPlatform') ?? undefined,
    requestTime,
  };
}

/**
 * The one value of a parameter. Repeating it with the same value is harmless; repeating it
 * with another value is ambiguous, and an attacker's way to make two readers disagree.
 */
function single(params: QueryParams, name: string, conflict: CallbackRejectionCode): string | undefined {
  const values = params.getAll(name);
  const first = values[0];
  for (let i = 1; i < values.length; i++) {
    if (values[i] !== first) {
      throw new CallbackRejection(conflict, `${name} query parameter is repeated with different values`);
    }
  }
  return first;
}
