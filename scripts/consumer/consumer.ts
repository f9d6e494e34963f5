// Type-checked against the packed package: the README example as a TypeScript user writes it.
import express from 'express';
import { friendAddCallback, sendCallbackReply, type FriendAddEvent } from 'tencent-im-callback';

const app = express();
const friendAdd = friendAddCallback({ sdkAppId: 1400000000, token: process.env.IM_CALLBACK_TOKEN, autoReply: false });
friendAdd.on('Sns.CallbackFriendAdd', async (event: FriendAddEvent, req) => {
  const first: string = event.pairs[0].To_Account;
  const same: FriendAddEvent | undefined = req.timCallback;
  return [first, same];
});
app.use('/im/callback', friendAdd, (req, res) => {
  const pairs = req.timCallback?.pairs.length ?? 0;
  sendCallbackReply(res, pairs > 0 ? undefined : new Error('no pairs'));
});
