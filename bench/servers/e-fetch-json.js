// E: the floor for a Web-standard handler: `await request.json()` and IM's OK as a Response,
// served on node:http by @hono/node-server's adapter, the same one F uses.
const http = require('node:http');
const { getRequestListener } = require('@hono/node-server');
const { OK_JSON, announce } = require('./common');

const headers = { 'content-type': 'application/json; charset=utf-8' };
announce(
  http.createServer(
    getRequestListener(async (request) => {
      await request.json();
      return new Response(OK_JSON, { headers });
    }),
  ),
);
