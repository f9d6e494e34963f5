import type express from 'express';
import type { ErrorRequestHandler, RequestHandler } from 'express';

/** A logger whose calls tests can read. */
export function recordingLogger() {
  return { warn: jest.fn(), error: jest.fn(), debug: jest.fn() };
}

/**
 * A real Express app with `handlers` mounted on /im/callback and, after them, a route that
 * echoes what reached it, so tests see whether the middleware called `next()` and whether
 * the body stayed unread for the next handler. Errors passed to `next(err)` become a 599
 * reply that tests can never mistake for one of the package's.
 */
export function callbackApp(expressLib: typeof express, ...handlers: RequestHandler[]) {
  const app = expressLib();
  app.use('/im/callback', ...handlers);
  app.use('/im/callback', expressLib.text({ type: () => true }), (req, res) => {
    res.status(299).json({ reachedNext: true, body: req.body as unknown });
  });
  const onError: ErrorRequestHandler = (error: unknown, _req, res, _next) => {
    res.status(599).json({ unexpected: String(error) });
  };
  app.use(onError);
  return app;
}
