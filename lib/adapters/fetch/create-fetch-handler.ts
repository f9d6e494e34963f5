import type { IncomingMessage } from 'node:http';
import { readBody } from '../../body/read-body';
import { readWebBody } from '../../body/read-web-body';
import type { AdapterIO, CallbackOutcome } from '../../pipeline/callback-pipeline';
import type { ListenerRequestMarker } from '../../pipeline/router-types';
import { replyJson } from '../../protocol/reply';
import { pipelineOf } from '../express/router-function';
import { isPath, isUrlPath } from '../request-target';

/** Options of {@link createFetchHandler}. */
export interface FetchHandlerOptions {
  /**
   * Serve callbacks only at this path (the URL's path, without the query); requests for other
   * paths go to `fallback`. Defaults to every path.
   */
  readonly path?: string | undefined;
  /**
   * Answers what is not a callback this router handles: another path, no `CallbackCommand`,
   * or a command without a listener under `unhandled: 'next'`. Defaults to a 404.
   */
  readonly fallback?: ((request: Request) => Response | Promise<Response>) | undefined;
}

/**
 * A handler of Web `Request`s, as Next.js route files, Hono, Bun, Deno and Workers take them.
 * The second argument is what a runtime passes beside the request; only @hono/node-server's
 * `{ incoming }` (the Node.js request it wraps) is used, to read the body and the target from
 * it directly.
 */
export type FetchCallbackHandler = (request: Request, env?: unknown) => Promise<Response>;

/**
 * A router `createFetchHandler` can serve: itself when its listeners take a Web `Request`,
 * else a sentence that the compiler shows in its error.
 */
export type FetchServable<R> =
  R extends ListenerRequestMarker<infer Req>
    ? Request extends Req
      ? R
      : "this router's listeners expect another request type than the Web Request createFetchHandler passes: make the router with createCallbackRouter<Request>()"
    : 'createFetchHandler() serves a router from createCallbackRouter<Request>() or friendAddCallback<Request>()';

/** How the pipeline reads a Web request. */
const webIO: AdapterIO<Request> = { readBody: readWebBody };

/**
 * How to read a request's body when @hono/node-server hands the fetch handler the Node.js
 * request it wraps (`{ incoming, outgoing }`) beside the Web one: from that stream, as
 * `createNodeHandler` reads it, with the same limits and refusals, rather than through the
 * adapter's `arrayBuffer()`, which copies it (a tenth of a small callback's CPU there).
 */
function nodeStreamIO(incoming: IncomingMessage): AdapterIO<Request> {
  return {
    readBody(_request, limit, done) {
      readBody(incoming, limit, done);
    },
  };
}

/** The Node.js request in `env.incoming`, if it is one and nothing has read its body yet. */
function unreadNodeRequestOf(env: unknown): IncomingMessage | undefined {
  if (typeof env !== 'object' || env === null) return undefined;
  const incoming: unknown = (env as { incoming?: unknown }).incoming;
  if (typeof incoming !== 'object' || incoming === null) return undefined;
  // Recognised by its shape, so the fetch handler loads no node:http (nor needs it to exist).
  const candidate = incoming as Partial<IncomingMessage>;
  return typeof candidate.on === 'function' &&
    typeof candidate.headers === 'object' &&
    candidate.readableDidRead === false
    ? (incoming as IncomingMessage)
    : undefined;
}

const jsonHeaders = { 'content-type': 'application/json; charset=utf-8' } as const;

function notFound(): Response {
  return new Response('Not Found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

/**
 * Serves IM callbacks as a Web-standard handler, `(request: Request, env?) => Promise<Response>`,
 * with the same checks, limits, listeners, decisions and replies as the router on Express:
 * for Next.js App Router route files, Hono, Bun, Deno, Cloudflare Workers and anything else
 * built on `Request` and `Response`. Listeners get the `Request` as their second argument, so
 * the router says so: `createCallbackRouter<Request>()`. On @hono/node-server, which passes the
 * Node.js request beside the Web one, the body is read from that stream (see `FetchCallbackHandler`).
 *
 * @param router - a router from `createCallbackRouter<Request>()` (or `friendAddCallback<Request>()`), with `autoReply` on
 * @param options - an optional `path` and `fallback`
 * @throws TypeError for a value that is not such a router, one with `autoReply: false`, or a malformed option
 *
 * @example
 * const im = createCallbackRouter<Request>({ sdkAppId: 1400000000, token: process.env.IM_CALLBACK_TOKEN });
 * export const POST = createFetchHandler(im); // app/im/callback/route.ts in Next.js
 */
export function createFetchHandler<R>(
  router: FetchServable<R>,
  options: FetchHandlerOptions = {},
): FetchCallbackHandler {
  const pipeline = pipelineOf(router);
  if (pipeline === undefined) {
    throw new TypeError(
      'tencent-im-callback: createFetchHandler() needs a router from createCallbackRouter() or friendAddCallback().',
    );
  }
  if (!pipeline.autoReply) {
    throw new TypeError(
      'tencent-im-callback: createFetchHandler() needs a router with autoReply on: a fetch handler answers with the Response it returns.',
    );
  }
  const { path, fallback } = options;
  if (path !== undefined && (typeof path !== 'string' || !path.startsWith('/'))) {
    throw new TypeError(
      `tencent-im-callback: createFetchHandler() option "path" must start with "/", such as '/im/callback'; received ${JSON.stringify(path)}.`,
    );
  }
  if (fallback !== undefined && typeof fallback !== 'function') {
    throw new TypeError(
      'tencent-im-callback: createFetchHandler() option "fallback" must be a function (request) => Response.',
    );
  }
  const passOn = (request: Request) => (fallback ? fallback(request) : notFound());
  return function imCallbackFetchHandler(request: Request, env?: unknown): Promise<Response> {
    // One promise per request, resolved from the pipeline's callback; a fallback that throws
    // rejects it, as an async handler's would.
    return new Promise((resolve, reject) => {
      const answer = (outcome: CallbackOutcome) => {
        try {
          resolve(outcome.kind === 'reply' ? replyOf(outcome) : passOn(request));
        } catch (error) {
          // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- what the fallback threw, as an async handler would reject with it
          reject(error);
        }
      };
      // Any second argument but @hono/node-server's (Next.js's context, Bun's server, Workers'
      // bindings) leaves the Web request to be read as it is.
      const incoming = unreadNodeRequestOf(env);
      // The Node.js request's target is the path and query as received, which the adapter's
      // whole URL is built from: reading it spares joining that URL into one string.
      const target = incoming?.url;
      if (incoming === undefined || target === undefined || !target.startsWith('/')) {
        if (path !== undefined && !isUrlPath(request.url, path)) answer(PASS);
        else pipeline.handle(request, request.method, request.url, webIO, answer);
      } else if (path !== undefined && !isPath(target, path)) answer(PASS);
      else pipeline.handle(request, request.method, target, nodeStreamIO(incoming), answer);
    });
  };
}

const PASS: CallbackOutcome = { kind: 'pass' };

function replyOf(outcome: Extract<CallbackOutcome, { kind: 'reply' }>): Response {
  const json = replyJson(outcome.body);
  const headers = outcome.allow === undefined ? jsonHeaders : { ...jsonHeaders, allow: outcome.allow };
  return new Response(json, { status: outcome.status, headers });
}
