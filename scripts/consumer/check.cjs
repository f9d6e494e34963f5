// Serves `app` on a loopback port, posts one signed Sns.CallbackFriendAdd and checks the reply.
const http = require('node:http');

exports.checkServes = function checkServes(how, app, computeSign, added) {
  const server = http.createServer(app).listen(0, '127.0.0.1', async () => {
    const { port } = server.address();
    const time = Math.floor(Date.now() / 1000);
    const query = new URLSearchParams({
      SdkAppid: '1400000000',
      CallbackCommand: 'Sns.CallbackFriendAdd',
      contenttype: 'json',
      Sign: computeSign('consumer-token', time),
      RequestTime: String(time),
    });
    const body = { CallbackCommand: 'Sns.CallbackFriendAdd', PairList: [{ From_Account: 'a', To_Account: 'b' }] };
    try {
      const response = await fetch(`http://127.0.0.1:${port}/im/callback?${query}`, {
        method: 'POST',
        body: JSON.stringify(body),
      });
      const reply = await response.json();
      const express = require('express/package.json').version;
      if (response.status !== 200 || reply.ActionStatus !== 'OK' || added.join() !== 'a->b') {
        throw new Error(`unexpected reply ${response.status} ${JSON.stringify(reply)}, added ${added.join()}`);
      }
      console.log(`ok: ${how} on express ${express}`);
    } catch (error) {
      console.error(`FAILED: ${how}:`, error);
      process.exitCode = 1;
    } finally {
      server.close();
    }
  });
};
