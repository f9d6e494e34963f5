// Type-checked against the packed package in a project with @types/node only (no Express, no
// @types/express) and skipLibCheck off: the package's declarations must compile there, and a
// router for createNodeHandler types its listeners' request as node's IncomingMessage.
import http, { type IncomingMessage } from 'node:http';
import { createCallbackRouter, createFetchHandler, createNodeHandler, type FriendAddEvent } from 'tencent-im-callback';

const im = createCallbackRouter({ sdkAppId: 1400000000, token: 'consumer-token' });
im.on('Sns.CallbackFriendAdd', (event: FriendAddEvent, req) => {
  const request: IncomingMessage = req;
  const same: FriendAddEvent = req.timCallback;
  // @ts-expect-error node's request has no Express helpers
  req.get('host');
  return [request, same, event.pairs[0].To_Account];
});
const handle = createNodeHandler(im, { path: '/im/callback' });
http.createServer((req, res) => void handle(req, res));

// The Web handler: listeners get the Request, typed so, with only @types/node installed.
const web = createCallbackRouter<Request>({ sdkAppId: 1400000000, token: 'consumer-token' });
web.on('C2C.CallbackBeforeSendMsg', (event, req) => {
  const request: Request = req;
  if (request.headers.get('x-block') !== null) event.refuse(120001, 'blocked');
});
export const POST: (request: Request) => Promise<Response> = createFetchHandler(web, { path: '/im/callback' });
// @ts-expect-error a router typed for node's request cannot be served as a fetch handler
createFetchHandler(im);
