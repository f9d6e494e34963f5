// Loaded with require(): the README example, served once, then checked with one signed callback.
const express = require('express');
const { friendAddCallback, computeSign } = require('tencent-im-callback');
const { checkServes } = require('./check.cjs');

const added = [];
const app = express();
const friendAdd = friendAddCallback({ sdkAppId: 1400000000, token: 'consumer-token' });
friendAdd.on('Sns.CallbackFriendAdd', async (event) => {
  for (const pair of event.pairs) added.push(`${pair.From_Account}->${pair.To_Account}`);
});
app.use('/im/callback', friendAdd);

checkServes('require', app, computeSign, added);
