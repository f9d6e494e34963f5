// B: the package's router on Express: SdkAppid and signature checks, reading, validation,
// one no-op listener and the reply.
const http = require('node:http');
const express = require('express');
const { createCallbackRouter } = require('tencent-im-callback');
const { SDK_APP_ID, TOKEN, announce } = require('./common');

const app = express();
const im = createCallbackRouter({ sdkAppId: SDK_APP_ID, token: TOKEN });
im.on('Sns.CallbackFriendAdd', () => undefined);
app.use('/im/callback', im);
announce(http.createServer(app));
