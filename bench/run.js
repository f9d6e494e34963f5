// `npm run bench`: throughput and latency of four servers, each in its own process, under the
// same load, in alternating rounds, then the ratios B/A and D/C. Machines here are shared and
// noisy, so only side-by-side ratios from one run mean anything; medians damp the noise.
const { spawn } = require('node:child_process');
const path = require('node:path');
const autocannon = require('autocannon');
const { computeSign } = require('tencent-im-callback');
const { samplePacket } = require('tencent-im-callback/testing');
const { SDK_APP_ID, TOKEN } = require('./servers/common');
const { benchValidation } = require('./validation');

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);

const servers = [
  { id: 'A', name: 'Express + express.json()', file: 'a-express-json.js' },
  { id: 'B', name: 'Express + createCallbackRouter', file: 'b-express-router.js' },
  { id: 'C', name: 'node:http + JSON.parse', file: 'c-node-json.js' },
  { id: 'D', name: 'node:http + createNodeHandler', file: 'd-node-handler.js' },
];
const bodies = [
  { name: '3 pairs', body: JSON.stringify(samplePacket('Sns.CallbackFriendAdd', { count: 3 })) },
  { name: '3,000 pairs', body: JSON.stringify(samplePacket('Sns.CallbackFriendAdd', { count: 3000 })) },
];

function start(server) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, 'servers', server.file)], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.once('error', reject);
    child.stdout.on('data', (data) => {
      const match = /listening (\d+)/.exec(String(data));
      if (match) resolve({ ...server, child, port: Number(match[1]) });
    });
  });
}

/** The URL IM would call now: signed for the current second, so it stays fresh for the run. */
function callbackUrl(port) {
  const time = Math.floor(Date.now() / 1000);
  const query = new URLSearchParams({
    SdkAppid: SDK_APP_ID,
    CallbackCommand: 'Sns.CallbackFriendAdd',
    contenttype: 'json',
    ClientIP: '127.0.0.1',
    OptPlatform: 'RESTAPI',
    Sign: computeSign(TOKEN, time),
    RequestTime: String(time),
  });
  return `http://127.0.0.1:${port}/im/callback?${query}`;
}

async function load(server, body, seconds) {
  const result = await autocannon({
    url: callbackUrl(server.port),
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections: CONNECTIONS,
    duration: seconds,
  });
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(`${server.id} answered ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
  }
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

/** Checks that a server gives IM's OK reply before it is measured. */
async function check(server, body) {
  const response = await fetch(callbackUrl(server.port), { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const reply = await response.json();
  if (response.status !== 200 || reply.ActionStatus !== 'OK') throw new Error(`${server.id} replied ${response.status} ${JSON.stringify(reply)}`);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const fixed = (value, digits = 0) => value.toFixed(digits).padStart(8);

async function main() {
  const started = Date.now();
  const os = require('node:os');
  console.log(`node ${process.version}, ${os.cpus().length} x ${os.cpus()[0]?.model ?? 'cpu'}, ${ROUNDS} rounds x ${SECONDS} s, ${CONNECTIONS} connections\n`);
  const running = await Promise.all(servers.map(start));
  const summary = {};
  try {
    for (const { name, body } of bodies) {
      for (const server of running) {
        await check(server, body);
        await load(server, body, 1); // warm-up: JIT and connection pools
      }
      const runs = Object.fromEntries(running.map((server) => [server.id, []]));
      for (let round = 0; round < ROUNDS; round++) {
        // Rotate the order so no server always runs first or last in a round.
        const order = running.map((_, i) => running[(i + round) % running.length]);
        for (const server of order) runs[server.id].push(await load(server, body, SECONDS));
      }
      const ratio = (x, y) => median(runs[x].map((run, i) => run.rps / runs[y][i].rps));
      console.log(`${name} (${body.length.toLocaleString('en')} bytes)`);
      console.log('  server                              req/s   p50 ms   p99 ms');
      for (const server of running) {
        const r = runs[server.id];
        console.log(`  ${server.id} ${server.name.padEnd(31)}${fixed(median(r.map((x) => x.rps)))}${fixed(median(r.map((x) => x.p50)), 1)}${fixed(median(r.map((x) => x.p99)), 1)}`);
      }
      summary[name] = { 'B/A': ratio('B', 'A'), 'D/C': ratio('D', 'C') };
      console.log(`  ratios (median of per-round ratios): B/A ${summary[name]['B/A'].toFixed(3)}, D/C ${summary[name]['D/C'].toFixed(3)}\n`);
    }
  } finally {
    for (const server of running) server.child.kill();
  }
  console.log('validation alone (ajv, the package schema), median of 7 samples:');
  for (const row of benchValidation()) {
    console.log(`  ${String(row.pairs).padStart(5)} pairs: ${fixed(row.microsPerCall, 2)} µs a packet, ${fixed(row.nanosPerPair, 1)} ns a pair`);
  }
  console.log(`\ntotal ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return summary;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
