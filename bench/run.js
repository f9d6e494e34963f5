// `npm run bench`: each server in its own process, loaded by autocannon with the same request.
// Machines here are shared and noisy: run alone, one after the other, the same server's CPU per
// request moved by half between seconds. So each ratio comes from loading the two servers it
// compares at the same time, on one shared core, in rounds: whatever slows the machine slows
// both, and the ratio holds (a control pair of two identical servers reads within a few %).
// The rounds of a ratio go in turn through four processes of each server (one process can run
// a few % faster than another of the same server for its whole life, and up to 10 % at 3,000
// pairs), after each pair is warmed up together. Each server's own figures (req/s, latency,
// CPU per request) come from rounds alone.
//
// `npm run bench -- --record` also writes bench/results.json and the tables of README.md and
// bench/README.md from this run; `node bench/run.js --tables` rewrites the tables from the
// recorded results.json alone, without measuring.
const { spawn, spawnSync } = require('node:child_process');
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const autocannon = require('autocannon');
const { friendAdd, beforeSend, githubEvent } = require('./servers/common');
const { benchColdStart } = require('./cold-start');
const { benchPipeline } = require('./pipeline');

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const PAIR_ROUNDS = Number(process.env.BENCH_PAIR_ROUNDS ?? 16);
const FORKS = Number(process.env.BENCH_FORKS ?? 4);
const PAIR_WARMUP = Number(process.env.BENCH_PAIR_WARMUP ?? 3);
// --verbose: also print each ratio's rounds, by pair of processes.
const VERBOSE = process.argv.includes('--verbose');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 1);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const record = process.argv.includes('--record');

const servers = {
  A: 'Express + express.json()',
  B: 'Express + createCallbackRouter',
  C: 'node:http + JSON.parse',
  D: 'node:http + createNodeHandler',
  E: 'fetch + request.json()',
  F: 'fetch + createFetchHandler',
  G: 'node:http + @octokit/webhooks',
  H: 'node:http + JSON by hand',
  I: 'node:http + createNodeHandler',
  C2: 'node:http + JSON.parse, again',
};
const files = {
  A: 'a-express-json.js',
  B: 'b-express-router.js',
  C: 'c-node-json.js',
  D: 'd-node-handler.js',
  E: 'e-fetch-json.js',
  F: 'f-fetch-handler.js',
  G: 'g-octokit.js',
  H: 'h-node-decision.js',
  I: 'i-node-decision-handler.js',
  C2: 'c-node-json.js',
};

// What each scenario loads each of its servers with. G gets a GitHub webhook whose body is the
// friend add's, the same bytes, signed as GitHub signs.
const scenarios = [
  {
    name: '3 pairs',
    servers: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'C2'],
    request: (id) => (id === 'G' ? githubEvent(3) : friendAdd(3)),
  },
  {
    name: '3,000 pairs',
    servers: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'C2'],
    request: (id) => (id === 'G' ? githubEvent(3000) : friendAdd(3000)),
  },
  {
    name: 'C2C.CallbackBeforeSendMsg, replaceMessage',
    servers: ['H', 'I'],
    request: () => beforeSend(),
  },
];

// The package's server against the reference it must keep up with, and the goals the
// performance issue set (the ratio of throughput, and of CPU per request, at least this).
const comparisons = [
  {
    ours: 'B',
    reference: 'A',
    what: 'Express: router / bare `express.json()` route',
    goals: { '3 pairs': 1.0, '3,000 pairs': 0.95 },
  },
  {
    ours: 'D',
    reference: 'C',
    what: '`createNodeHandler` / raw `node:http`',
    goals: { '3 pairs': 0.85, '3,000 pairs': 0.95 },
  },
  {
    ours: 'F',
    reference: 'E',
    what: '`createFetchHandler` / bare fetch handler',
    goals: { '3 pairs': 0.85, '3,000 pairs': 0.85 },
  },
  { ours: 'D', reference: 'G', what: '`createNodeHandler` / @octokit/webhooks node middleware', goals: {} },
  { ours: 'I', reference: 'H', what: 'a message decision: `createNodeHandler` / raw `node:http` by hand', goals: {} },
  // The method's own error: the same server twice should read 1.
  { ours: 'C2', reference: 'C', what: 'control: raw `node:http` / itself', goals: {} },
];

