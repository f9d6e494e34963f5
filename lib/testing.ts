import { Readable } from 'node:stream';
import type { KnownCommand } from './event';
import type { CallbackMiddlewareLike } from './node-handler';
import type { CallbackReplyBody } from './reply';
import { samplePacket, SAMPLE_COMMANDS } from './samples';
import { computeSign } from './sign';

export { samplePacket, SAMPLE_COMMANDS, type PacketOf, type SampleOptions } from './samples';

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
   * `samplePacket(command)` for the `Sns.*` commands; required for others.
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

/** What {@link runCallback} saw the router do. */
export interface CallbackRun {
  /** The HTTP status of the reply, or undefined when the router called `next()`. */
  readonly status: number | undefined;
  /** The parsed JSON reply, or undefined when the router called `next()`. */
  readonly reply: CallbackReplyBody | undefined;
  /** True when the router called `next()`: another command, or `autoReply: false`. */
  readonly passedOn: boolean;
  /** The error the router passed to `next(error)`, if any. */
  readonly error: unknown;
}

/**
 * Runs a router on one callback without HTTP: builds the request as IM would, feeds it to
 * the middleware, and returns its reply. Listeners run as they would in the app; their
 * `req` is a plain Node request without Express's helpers.
 *
 * @param handler - the router or middleware under test
 * @param options - the callback, as for {@link buildCallbackRequest}
 *
 * @example
 * const { reply } = await runCallback(im, { command: 'Sns.CallbackPrevFriendAdd', sdkAppId: 1400000000 });
 */
export async function runCallback(
  handler: CallbackMiddlewareLike,
  options: CallbackRequestOptions,
): Promise<CallbackRun> {
  const built = buildCallbackRequest(options);
  const req = Object.assign(Readable.from([Buffer.from(built.body)]), {
    method: 'POST',
    url: built.url,
    originalUrl: built.url,
    headers: { ...built.headers, 'content-length': String(Buffer.byteLength(built.body)) },
  });
  return new Promise<CallbackRun>((resolve) => {
    const headers = new Map<string, string>();
    const res = {
      req,
      statusCode: 200,
      headersSent: false,
      writableEnded: false,
      setHeader(name: string, value: unknown) {
        headers.set(name.toLowerCase(), String(value));
      },
      getHeader: (name: string) => headers.get(name.toLowerCase()),
      end(chunk?: unknown) {
        res.headersSent = true;
        res.writableEnded = true;
        const text = chunk === undefined ? '' : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : (chunk as string);
        resolve({
          status: res.statusCode,
          reply: text === '' ? undefined : (JSON.parse(text) as CallbackReplyBody),
          passedOn: false,
          error: undefined,
        });
      },
    };
    Object.assign(req, { res });
    const next = (error?: unknown) => {
      resolve({ status: undefined, reply: undefined, passedOn: true, error });
    };
    void handler(req as never, res as never, next);
  });
}
