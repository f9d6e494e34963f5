// C: the floor on node:http: read the body, JSON.parse it, reply IM's OK.
const http = require('node:http');
const { OK_JSON, announce } = require('./common');

announce(
  http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      JSON.parse(Buffer.concat(chunks).toString('utf8'));
      res.writeHead(200, {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': Buffer.byteLength(OK_JSON),
      });
      res.end(OK_JSON);
    });
  }),
);
