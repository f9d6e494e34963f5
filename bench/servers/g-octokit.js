// G: the peer: @octokit/webhooks' node middleware on node:http, receiving a signed webhook with
// a body of the same size as the friend add. Its check is an HMAC-SHA256 over the whole body
// (IM's Sign hashes only the token and the time), then JSON.parse and one no-op listener.
const http = require('node:http');
const { Webhooks, createNodeMiddleware } = require('@octokit/webhooks');
const { GITHUB_SECRET, announce } = require('./common');

const webhooks = new Webhooks({ secret: GITHUB_SECRET });
webhooks.on('ping', () => undefined);
const middleware = createNodeMiddleware(webhooks, { path: '/im/callback' });
announce(http.createServer(middleware));
