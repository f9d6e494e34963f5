import type { IncomingMessage, ServerResponse } from 'node:http';

/** Something the router's pipeline can serve: `createCallbackRouter()` or `friendAddCallback()`. */
export type CallbackMiddlewareLike = (req: never, res: never, next: (error?: unknown) => void) => unknown;

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
 * Listeners get the plain `IncomingMessage` as `req`, without Express's helpers.
 *
 * @param router - a router from `createCallbackRouter` (or `friendAddCallback`)
 * @param options - an optional `path` to serve callbacks at
 *
 * @example
 * const handle = createNodeHandler(im, { path: '/im/callback' });
 * http.createServer((req, res) => handle(req, res, () => app(req, res))).listen(3000);
 */
export function createNodeHandler(
  router: CallbackMiddlewareLike,
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
    return router(req as never, res as never, passOn) as Promise<void>;
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
