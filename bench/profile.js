// `npm run bench:profile -- [server] [pairs] [seconds]`: one benchmark server under
// `node --cpu-prof` and autocannon load, then the functions with the most self time in its
// profile. Defaults: server D (createNodeHandler), 3 pairs, 8 seconds. The profile is left in
// .tmp/profiles/ for Chrome's DevTools or speedscope.
const { spawn, spawnSync } = require('node:child_process');
const os = require('node:os');
const { mkdirSync, readdirSync, readFileSync, rmSync } = require('node:fs');
const path = require('node:path');
const autocannon = require('autocannon');
const { beforeSend, friendAdd, githubEvent } = require('./servers/common');

const [id = 'D', pairs = '3', seconds = '8'] = process.argv.slice(2);
const files = { A: 'a-express-json.js', B: 'b-express-router.js', C: 'c-node-json.js', D: 'd-node-handler.js' };
Object.assign(files, {
  E: 'e-fetch-json.js',
  F: 'f-fetch-handler.js',
  G: 'g-octokit.js',
  H: 'h-node-decision.js',
  I: 'i-node-decision-handler.js',
});
const root = path.join(__dirname, '..');
const dir = path.join(root, '.tmp', 'profiles', `${id}-${pairs}`);

async function main() {
  const file = files[id];
  if (file === undefined) throw new Error(`no server ${id}: one of ${Object.keys(files).join(', ')}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // As in the benchmark: the load generator on the first core, the server on the last.
  const cores = os.cpus().length;
  const pinned =
    cores >= 2 && spawnSync('taskset', ['-cp', '0', String(process.pid)], { stdio: 'ignore' }).status === 0;
  const args = ['--cpu-prof', `--cpu-prof-dir=${dir}`, path.join(__dirname, 'servers', file)];
  const child = spawn(
    pinned ? 'taskset' : process.execPath,
    pinned ? ['-c', String(cores - 1), process.execPath, ...args] : args,
    { stdio: ['ignore', 'pipe', 'inherit', 'ipc'], env: { ...process.env, BENCH_EXIT_ON_SIGNAL: '1' } },
  );
  const port = await new Promise((resolve) => {
    child.stdout.on('data', (data) => {
      const match = /listening (\d+)/.exec(String(data));
      if (match) resolve(Number(match[1]));
    });
  });
  const request =
    id === 'H' || id === 'I' ? beforeSend() : id === 'G' ? githubEvent(Number(pairs)) : friendAdd(Number(pairs));
  const result = await autocannon({
    url: `http://127.0.0.1:${port}${request.url}`,
    method: 'POST',
    headers: request.headers,
    body: request.body,
    connections: 16,
    duration: Number(seconds),
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
  console.log(`${id}, ${pairs} pairs: ${Math.round(result.requests.average)} req/s, ${result.non2xx} non-2xx`);
  summarize(path.join(dir, readdirSync(dir)[0]), result.requests.total);
}

/** Self time by function, the top 25, as shares of all samples. */
function summarize(file, requests) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const counts = new Map();
  for (const sample of profile.samples) counts.set(sample, (counts.get(sample) ?? 0) + 1);
  const self = new Map();
  for (const [nodeId, count] of counts) {
    const { callFrame } = byId.get(nodeId);
    const where = callFrame.url
      ? `${path.relative(root, callFrame.url.replace('file://', ''))}:${callFrame.lineNumber + 1}`
      : '';
    const name = `${callFrame.functionName || '(anonymous)'} ${where}`.trim();
    self.set(name, (self.get(name) ?? 0) + count);
  }
  const total = profile.samples.length;
  // Samples are about a millisecond of the main thread each; what is not idle is work.
  const busy = total - (self.get('(idle)') ?? 0);
  const micros = (profile.endTime - profile.startTime) * (busy / total);
  console.log(
    `${total} samples, ${((100 * busy) / total).toFixed(0)} % busy: ${(micros / requests).toFixed(1)} µs of the main thread a request; self time:`,
  );
  for (const [name, count] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
    console.log(`${((100 * count) / total).toFixed(1).padStart(6)} %  ${name}`);
  }
  console.log(`profile: ${path.relative(root, file)}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
