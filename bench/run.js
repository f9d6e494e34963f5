// `npm run bench`: throughput and latency of four servers, each in its own process, under the
// same load, in alternating rounds, then the ratios B/A and D/C. Machines here are shared and
// noisy, so only side-by-side ratios from one run mean anything; medians damp the noise.
const { spawn, spawnSync } = require('node:child_process');
const os = require('node:os');
const path = require('node:path');
const autocannon = require('autocannon');
const { buildCallbackRequest, samplePacket } = require('tencent-im-callback/testing');
const { SDK_APP_ID, TOKEN } = require('./servers/common');
const { benchValidation } = require('./validation');
const { benchPipeline } = require('./pipeline');

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);

const servers = [
  { id: 'A', name: 'Express + express.json()', file: 'a-express-json.js' },
  { id: 'B', name: 'Express + createCallbackRouter', file: 'b-express-router.js' },
  { id: 'C', name: 'node:http + JSON.parse', file: 'c-node-json.js' },
  { id: 'D', name: 'node:http + createNodeHandler', file: 'd-node-handler.js' },
  { id: 'E', name: 'fetch handler + request.json()', file: 'e-fetch-json.js' },
  { id: 'F', name: 'fetch handler + createFetchHandler', file: 'f-fetch-handler.js' },
];
// BENCH_BASELINE=<another checkout, built>: also load that checkout's node handler, as Z, to
// compare two versions of the package side by side in one run (D/Z).
const baseline = process.env.BENCH_BASELINE;
if (baseline) {
  servers.push({
    id: 'Z',
    name: `createNodeHandler, ${path.basename(path.resolve(baseline))}`,
    file: path.resolve(baseline, 'bench', 'servers', 'd-node-handler.js'),
  });
}
const bodies = [
  { name: '3 pairs', body: JSON.stringify(samplePacket('Sns.CallbackFriendAdd', { count: 3 })) },
  { name: '3,000 pairs', body: JSON.stringify(samplePacket('Sns.CallbackFriendAdd', { count: 3000 })) },
];

// With two cores or more, the load generator (this process) runs on the first core and every
// server on the last, so the two never take turns on one core, which made runs far noisier.
const cores = os.cpus().length;
const pinned = cores >= 2 && spawnSync('taskset', ['-cp', '0', String(process.pid)], { stdio: 'ignore' }).status === 0;

function start(server) {
  return new Promise((resolve, reject) => {
    const script = path.resolve(__dirname, 'servers', server.file);
    const [command, args] = pinned
      ? ['taskset', ['-c', String(cores - 1), process.execPath, script]]
      : [process.execPath, [script]];
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
    child.once('error', reject);
    child.stdout.on('data', (data) => {
      const match = /listening (\d+)/.exec(String(data));
      if (match) resolve({ ...server, child, port: Number(match[1]) });
    });
  });
}

/** The URL IM would call now: signed for the current second, so it stays fresh for the run. */
function callbackUrl(port) {
  const { url } = buildCallbackRequest({
    command: 'Sns.CallbackFriendAdd',
    sdkAppId: SDK_APP_ID,
    token: TOKEN,
    body: '',
  });
  return `http://127.0.0.1:${port}${url}`;
}

function usage(server) {
  return new Promise((resolve) => {
    server.child.once('message', resolve);
    server.child.send('usage');
  });
}

async function load(server, body, seconds) {
  const before = await usage(server);
  const result = await autocannon({
    url: callbackUrl(server.port),
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections: CONNECTIONS,
    duration: seconds,
  });
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(
      `${server.id} answered ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`,
    );
  }
  const after = await usage(server);
  const cpuPerRequest = (after.cpuMicros - before.cpuMicros) / (after.requests - before.requests);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, cpu: cpuPerRequest };
}

