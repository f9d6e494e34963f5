// D: the package's framework-free handler on node:http, with the same work as B.
const http = require('node:http');
const { createCallbackRouter, createNodeHandler } = require('tencent-im-callback');
const { SDK_APP_ID, TOKEN, announce } = require('./common');

const im = createCallbackRouter({ sdkAppId: SDK_APP_ID, token: TOKEN });
im.on('Sns.CallbackFriendAdd', () => undefined);
announce(http.createServer(createNodeHandler(im, { path: '/im/callback' })));
