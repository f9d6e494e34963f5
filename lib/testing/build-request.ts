import { computeSign } from '../protocol/sign';
import type { KnownCommand } from '../generated/commands';
import { samplePacket, SAMPLE_COMMANDS } from './samples';

/** What {@link buildCallbackRequest} builds a request from. */
export interface CallbackRequestOptions {
  /** The `CallbackCommand`, e.g. `'Sns.CallbackFriendAdd'`. */
  readonly command: string;
  /** The app's SDKAppID, sent as `SdkAppid`. */
  readonly sdkAppId: number | string;
  /** The callback token; when given, `Sign` and `RequestTime` are added. */
  readonly token?: string | undefined;
  /**
   * The body: an object (sent as JSON) or a string (sent as it is). Defaults to
   * `samplePacket(command)` for the commands with a schema; required for others.
   */
  readonly body?: unknown;
  /** The path the router is mounted on. Defaults to `'/im/callback'`. */
  readonly path?: string | undefined;
  /** `RequestTime` in Unix seconds. Defaults to now. */
  readonly requestTime?: number | undefined;
  /** `ClientIP`. Defaults to `'127.0.0.1'`. */
  readonly clientIp?: string | undefined;
  /** `OptPlatform`. Defaults to `'RESTAPI'`. */
  readonly optPlatform?: string | undefined;
}

/** A callback request as IM would send it. */
export interface BuiltCallbackRequest {
  /** Path and query string, e.g. `/im/callback?SdkAppid=...&CallbackCommand=...`. */
  readonly url: string;
  /** The query parameters, in the order IM sends them. */
  readonly query: Readonly<Record<string, string>>;
  /** The JSON body text. */
  readonly body: string;
  /** Headers to send with it. */
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * Builds a callback request the way IM sends it: the query parameters (signed when a token
 * is given) and the JSON body. Post it with supertest or fetch.
 *
 * @param options - command, app id, token and body
 *
 * @example
 * const cb = buildCallbackRequest({ command: 'Sns.CallbackFriendAdd', sdkAppId: 1400000000, token: 'test-token' });
 * await request(app).post(cb.url).set(cb.headers).send(cb.body);
 */
export function buildCallbackRequest(options: CallbackRequestOptions): BuiltCallbackRequest {
  const { command, sdkAppId, token, path = '/im/callback', clientIp = '127.0.0.1', optPlatform = 'RESTAPI' } = options;
  let body = options.body;
  if (body === undefined) {
    if (!(SAMPLE_COMMANDS as readonly string[]).includes(command)) {
      throw new TypeError(
        `tencent-im-callback: buildCallbackRequest() needs a body for ${command}, which has no sample packet.`,
      );
    }
    body = samplePacket(command as KnownCommand);
  }
  const query: Record<string, string> = {
    SdkAppid: String(sdkAppId),
    CallbackCommand: command,
    contenttype: 'json',
    ClientIP: clientIp,
    OptPlatform: optPlatform,
  };
  if (token !== undefined) {
    const requestTime = options.requestTime ?? Math.floor(Date.now() / 1000);
    query['Sign'] = computeSign(token, requestTime);
    query['RequestTime'] = String(requestTime);
  }
  return {
    url: `${path}?${new URLSearchParams(query).toString()}`,
    query,
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
  };
}