// BENCH_BASELINE=<another checkout, built>: also load that checkout's node handler, as Z, and
// its message decision, as Y, to compare two versions of the package side by side in one run
// (D/Z, I/Y).
const baseline = process.env.BENCH_BASELINE;
if (baseline) {
  const name = path.basename(path.resolve(baseline));
  servers.Z = `createNodeHandler, ${name}`;
  files.Z = path.resolve(baseline, 'bench', 'servers', 'd-node-handler.js');
  servers.Y = `createNodeHandler deciding, ${name}`;
  files.Y = path.resolve(baseline, 'bench', 'servers', 'i-node-decision-handler.js');
  // A server that is not there would never say it listens: say so now, instead of waiting.
  for (const id of ['Z', 'Y']) {
    if (!existsSync(files[id]))
      throw new Error(`BENCH_BASELINE: ${files[id]} does not exist; build a checkout that has it`);
  }
  for (const scenario of scenarios.slice(0, 2)) scenario.servers.push('Z');
  scenarios[2].servers.push('Y');
  comparisons.push({ ours: 'D', reference: 'Z', what: 'this checkout / the baseline', goals: {} });
  comparisons.push({ ours: 'I', reference: 'Y', what: 'this checkout / the baseline, deciding', goals: {} });
}
// BENCH_SCENARIOS=0,2 and BENCH_SERVERS=C,D narrow a run while working on one ratio.
const onlyScenarios = process.env.BENCH_SCENARIOS?.split(',').map(Number);
const onlyServers = process.env.BENCH_SERVERS?.split(',');

// With two cores or more, the load generator (this process) runs on the first core and every
// server on the last, so the two never take turns on one core, which made runs far noisier.
const cores = os.cpus().length;
const pinned = cores >= 2 && spawnSync('taskset', ['-cp', '0', String(process.pid)], { stdio: 'ignore' }).status === 0;

function start(id) {
  return new Promise((resolve, reject) => {
    const script = path.resolve(__dirname, 'servers', files[id]);
    const [command, args] = pinned
      ? ['taskset', ['-c', String(cores - 1), process.execPath, script]]
      : [process.execPath, [script]];
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
    child.once('error', reject);
    child.stdout.on('data', (data) => {
      const match = /listening (\d+)/.exec(String(data));
      if (match) resolve({ id, child, port: Number(match[1]) });
    });
  });
}

function usage(server) {
  return new Promise((resolve) => {
    server.child.once('message', resolve);
    server.child.send('usage');
  });
}

