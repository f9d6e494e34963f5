import type { IncomingMessage } from 'node:http';
// Express is an optional peer. The build marks this import `@ts-ignore` in the published
// declarations (scripts/finish-build.mjs), so an app without @types/express compiles, even with
// skipLibCheck off, and gets `any` here, which the type below turns into IncomingMessage.
import type { Request as ExpressRequest } from 'express';
import type { RouterEvent } from '../../commands/event-types';

/**
 * The request a router's listeners get unless the router says otherwise: Express's `Request`
 * when the app has Express's types installed (the router is Express middleware), else the
 * plain `IncomingMessage` that `node:http` passes.
 */
export type DefaultListenerRequest = unknown extends ExpressRequest ? IncomingMessage : ExpressRequest;

declare global {
  // Express's Request type merges this namespace's Request interface.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      /**
       * The checked callback, set by tencent-im-callback before listeners and `next()` run.
       * Narrow it with `isCallbackEvent`; in a listener, `req.timCallback` is already the event.
       */
      timCallback?: RouterEvent;
    }
  }
}
