// Loaded with import: the README example, served once, then checked with one signed callback.
import express from 'express';
import { friendAddCallback, computeSign } from 'tencent-im-callback';
import schema from 'tencent-im-callback/schemas/sns/friend-add.schema.json' with { type: 'json' };
import check from './check.cjs';
import { runCallback } from 'tencent-im-callback/testing';

if (schema.$id !== 'urn:tencent-im-callback:schema:friend-add') throw new Error('schema file not importable');

const added = [];
const app = express();
const friendAdd = friendAddCallback({ sdkAppId: 1400000000, token: 'consumer-token' });
friendAdd.on('Sns.CallbackFriendAdd', async (event) => {
  for (const pair of event.pairs) added.push(`${pair.From_Account}->${pair.To_Account}`);
});
app.use('/im/callback', friendAdd);

const run = await runCallback(friendAdd, {
  command: 'Sns.CallbackFriendAdd',
  sdkAppId: 1400000000,
  token: 'consumer-token',
});
if (run.reply?.ActionStatus !== 'OK') throw new Error(`runCallback gave ${JSON.stringify(run)}`);
added.length = 0;

check.checkServes('import', app, computeSign, added);
