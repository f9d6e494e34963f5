// Compile-time checks of what each adapter passes listeners, never run: `npm run typecheck`
// compiles this file, so a line marked @ts-expect-error that starts compiling fails the run.
import type { IncomingMessage } from 'node:http';
import type { Request } from 'express';
import { createCallbackRouter, createNodeHandler, friendAddCallback } from '../../lib';

const quiet = { warn: () => undefined, error: () => undefined };

// Where Express's types are installed, as here, listeners get Express's Request by default.
export function expressListeners() {
  return createCallbackRouter({ sdkAppId: 1, token: 't', logger: quiet }).on('Sns.CallbackFriendAdd', (_event, req) => {
    const request: Request = req;
    return request.get('host');
  });
}

// createNodeHandler passes node's IncomingMessage, so it takes routers typed for it, and only those.
export function nodeListeners() {
  const im = createCallbackRouter<IncomingMessage>({ sdkAppId: 1, token: 't', logger: quiet }).on(
    'Sns.CallbackFriendAdd',
    (event, req) => {
      const request: IncomingMessage = req;
      const same: typeof event = req.timCallback;
      // @ts-expect-error node's request has no Express helpers
      req.get('host');
      return [request, same];
    },
  );
  const fromNode = createNodeHandler(im);
  const friendAdd = createNodeHandler(friendAddCallback<IncomingMessage>({ sdkAppId: 1, token: 't', logger: quiet }));
  // @ts-expect-error a router whose listeners expect Express's Request cannot be served by createNodeHandler
  createNodeHandler(createCallbackRouter({ sdkAppId: 1, token: 't', logger: quiet }));
  return [fromNode, friendAdd];
}
