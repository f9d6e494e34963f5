import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipelineOf } from '../express/router-function';
import { isTargetPath } from '../request-target';
import { passOn, serveNode } from './serve';

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
   * Serve callbacks only at this path (the URL's path, without the query, whether the request
   * target is a path or a whole URL); other paths are passed on. Defaults to every path.
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
  const pipeline = pipelineOf(router);
  if (pipeline !== undefined) {
    // A router made here: served directly, with no pass-on function made per request.
    return function imCallbackNodeHandler(req, res, next) {
      if (path !== undefined && !isTargetPath(req.url ?? '/', path)) {
        passOnReporting(res, next, (error) => {
          pipeline.reportAnswerFailure(error);
        });
        return Promise.resolve();
      }
      return serveNode(pipeline, req, res, next);
    };
  }
  return function imCallbackNodeHandler(req, res, next) {
    const passOnHere =
      next ??
      ((error?: unknown) => {
        passOn(res, undefined, error);
      });
    if (path !== undefined && !isTargetPath(req.url ?? '/', path)) {
      // A router not made by this package has no logger of ours to report to.
      passOnReporting(res, next, (error) => {
        console.error('tencent-im-callback: answering the request failed', error);
      });
      return Promise.resolve();
    }
    // The router never rejects: every failure inside becomes a reply. Handing its promise on,
    // rather than awaiting it here, saves a turn of the microtask queue per request.
    const serving = (router as NodeCallbackRouter)(req, res, passOnHere);
    return serving instanceof Promise ? (serving as Promise<void>) : Promise.resolve();
  };
}

/**
 * Hands a request outside `path` on. A next handler that throws has the request answered 500 by
 * {@link passOn}, and its error goes to `report` rather than into node:http, where it would be
 * an uncaught exception, the end of the process.
 */
function passOnReporting(
  res: ServerResponse,
  next: ((error?: unknown) => void) | undefined,
  report: (error: unknown) => void,
): void {
  try {
    passOn(res, next);
  } catch (error) {
    report(error);
  }
}
