// Shared by the benchmark servers and their load: the app id and token the load generator
// signs with, the request each server is loaded with, and the line that tells the runner which
// port a server listens on.
const { createHmac } = require('node:crypto');
const { buildCallbackRequest, samplePacket } = require('tencent-im-callback/testing');

const SDK_APP_ID = '1400000000';
const TOKEN = 'bench-token';
const OK_JSON = '{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}';
const GITHUB_SECRET = 'bench-secret';

/**
 * Listens on a free loopback port, prints it, and answers the runner's 'usage' message with
 * the requests served and the CPU time used so far: CPU per request is the steadier measure
 * on a shared machine, where throughput also moves with what the neighbours do.
 */
function announce(server) {
  let requests = 0;
  server.on('request', () => requests++);
  process.on('message', (message) => {
    if (message !== 'usage') return;
    const { user, system } = process.cpuUsage();
    process.send({ requests, cpuMicros: user + system });
  });
  // Under `npm run bench:profile`, exit on SIGTERM so that --cpu-prof writes its profile.
  if (process.env.BENCH_EXIT_ON_SIGNAL) process.once('SIGTERM', () => process.exit(0));
  server.listen(0, '127.0.0.1', () => process.stdout.write(`listening ${server.address().port}\n`));
}

/**
 * A signed callback as IM sends it, signed for the current second (it stays fresh for the run):
 * `{ url, headers, body }`, the url a path and query.
 */
function signedCallback(command, body) {
  const built = buildCallbackRequest({ command, sdkAppId: SDK_APP_ID, token: TOKEN, body });
  return { url: built.url, headers: { 'content-type': 'application/json' }, body: built.body };
}

/** The friend add every server of the main table is loaded with. */
function friendAdd(pairs) {
  return signedCallback('Sns.CallbackFriendAdd', samplePacket('Sns.CallbackFriendAdd', { count: pairs }));
}

/** A message about to be sent, with two text elements to mask and an image between them. */
function beforeSend() {
  const body = {
    ...samplePacket('C2C.CallbackBeforeSendMsg'),
    MsgBody: [
      { MsgType: 'TIMTextElem', MsgContent: { Text: 'darn, that was close' } },
      { MsgType: 'TIMFaceElem', MsgContent: { Index: 1, Data: 'content' } },
      { MsgType: 'TIMTextElem', MsgContent: { Text: 'see you at eight, darn it' } },
    ],
  };
  return signedCallback('C2C.CallbackBeforeSendMsg', body);
}

/**
 * A GitHub webhook as GitHub sends it, for @octokit/webhooks: a `ping` event whose body is the
 * friend add's (the same size), signed with an HMAC-SHA256 of the body.
 */
function githubEvent(pairs) {
  const { body } = friendAdd(pairs);
  return {
    url: '/im/callback',
    headers: {
      'content-type': 'application/json',
      'x-github-event': 'ping',
      'x-github-delivery': '72d3162e-cc78-11e3-81ab-4c9367dc0958',
      'x-hub-signature-256': `sha256=${createHmac('sha256', GITHUB_SECRET).update(body).digest('hex')}`,
    },
    body,
  };
}

module.exports = {
  SDK_APP_ID,
  TOKEN,
  OK_JSON,
  GITHUB_SECRET,
  announce,
  signedCallback,
  friendAdd,
  beforeSend,
  githubEvent,
};