/** Checks that a server gives IM's OK reply before it is measured. */
async function check(server, body) {
  const response = await fetch(callbackUrl(server.port), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  const reply = await response.json();
  if (response.status !== 200 || reply.ActionStatus !== 'OK')
    throw new Error(`${server.id} replied ${response.status} ${JSON.stringify(reply)}`);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const fixed = (value, digits = 0) => value.toFixed(digits).padStart(8);

async function main() {
  const started = Date.now();
  console.log(
    `node ${process.version}, ${cores} x ${os.cpus()[0]?.model ?? 'cpu'}, ${ROUNDS} rounds x ${SECONDS} s, ${CONNECTIONS} connections, ` +
      `${pinned ? `load generator on core 0, servers on core ${cores - 1}` : 'not pinned to cores'}\n`,
  );
  const summary = {};
  for (const { name, body } of bodies) {
    // Fresh processes for each body size, so one size's history (heap, JIT) does not weigh on the other.
    const running = await Promise.all(servers.map(start));
    try {
      for (const server of running) {
        await check(server, body);
        await load(server, body, 2); // warm-up: JIT and connection pools
      }
      const runs = Object.fromEntries(running.map((server) => [server.id, []]));
      for (let round = 0; round < ROUNDS; round++) {
        // Rotate the order so no server always runs first or last in a round.
        const order = running.map((_, i) => running[(i + round) % running.length]);
        for (const server of order) runs[server.id].push(await load(server, body, SECONDS));
      }
      // Per-round ratios pair runs made seconds apart, so slow drifts of the machine cancel.
      const ratio = (x, y, of) => median(runs[x].map((run, i) => of(run, runs[y][i])));
      const throughput = (x, y) => ratio(x, y, (a, b) => a.rps / b.rps);
      const cpu = (x, y) => ratio(x, y, (a, b) => b.cpu / a.cpu);
      console.log(`${name} (${body.length.toLocaleString('en')} bytes)`);
      console.log('  server                              req/s   p50 ms   p99 ms  server CPU µs/req');
      for (const server of running) {
        const r = runs[server.id];
        const column = (of, digits) => fixed(median(r.map(of)), digits);
        console.log(
          `  ${server.id} ${server.name.padEnd(31)}${column((x) => x.rps, 0)}${column((x) => x.p50, 1)}${column((x) => x.p99, 1)}${column((x) => x.cpu, 1).padStart(19)}`,
        );
      }
      summary[name] = {
        throughput: { 'B/A': throughput('B', 'A'), 'D/C': throughput('D', 'C'), 'F/E': throughput('F', 'E') },
        cpu: { 'B/A': cpu('B', 'A'), 'D/C': cpu('D', 'C'), 'F/E': cpu('F', 'E') },
      };
      console.log(
        `  throughput ratios (median of per-round ratios): B/A ${summary[name].throughput['B/A'].toFixed(3)}, D/C ${summary[name].throughput['D/C'].toFixed(3)}, F/E ${summary[name].throughput['F/E'].toFixed(3)}`,
      );
      console.log(
        `  CPU-per-request ratios (reference / package):   B/A ${summary[name].cpu['B/A'].toFixed(3)}, D/C ${summary[name].cpu['D/C'].toFixed(3)}, F/E ${summary[name].cpu['F/E'].toFixed(3)}${baseline ? '' : '\n'}`,
      );
      if (baseline) {
        console.log(
          `  this checkout against the baseline, D/Z: throughput ${throughput('D', 'Z').toFixed(3)}, CPU ${cpu('D', 'Z').toFixed(3)}\n`,
        );
      }
    } finally {
      for (const server of running) server.child.kill();
    }
  }
  console.log('validation alone (ajv, the package schema), median of 7 samples:');
  for (const row of benchValidation()) {
    console.log(
      `  ${String(row.pairs).padStart(5)} pairs: ${fixed(row.microsPerCall, 2)} µs a packet, ${fixed(row.nanosPerPair, 1)} ns a pair`,
    );
  }
  console.log('\nthe pipeline in-process, without sockets (read + JSON.parse alone as the floor), median of 5:');
  for (const pairs of [3, 3000]) {
    const row = await benchPipeline(pairs);
    console.log(
      `  ${String(pairs).padStart(5)} pairs: router ${fixed(row.routerMicros, 1)} µs, floor ${fixed(row.floorMicros, 1)} µs a callback`,
    );
  }
  console.log(`\ntotal ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return summary;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
