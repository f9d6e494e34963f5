// Type-checked against the packed package: the README example as a TypeScript user writes it.
import express from 'express';
import { buildCallbackRequest, runCallback, samplePacket } from 'tencent-im-callback/testing';
import {
  createCallbackRouter,
  friendAddCallback,
  isCallbackEvent,
  sendCallbackReply,
  type FriendAddEvent,
} from 'tencent-im-callback';

const app = express();
const friendAdd = friendAddCallback({ sdkAppId: 1400000000, token: process.env.IM_CALLBACK_TOKEN, autoReply: false });
friendAdd.on('Sns.CallbackFriendAdd', async (event: FriendAddEvent, req) => {
  const first: string = event.pairs[0].To_Account;
  const same: FriendAddEvent | undefined = req.timCallback;
  return [first, same];
});
app.use('/im/callback', friendAdd, (req, res) => {
  const event = req.timCallback;
  const pairs = isCallbackEvent(event, 'Sns.CallbackFriendAdd') ? event.pairs.length : 0;
  sendCallbackReply(res, pairs > 0 ? undefined : new Error('no pairs'));
});

const im = createCallbackRouter({
  sdkAppId: '1400000000',
  token: process.env.IM_CALLBACK_TOKEN,
  unhandled: 'ack',
  beforeCallbackFallback: 'deny',
});
im.on('Sns.CallbackPrevFriendAdd', (event) => event.deny(event.targets[0] ?? '', 38001, 'blocked'));
im.on('Sns.CallbackFriendDelete', (event) => event.pairs.map((pair) => pair.To_Account));
im.on('C2C.CallbackAfterSendMsg', (event) => event.body['From_Account']);
im.onAny((event) => event.command);
app.use('/im/callback', im);

const built: { url: string; body: string } = buildCallbackRequest({
  command: 'Sns.CallbackFriendAdd',
  sdkAppId: 1,
  token: 't',
});
const pairs: number = samplePacket('Sns.CallbackFriendAdd', { count: 3 }).PairList.length;
void runCallback(im, { command: 'Sns.CallbackPrevFriendAdd', sdkAppId: 1 }).then(
  (run) => run.reply?.ResultItem?.[0]?.ResultCode,
);
void [built, pairs];
