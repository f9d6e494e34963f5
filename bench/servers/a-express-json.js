// A: what an app would write by hand: express.json() and a route replying IM's OK.
const http = require('node:http');
const express = require('express');
const { announce } = require('./common');

const app = express();
app.post('/im/callback', express.json({ limit: '1mb' }), (_req, res) => {
  res.json({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' });
});
announce(http.createServer(app));
