import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * A router whose listeners can take a plain `IncomingMessage`: one made with
 * `createCallbackRouter<IncomingMessage>()` (or without the type argument where Express's
 * types are not installed), or `friendAddCallback` likewise; or any middleware of that shape.
 */
export type NodeCallbackRouter = (
  req: IncomingMessage,
  res: ServerResponse,
  next: (error?: unknown) => void,
) => unknown;

/**
 * A router `createNodeHandler` can serve: itself when its listeners take an `IncomingMessage`,
 * else a sentence that the compiler shows in its error.
 */
export type NodeServable<R> = R extends NodeCallbackRouter
  ? R
  : "this router's listeners expect Express's Request, which createNodeHandler does not pass: make the router with createCallbackRouter<IncomingMessage>()";

/** Options of {@link createNodeHandler}. */
export interface NodeHandlerOptions {
  /**
   * Serve callbacks only at this path (the URL's path, without the query); other paths are
   * passed on. Defaults to every path.
   */
  readonly path?: string | undefined;
}

/** A plain `node:http` request handler; `next` receives what is not an IM callback. */
export type NodeCallbackHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  next?: (error?: unknown) => void,
) => Promise<void>;

/**
 * Serves IM callbacks on `node:http` without Express, with the same checks, listeners and
 * replies as the router. Requests that are not handled callbacks go to `next`; without one
 * they get a 404. Put it in front of an Express app to keep Express for everything else.
 *
 * Listeners get the plain `IncomingMessage` as `req`, without Express's helpers, so the
 * router's type says so: `createCallbackRouter<IncomingMessage>()` where Express's types are
 * installed (elsewhere that is the default).
 *
 * @param router - a router from `createCallbackRouter` (or `friendAddCallback`)
 * @param options - an optional `path` to serve callbacks at
 *
 * @example
 * const im = createCallbackRouter<IncomingMessage>({ sdkAppId: 1400000000, token });
 * const handle = createNodeHandler(im, { path: '/im/callback' });
 * http.createServer((req, res) => handle(req, res, () => app(req, res))).listen(3000);
 */
export function createNodeHandler<R extends (...args: never[]) => unknown>(
  router: NodeServable<R>,
  options: NodeHandlerOptions = {},
): NodeCallbackHandler {
  const { path } = options;
  if (path !== undefined && (typeof path !== 'string' || !path.startsWith('/'))) {
    throw new TypeError(
      `tencent-im-callback: createNodeHandler() option "path" must start with "/", such as '/im/callback'; received ${JSON.stringify(path)}.`,
    );
  }
  return function imCallbackNodeHandler(req, res, next) {
    const passOn =
      next ??
      ((error?: unknown) => {
        notFound(res, error);
      });
    if (path !== undefined && pathOf(req.url) !== path) {
      passOn();
      return Promise.resolve();
    }
    // The router never rejects: every failure inside becomes a reply. Handing its promise on,
    // rather than awaiting it here, saves a turn of the microtask queue per request.
    const serving = (router as NodeCallbackRouter)(req, res, passOn);
    return serving instanceof Promise ? (serving as Promise<void>) : Promise.resolve();
  };
}

function pathOf(url: string | undefined): string {
  const target = url ?? '/';
  const query = target.indexOf('?');
  return query === -1 ? target : target.slice(0, query);
}

function notFound(res: ServerResponse, error: unknown): void {
  if (res.headersSent) return;
  res.statusCode = error === undefined ? 404 : 500;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end(error === undefined ? 'Not Found' : 'Internal Server Error');
}
