// I: the same decision with the package: createNodeHandler, a C2C.CallbackBeforeSendMsg
// listener that calls replaceMessage with the masked body; checks, validation of the packet
// and of the replacement, and the reply included.
const http = require('node:http');
const { createCallbackRouter, createNodeHandler } = require('tencent-im-callback');
const { SDK_APP_ID, TOKEN, announce } = require('./common');
const { maskMessage } = require('./decision');

const im = createCallbackRouter({ sdkAppId: SDK_APP_ID, token: TOKEN });
im.on('C2C.CallbackBeforeSendMsg', (event) => {
  event.replaceMessage({ MsgBody: maskMessage(event.body.MsgBody) });
});
announce(http.createServer(createNodeHandler(im, { path: '/im/callback' })));
