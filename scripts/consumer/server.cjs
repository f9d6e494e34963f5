// Loaded with require(): the README example, served once, then checked with one signed callback.
const express = require('express');
const { friendAddCallback, computeSign } = require('tencent-im-callback');
const { checkServes } = require('./check.cjs');
const { samplePacket } = require('tencent-im-callback/testing');

if (samplePacket('Sns.CallbackFriendAdd').PairList.length !== 1) throw new Error('testing entry not loadable');

const added = [];
const app = express();
const friendAdd = friendAddCallback({ sdkAppId: 1400000000, token: 'consumer-token' });
friendAdd.on('Sns.CallbackFriendAdd', async (event) => {
  for (const pair of event.pairs) added.push(`${pair.From_Account}->${pair.To_Account}`);
});
app.use('/im/callback', friendAdd);

checkServes('require', app, computeSign, added);
