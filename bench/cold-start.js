// Cold start, for serverless functions and short-lived workers: how much longer a fresh
// process takes when it requires the package, creates a router with a listener on every
// command and answers its first callback, than a bare `node -e ''`. Both are spawned in
// turn, many times; the medians of their wall-clock times are compared.
//
// `node bench/cold-start.js run` is the measured process: it prints how long each step took.
const { spawnSync } = require('node:child_process');
const path = require('node:path');

if (process.argv[2] === 'run') {
  const { performance } = require('node:perf_hooks');
  const { Readable } = require('node:stream');
  const started = performance.now();
  const { computeSign, createCallbackRouter, createNodeHandler } = require(
    path.join(__dirname, '..', 'dist', 'index.js'),
  );
  const required = performance.now();
  const im = createCallbackRouter({ sdkAppId: 1400000000, token: 'cold-token' });
  for (const command of process.env.COLD_START_COMMANDS.split(',')) im.on(command, () => undefined);
  const handle = createNodeHandler(im);
  const created = performance.now();
  const time = Math.floor(Date.now() / 1000);
  const body = JSON.stringify({
    CallbackCommand: 'Sns.CallbackFriendAdd',
    PairList: [{ From_Account: 'alice', To_Account: 'bob', Initiator_Account: 'alice' }],
    ClientCmd: 'friend_add',
  });
  const req = Object.assign(Readable.from([Buffer.from(body)]), {
    method: 'POST',
    url: `/?SdkAppid=1400000000&CallbackCommand=Sns.CallbackFriendAdd&Sign=${computeSign('cold-token', time)}&RequestTime=${time}`,
    headers: { 'content-length': String(body.length) },
    complete: true,
  });
  const res = {
    headersSent: false,
    writableEnded: false,
    statusCode: 200,
    setHeader() {},
    writeHead(status) {
      res.statusCode = status;
      return res;
    },
    end(reply) {
      if (res.statusCode !== 200 || JSON.parse(reply).ActionStatus !== 'OK') throw new Error(`replied ${reply}`);
      const answered = performance.now();
      process.stdout.write(
        JSON.stringify({ requireMs: required - started, createMs: created - required, firstMs: answered - created }),
      );
    },
  };
  void handle(req, res, () => {
    throw new Error('passed on');
  });
} else {
  module.exports = { benchColdStart };
}

/** Every command with a schema: the measured process gets them from here, not from the disk. */
function commandNames() {
  const { readdirSync, readFileSync } = require('node:fs');
  const schemas = path.join(__dirname, '..', 'schemas');
  return readdirSync(schemas, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
    .flatMap((family) =>
      readdirSync(path.join(schemas, family.name)).map(
        (file) => JSON.parse(readFileSync(path.join(schemas, family.name, file), 'utf8'))['x-im'].command,
      ),
    );
}

/**
 * Spawns `node -e ''` and `node bench/cold-start.js run` in turn, `runs` times each.
 *
 * @returns the median wall-clock milliseconds of each, and the medians of the steps
 */
function benchColdStart(runs = 21) {
  const bare = [];
  const loaded = [];
  const steps = [];
  const commands = commandNames();
  const env = { ...process.env, COLD_START_COMMANDS: commands.join(',') };
  const wall = (args) => {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { encoding: 'utf8', env });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${result.stderr}`);
    return { ms, stdout: result.stdout };
  };
  for (let i = 0; i < runs; i++) {
    bare.push(wall(['-e', '']).ms);
    const run = wall([__filename, 'run']);
    loaded.push(run.ms);
    steps.push(JSON.parse(run.stdout));
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return {
    commands: commands.length,
    bareMs: median(bare),
    packageMs: median(loaded),
    // The median of per-pair differences: runs made one after the other share the machine's mood.
    extraMs: median(loaded.map((ms, i) => ms - bare[i])),
    requireMs: median(steps.map((s) => s.requireMs)),
    createMs: median(steps.map((s) => s.createMs)),
    firstMs: median(steps.map((s) => s.firstMs)),
  };
}
