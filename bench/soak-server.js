// The server under soak: the router with a listener per kind that counts deliveries, and a
// route after it for the commands it passes on. Reports counts and heap over IPC.
const http = require('node:http');
const express = require('express');
const { createCallbackRouter } = require('tencent-im-callback');

const delivered = { friendAdd: 0, pairs: 0, prevFriendAdd: 0 };
const im = createCallbackRouter({ sdkAppId: '1400000000', token: 'soak-token' });
im.on('Sns.CallbackFriendAdd', async (event) => {
  delivered.friendAdd++;
  delivered.pairs += event.pairs.length;
});
im.on('Sns.CallbackPrevFriendAdd', (event) => {
  delivered.prevFriendAdd++;
  event.deny(event.targets[0]);
});
const app = express();
app.use('/im/callback', im);
app.use('/im/callback', (_req, res) => void res.status(204).end());

process.on('message', (message) => {
  if (message !== 'report') return;
  global.gc();
  global.gc();
  process.send({ delivered, heapUsed: process.memoryUsage().heapUsed });
});
const server = http
  .createServer(app)
  .listen(0, '127.0.0.1', () => process.stdout.write(`listening ${server.address().port}\n`));
