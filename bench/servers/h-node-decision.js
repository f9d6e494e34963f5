// H: the floor for a message decision on node:http: read the body, JSON.parse it, mask a word
// in its text elements by hand, and reply ErrorCode 0 with the new MsgBody, as an app would
// without the package (no checks, no validation).
const http = require('node:http');
const { announce } = require('./common');
const { maskMessage } = require('./decision');

announce(
  http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const packet = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const json = JSON.stringify({
        ActionStatus: 'OK',
        ErrorCode: 0,
        ErrorInfo: '',
        MsgBody: maskMessage(packet.MsgBody),
      });
      res.writeHead(200, {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': Buffer.byteLength(json),
      });
      res.end(json);
    });
  }),
);
