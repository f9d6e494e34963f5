// `npm run soak`: hundreds of thousands of mixed valid and invalid callbacks over loopback
// with concurrent keep-alive connections, bounded in count and time. Passes only when no
// reply is unexpected, every valid callback was delivered exactly once, and the server's
// heap after GC grew by less than 10 % from the first 10,000 requests to the end.
const { spawn } = require('node:child_process');
const http = require('node:http');
const path = require('node:path');
const { buildCallbackRequest, samplePacket } = require('tencent-im-callback/testing');

const TOTAL = Number(process.env.SOAK_REQUESTS ?? 300_000);
const MAX_SECONDS = Number(process.env.SOAK_SECONDS ?? 240);
const CONCURRENCY = Number(process.env.SOAK_CONCURRENCY ?? 32);
const BASELINE_AT = 10_000;

// The body is built per kind below; only the signed URL of the current second is taken here.
const url = (command, token = 'soak-token') =>
  buildCallbackRequest({ command, sdkAppId: '1400000000', token, body: '' }).url;
// Each kind: its share of the traffic, how to build it, and the status it must get.
const kinds = [
  {
    name: 'valid friend add',
    share: 70,
    status: 200,
    make: (i) => ({
      path: url('Sns.CallbackFriendAdd'),
      body: JSON.stringify(samplePacket('Sns.CallbackFriendAdd', { count: 1 + (i % 20) })),
      pairs: 1 + (i % 20),
    }),
  },
  {
    name: 'before-callback',
    share: 5,
    status: 200,
    make: () => ({
      path: url('Sns.CallbackPrevFriendAdd'),
      body: JSON.stringify(samplePacket('Sns.CallbackPrevFriendAdd', { count: 2 })),
    }),
  },
  {
    name: 'wrong token',
    share: 10,
    status: 401,
    make: () => ({
      path: url('Sns.CallbackFriendAdd', 'forged'),
      body: JSON.stringify(samplePacket('Sns.CallbackFriendAdd')),
    }),
  },
  {
    name: 'broken body',
    share: 10,
    status: 400,
    make: (i) => ({
      path: url('Sns.CallbackFriendAdd'),
      body: JSON.stringify(samplePacket('Sns.CallbackFriendAdd')).slice(0, 10 + (i % 50)),
    }),
  },
  {
    name: 'other command',
    share: 5,
    status: 204,
    make: () => ({ path: url('C2C.CallbackAfterSendMsg'), body: '{"CallbackCommand":"C2C.CallbackAfterSendMsg"}' }),
  },
];
const schedule = kinds.flatMap((kind) => Array(kind.share).fill(kind));

function startServer() {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--expose-gc', path.join(__dirname, 'soak-server.js')], {
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    });
    child.stdout.on('data', (data) => {
      const match = /listening (\d+)/.exec(String(data));
      if (match) resolve({ child, port: Number(match[1]) });
    });
  });
}
const report = (child) =>
  new Promise((resolve) => {
    child.once('message', resolve);
    child.send('report');
  });

async function main() {
  const { child, port } = await startServer();
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const sent = Object.fromEntries(kinds.map((kind) => [kind.name, 0]));
  let pairsSent = 0;
  let unexpected = 0;
  let next = 0;
  let baseline;
  const started = Date.now();
  const deadline = started + MAX_SECONDS * 1000;

  const post = ({ path: target, body }) =>
    new Promise((resolve) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          path: target,
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode));
        },
      );
      req.on('error', (error) => resolve(`error ${error.code}`));
      req.end(body);
    });

  async function worker() {
    while (next < TOTAL && Date.now() < deadline) {
      const i = next++;
      if (i === BASELINE_AT) baseline = report(child);
      const kind = schedule[i % schedule.length];
      const request = kind.make(i);
      const status = await post(request);
      sent[kind.name]++;
      if (kind.name === 'valid friend add') pairsSent += request.pairs;
      if (status !== kind.status && unexpected++ < 5)
        console.error(`unexpected: ${kind.name} got ${status}, wanted ${kind.status}`);
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (Date.now() - started) / 1000;
  const end = await report(child);
  const start = await baseline;
  child.kill();
  agent.destroy();

  const total = Object.values(sent).reduce((a, b) => a + b, 0);
  const growth = (end.heapUsed - start.heapUsed) / start.heapUsed;
  const deliveredOk =
    end.delivered.friendAdd === sent['valid friend add'] &&
    end.delivered.pairs === pairsSent &&
    end.delivered.prevFriendAdd === sent['before-callback'];
  console.log(
    `sent ${total.toLocaleString('en')} requests in ${seconds.toFixed(1)} s (${Math.round(total / seconds).toLocaleString('en')} a second), ${CONCURRENCY} connections`,
  );
  for (const kind of kinds)
    console.log(`  ${kind.name.padEnd(17)} ${String(sent[kind.name]).padStart(7)} sent, expecting ${kind.status}`);
  console.log(`unexpected replies or errors: ${unexpected}`);
  console.log(
    `delivered: ${end.delivered.friendAdd} friend adds (${end.delivered.pairs} pairs) of ${sent['valid friend add']} (${pairsSent} pairs) sent; ${end.delivered.prevFriendAdd} before-callbacks of ${sent['before-callback']}`,
  );
  console.log(
    `server heap after GC: ${(start.heapUsed / 1e6).toFixed(1)} MB after ${BASELINE_AT.toLocaleString('en')} requests, ${(end.heapUsed / 1e6).toFixed(1)} MB at the end (${(growth * 100).toFixed(1)} %)`,
  );
  const passed = unexpected === 0 && deliveredOk && growth < 0.1 && total === TOTAL;
  console.log(passed ? 'soak passed' : `soak FAILED${total < TOTAL ? ` (stopped at the ${MAX_SECONDS} s bound)` : ''}`);
  process.exitCode = passed ? 0 : 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
