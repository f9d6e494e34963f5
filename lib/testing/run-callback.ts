import { Readable } from 'node:stream';
import type { CallbackReplyBody } from '../protocol/reply';
import { buildCallbackRequest, type CallbackRequestOptions } from './build-request';

/**
 * What `runCallback` can run: a router from `createCallbackRouter` or `friendAddCallback`,
 * whatever its listeners' request type, or any middleware of that shape.
 */
// never: runCallback passes a stand-in request, so a router typed for any runtime is accepted.
export type TestableRouter = (req: never, res: never, next: (error?: unknown) => void) => unknown;

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
export async function runCallback(handler: TestableRouter, options: CallbackRequestOptions): Promise<CallbackRun> {
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
      // The router gives its headers as an object (Node also takes a flat list; both are read).
      writeHead(status: number, given: Readonly<Record<string, unknown>> | readonly string[] = {}) {
        res.statusCode = status;
        if (Array.isArray(given)) {
          for (let i = 0; i + 1 < given.length; i += 2) res.setHeader(given[i] as string, given[i + 1]);
        } else {
          for (const [name, value] of Object.entries(given)) res.setHeader(name, value);
        }
        return res;
      },
      // The router always ends with its JSON text.
      end(chunk: string) {
        res.headersSent = true;
        res.writableEnded = true;
        resolve({
          status: res.statusCode,
          reply: JSON.parse(chunk) as CallbackReplyBody,
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
