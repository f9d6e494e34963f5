import type { IncomingMessage, ServerResponse } from 'node:http';
import { ANY_COMMAND, type CallbackPipeline } from '../../pipeline/callback-pipeline';
import { serveNode } from '../node/serve';

/** Where a router keeps its pipeline, for adapters that serve it without calling it as middleware. */
const PIPELINE: unique symbol = Symbol.for('tencent-im-callback.pipeline');

/** A router as built here: middleware, listener methods, and its pipeline. */
interface RouterFunction {
  (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void): Promise<void>;
  on(command: string, listener: unknown): RouterFunction;
  off(command: string, listener: unknown): RouterFunction;
  onAny(listener: unknown): RouterFunction;
  offAny(listener: unknown): RouterFunction;
  [PIPELINE]: CallbackPipeline;
}

/**
 * Makes the router object: a named middleware function (it shows in stack traces) that Express
 * mounts as it is, carrying the listener methods.
 *
 * @param pipeline - the router's pipeline
 */
export function routerFunction(pipeline: CallbackPipeline): RouterFunction {
  const router = function imCallbackRouter(req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) {
    return serveNode(pipeline, req, res, next);
  } as RouterFunction;
  router.on = function on(command, listener) {
    pipeline.addListener(command, listener, 'on');
    return this;
  };
  router.off = function off(command, listener) {
    pipeline.listeners.remove(command, listener);
    return this;
  };
  router.onAny = function onAny(listener) {
    pipeline.addListener(ANY_COMMAND, listener, 'onAny');
    return this;
  };
  router.offAny = function offAny(listener) {
    pipeline.listeners.remove(ANY_COMMAND, listener);
    return this;
  };
  router[PIPELINE] = pipeline;
  return router;
}

/**
 * The pipeline of a router made by this package, or undefined for any other value: how the
 * adapters that do not call the router as middleware (`createFetchHandler`) serve it.
 *
 * @param router - what an adapter was given
 */
export function pipelineOf(router: unknown): CallbackPipeline | undefined {
  return typeof router === 'function' ? (router as Partial<RouterFunction>)[PIPELINE] : undefined;
}
