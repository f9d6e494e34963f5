// Loaded with import in a project without Express: serves one signed callback on node:http.
import http from 'node:http';
import { computeSign, createCallbackRouter, createFetchHandler, createNodeHandler } from 'tencent-im-callback';

const added = [];
const im = createCallbackRouter({ sdkAppId: 1400000000, token: 'consumer-token' });
im.on('Sns.CallbackFriendAdd', (event) => {
  for (const pair of event.pairs) added.push(`${pair.From_Account}->${pair.To_Account}`);
});
const server = http.createServer(createNodeHandler(im, { path: '/im/callback' })).listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const time = Math.floor(Date.now() / 1000);
const query = new URLSearchParams({
  SdkAppid: '1400000000',
  CallbackCommand: 'Sns.CallbackFriendAdd',
  Sign: computeSign('consumer-token', time),
  RequestTime: String(time),
});
const response = await fetch(`http://127.0.0.1:${server.address().port}/im/callback?${query}`, {
  method: 'POST',
  body: JSON.stringify({
    CallbackCommand: 'Sns.CallbackFriendAdd',
    PairList: [{ From_Account: 'a', To_Account: 'b' }],
  }),
});
const reply = await response.json();
server.close();
if (response.status !== 200 || reply.ActionStatus !== 'OK' || added.join() !== 'a->b') {
  throw new Error(`unexpected reply ${response.status} ${JSON.stringify(reply)}, added ${added.join()}`);
}
console.log('ok: createNodeHandler serves a callback in a project without Express');

const web = createFetchHandler(
  createCallbackRouter({ sdkAppId: 1400000000, token: 'consumer-token' }).on('Sns.CallbackFriendAdd', () => undefined),
);
const fetched = await web(
  new Request(`http://x/im/callback?${query}`, {
    method: 'POST',
    body: JSON.stringify({
      CallbackCommand: 'Sns.CallbackFriendAdd',
      PairList: [{ From_Account: 'a', To_Account: 'b' }],
    }),
  }),
);
if ((await fetched.json()).ActionStatus !== 'OK') throw new Error('the fetch handler did not answer OK');
console.log('ok: createFetchHandler answers a callback in a project without Express');