async function load(server, request, seconds) {
  const before = await usage(server);
  const result = await autocannon({
    url: `http://127.0.0.1:${server.port}${request.url}`,
    method: 'POST',
    headers: request.headers,
    body: request.body,
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

/** Checks that a server answers its request as expected before it is measured. */
async function check(server, request) {
  const response = await fetch(`http://127.0.0.1:${server.port}${request.url}`, {
    method: 'POST',
    headers: request.headers,
    body: request.body,
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${server.id} replied ${response.status} ${text}`);
  if (server.id === 'G') return; // octokit answers `ok` in plain text
  const reply = JSON.parse(text);
  if (reply.ActionStatus !== 'OK') throw new Error(`${server.id} replied ${text}`);
  if (server.id === 'H' || server.id === 'I') {
    if (!JSON.stringify(reply.MsgBody).includes('****'))
      throw new Error(`${server.id} did not replace the message: ${text}`);
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const fixed = (value, digits = 0) => value.toFixed(digits).padStart(8);

async function runScenario(scenario) {
  const ids = scenario.servers.filter((id) => !onlyServers || onlyServers.includes(id));
  // Fresh processes for each scenario, so one's history (heap, JIT) does not weigh on the next;
  // FORKS of each server, because one process of the same server can run a few % (at 3,000
  // pairs up to 10 %) faster or slower than another for its whole life (bench/README.md, "The
  // method").
  const forks = await Promise.all(ids.map((id) => Promise.all(Array.from({ length: FORKS }, () => start(id)))));
  const running = forks.flat();
  const byId = Object.fromEntries(forks.map((instances) => [instances[0].id, instances]));
  try {
    for (const server of running) {
      await check(server, scenario.request(server.id));
      await load(server, scenario.request(server.id), 2); // warm-up: JIT and connection pools
    }
    // Each server alone (its first process), for its own figures.
    const first = forks.map((instances) => instances[0]);
    const runs = Object.fromEntries(first.map((server) => [server.id, []]));
    for (let round = 0; round < ROUNDS; round++) {
      // Rotate the order so no server always runs first or last in a round.
      const order = first.map((_, i) => first[(i + round) % first.length]);
      for (const server of order) runs[server.id].push(await load(server, scenario.request(server.id), SECONDS));
    }
    const size = Buffer.byteLength(scenario.request('C').body);
    console.log(`${scenario.name} (${size.toLocaleString('en')} bytes)`);
    console.log('  server                              req/s   p50 ms   p99 ms  server CPU µs/req');
    const table = {};
    for (const { id } of first) {
      const of = (pick) => median(runs[id].map(pick));
      table[id] = { rps: of((x) => x.rps), p50: of((x) => x.p50), p99: of((x) => x.p99), cpu: of((x) => x.cpu) };
      const row = table[id];
      console.log(
        `  ${id.padEnd(3)}${servers[id].padEnd(31)}${fixed(row.rps)}${fixed(row.p50, 1)}${fixed(row.p99, 1)}${fixed(row.cpu, 1).padStart(19)}`,
      );
    }
    // Each comparison: the two servers loaded at once, sharing the servers' core.
    const ratios = [];
    for (const { ours, reference, what, goals } of comparisons) {
      if (!byId[ours] || !byId[reference]) continue;
      const loadPair = (k, seconds, oursFirst) => {
        const loadOurs = () => load(byId[ours][k], scenario.request(ours), seconds);
        const loadReference = () => load(byId[reference][k], scenario.request(reference), seconds);
        return oursFirst
          ? Promise.all([loadOurs(), loadReference()])
          : Promise.all([loadReference(), loadOurs()]).then(([theirs, mine]) => [mine, theirs]);
      };
      // Warmed up together first: a process left idle for more than a few seconds (while other
      // pairs were measured) has its young generation shrunk by V8, and the next seconds of
      // load run slower until it grows back; without this the control pair read 0.94 to 0.97.
      if (PAIR_WARMUP > 0) for (let k = 0; k < FORKS; k++) await loadPair(k, PAIR_WARMUP, true);
      const paired = [];
      for (let round = 0; round < PAIR_ROUNDS; round++) {
        // The rounds go through the pairs of processes in turn (the k-th of each server), and
        // for each, the two take turns at being loaded first: the load started first gets a
        // small head start (the control pair read up to 1.03 with one order only).
        const k = round % FORKS;
        const [mine, theirs] = await loadPair(k, SECONDS, Math.floor(round / FORKS) % 2 === 0);
        paired.push({ throughput: mine.rps / theirs.rps, cpu: theirs.cpu / mine.cpu });
      }
      const throughput = median(paired.map((pair) => pair.throughput));
      const cpu = median(paired.map((pair) => pair.cpu));
      const goal = goals[scenario.name];
      const verdict =
        goal === undefined
          ? ''
          : Math.min(throughput, cpu) >= goal
            ? `  (goal ${goal}: met)`
            : `  (goal ${goal}: NOT met)`;
      console.log(
        `  ${ours}/${reference} throughput ${throughput.toFixed(3)}, CPU ${cpu.toFixed(3)}${verdict}  ${what}`,
      );
      if (VERBOSE) {
        for (let k = 0; k < FORKS; k++) {
          const ofFork = paired.filter((_, round) => round % FORKS === k).map((pair) => pair.cpu.toFixed(2));
          console.log(`    processes ${k + 1}, CPU by round: ${ofFork.join(' ')}`);
        }
      }
      ratios.push({ ours, reference, what, throughput, cpu, goal });
    }
    console.log('');
    return { name: scenario.name, bytes: size, servers: table, ratios };
  } finally {
    for (const server of running) server.child.kill();
  }
}

async function main() {
  const started = Date.now();
  const machine = `Node.js ${process.version}, ${cores} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`;
  console.log(
    `${machine}; ratios: ${PAIR_ROUNDS} rounds × ${SECONDS} s of both servers at once, through ${FORKS} processes of each, after ${PAIR_WARMUP} s of warm-up together; each server: ${ROUNDS} rounds alone; ${CONNECTIONS} connections each, ` +
      `${pinned ? `load generator on core 0, servers on core ${cores - 1}` : 'not pinned to cores'}\n`,
  );
  const results = [];
  for (const [index, scenario] of scenarios.entries()) {
    if (!onlyScenarios || onlyScenarios.includes(index)) results.push(await runScenario(scenario));
  }

  const cold = benchColdStart();
  console.log(
    `cold start, median of 21 fresh processes: node -e '' ${cold.bareMs.toFixed(1)} ms; requiring the package, a router with every command and the first callback answered ${cold.packageMs.toFixed(1)} ms: ${cold.extraMs.toFixed(1)} ms more (goal: at most 30)`,
  );
  console.log(
    `  of which require ${cold.requireMs.toFixed(1)} ms, createCallbackRouter and .on() for every command ${cold.createMs.toFixed(1)} ms, first callback ${cold.firstMs.toFixed(1)} ms\n`,
  );

  console.log('the pipeline in-process, without sockets (read + JSON.parse alone as the floor), median of 5:');
  const inProcess = [];
  for (const pairs of [3, 3000]) {
    const row = await benchPipeline(pairs);
    inProcess.push(row);
    console.log(
      `  ${String(pairs).padStart(5)} pairs: router ${fixed(row.routerMicros, 1)} µs, floor ${fixed(row.floorMicros, 1)} µs a callback`,
    );
  }
  console.log(`\ntotal ${((Date.now() - started) / 1000).toFixed(0)} s`);

  if (record) {
    const recorded = {
      date: new Date().toISOString().slice(0, 10),
      machine,
      rounds: ROUNDS,
      pairRounds: PAIR_ROUNDS,
      forks: FORKS,
      pairWarmup: PAIR_WARMUP,
      seconds: SECONDS,
      connections: CONNECTIONS,
      pinned,
      scenarios: results,
      coldStart: cold,
      inProcess,
    };
    writeFileSync(path.join(__dirname, 'results.json'), `${JSON.stringify(recorded, null, 2)}\n`);
    writeTables(recorded);
    console.log('recorded: bench/results.json, and the tables of README.md and bench/README.md');
  }
}

/** Replaces what is between `<!-- bench:NAME -->` and `<!-- /bench:NAME -->` in a markdown file. */
function replaceBetween(file, name, content) {
  const text = readFileSync(file, 'utf8');
  const open = `<!-- bench:${name} -->`;
  const close = `<!-- /bench:${name} -->`;
  const start = text.indexOf(open);
  const end = text.indexOf(close);
  if (start === -1 || end === -1) throw new Error(`${file} needs the markers ${open} and ${close}`);
  writeFileSync(file, `${text.slice(0, start + open.length)}\n${content}\n${text.slice(end)}`);
}

/** The README's summary and bench/README.md's full tables, from a recorded run. */
function writeTables(recorded) {
  const ratio = (r) =>
    `${r.throughput.toFixed(3)} / ${r.cpu.toFixed(3)}${r.goal === undefined ? '' : Math.min(r.throughput, r.cpu) >= r.goal ? ` (goal ${r.goal}: met)` : ` (goal ${r.goal}: not met)`}`;
  const summary = ['| comparison | body | throughput / CPU per request |', '|---|---|---|'];
  for (const scenario of recorded.scenarios) {
    for (const r of scenario.ratios) summary.push(`| ${r.what} | ${scenario.name} | ${ratio(r)} |`);
  }
  const { coldStart: cold } = recorded;
  summary.push(
    `| cold start: require, a router with all ${cold.commands} commands, the first callback, over \`node -e ''\` | | +${cold.extraMs.toFixed(0)} ms (goal: at most +30 ms) |`,
  );
  // Runs recorded before the rounds went through several processes of each server have no `forks`.
  const processes =
    (recorded.forks ?? 1) > 1 ? `, going in turn through ${recorded.forks} processes of each server` : '';
  const header = `Recorded ${recorded.date} on ${recorded.machine}. Each ratio: the median of ${recorded.pairRounds} rounds of ${recorded.seconds} s with both servers loaded at once on one shared core (${recorded.connections} connections each)${processes}; ratios above 1 favour the package.`;
  replaceBetween(path.join(__dirname, '..', 'README.md'), 'summary', `${header}\n\n${summary.join('\n')}`);

  const full = [header, ''];
  for (const scenario of recorded.scenarios) {
    full.push(`**${scenario.name}** (${scenario.bytes.toLocaleString('en')} bytes)`, '');
    full.push('| | server | req/s | p50 ms | p99 ms | CPU µs/req |', '|---|---|---:|---:|---:|---:|');
    for (const [id, row] of Object.entries(scenario.servers)) {
      full.push(
        `| ${id} | ${servers[id]} | ${Math.round(row.rps).toLocaleString('en')} | ${row.p50.toFixed(1)} | ${row.p99.toFixed(1)} | ${row.cpu.toFixed(1)} |`,
      );
    }
    full.push('');
    for (const r of scenario.ratios)
      full.push(
        `- ${r.ours}/${r.reference}, ${r.what}: throughput ${r.throughput.toFixed(3)}, CPU ${r.cpu.toFixed(3)}${r.goal === undefined ? '' : ` (goal ${r.goal})`}`,
      );
    full.push('');
  }
  full.push(
    `Cold start (median of 21 fresh processes each): \`node -e ''\` ${cold.bareMs.toFixed(1)} ms; the package ${cold.packageMs.toFixed(1)} ms, **+${cold.extraMs.toFixed(1)} ms**: require ${cold.requireMs.toFixed(1)} ms, a router with a listener on every command ${cold.createMs.toFixed(1)} ms, the first callback ${cold.firstMs.toFixed(1)} ms.`,
    '',
    `In-process pipeline (no sockets): ${recorded.inProcess.map((row) => `${row.pairs} pairs ${row.routerMicros.toFixed(1)} µs against a ${row.floorMicros.toFixed(1)} µs floor`).join('; ')}.`,
  );
  replaceBetween(path.join(__dirname, 'README.md'), 'results', full.join('\n'));
}

if (process.argv.includes('--tables')) {
  writeTables(JSON.parse(readFileSync(path.join(__dirname, 'results.json'), 'utf8')));
} else {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
