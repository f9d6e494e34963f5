// F: the package's Web-standard handler, with the same work as B and D, on the same adapter as E.
const http = require('node:http');
const { getRequestListener } = require('@hono/node-server');
const { createCallbackRouter, createFetchHandler } = require('tencent-im-callback');
const { SDK_APP_ID, TOKEN, announce } = require('./common');

const im = createCallbackRouter({ sdkAppId: SDK_APP_ID, token: TOKEN });
im.on('Sns.CallbackFriendAdd', () => undefined);
announce(http.createServer(getRequestListener(createFetchHandler(im, { path: '/im/callback' }))));
