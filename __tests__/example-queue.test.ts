import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import Redis from 'ioredis';
import request from 'supertest';
import { createCallbackRouter } from 'tencent-im-callback';
import { buildCallbackRequest, runCallback, samplePacket } from 'tencent-im-callback/testing';
import { exampleFolder, startExampleServer } from './helpers/example';
import { startRedis, type RunningService } from './helpers/services';

const exampleDir = exampleFolder('queue');
const token = 'queue-token';
const sdkAppId = 1400000000;
// The example keeps no data of its own (Redis holds it all); the helper's folder goes unused.
const startWeb = (redisUrl: string) =>
  startExampleServer('queue', { REDIS_URL: redisUrl, IM_CALLBACK_TOKEN: token }, 'QUEUE_EXAMPLE_UNUSED');

type Web = Awaited<ReturnType<typeof startWeb>>;
interface Callback {
  readonly command: 'C2C.CallbackAfterSendMsg' | 'Sns.CallbackFriendAdd';
  readonly body: object;
}
interface LogLine {
  readonly message: string;
  readonly key?: string;
  /** When the test read the line (Date.now()). */
  readonly readAt?: number;
}

const running: { stop(): Promise<unknown> }[] = [];
afterAll(async () => {
  // Newest first: the processes before the Redis they use. Each stop runs even if another fails.
  for (const service of running.reverse()) await service.stop().catch(() => undefined);
});

/** Starts `thing` and registers its stop for afterAll, whatever happens in the test. */
async function started<T extends { stop(): Promise<unknown> }>(thing: Promise<T>): Promise<T> {
  const service = await thing;
  running.push(service);
  return service;
}

/** Polls `check` until it returns true; throws, saying what it waited for, after 30 s. */
async function until(what: string, check: () => boolean | Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** `npm run worker` in a child process, with its JSON log lines. */
function startWorker(redisUrl: string) {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [path.join(exampleDir, 'worker.js')], {
    env: {
      ...process.env,
      REDIS_URL: redisUrl,
      CONCURRENCY: '8',
      // Long enough that, whenever the worker is killed, jobs are in the middle of their work.
      WORK_MS: '100',
      // BullMQ's defaults (30 s) would keep a killed worker's jobs locked that long before another
      // worker takes them; a short lock and check bring them back within about a second.
      LOCK_DURATION_MS: '1000',
      STALLED_INTERVAL_MS: '500',
    },
  });
  const log: LogLine[] = [];
  let buffered = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (buffered + chunk).split('\n');
    buffered = parts.pop() ?? '';
    for (const line of parts) log.push({ ...(JSON.parse(line) as LogLine), readAt: Date.now() });
  });
  child.stderr.pipe(process.stderr);
  // 'close', not 'exit': by then every line it wrote has been read.
  const exited = new Promise((resolve) => child.once('close', resolve));
  const keysLogged = (message: string) => new Set(log.filter((line) => line.message === message).map((l) => l.key));
  /** Jobs whose work began at most `ms` ago and has not finished: WORK_MS is far longer. */
  const justBegun = (ms: number) => {
    const applied = keysLogged('applied');
    const since = Date.now() - ms;
    return log.filter((line) => line.message === 'processing' && (line.readAt ?? 0) >= since && !applied.has(line.key));
  };
  return {
    log,
    keysLogged,
    justBegun,
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The events' keys by the package's own rules: a router of this package run on each callback. */
async function expectedKeys(callbacks: readonly Callback[]): Promise<Set<string>> {
  const keys = new Set<string>();
  const im = createCallbackRouter({ sdkAppId, token });
  im.on('C2C.CallbackAfterSendMsg', (event) => void keys.add(event.key));
  im.on('Sns.CallbackFriendAdd', (event) => void keys.add(event.key));
  for (const { command, body } of callbacks) await runCallback(im, { command, sdkAppId, token, body });
  return keys;
}

function send(web: Web, { command, body }: Callback) {
  const cb = buildCallbackRequest({ command, sdkAppId, token, body });
  return request(web.base).post(cb.url).set(cb.headers).send(cb.body);
}

const enqueuedKeys = (web: Web) =>
  web.lines
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LogLine)
    .filter((line) => line.message === 'enqueued')
    .map((line) => line.key);

describe('the queue example', () => {
  let redisServer: RunningService;
  let redis: Redis;
  let web: Web;

  beforeAll(async () => {
    redisServer = await started(startRedis());
    redis = new Redis(redisServer.url);
    running.push({ stop: async () => redis.disconnect() });
    web = await started(startWeb(redisServer.url));
  });

  it('answers at once, and processes every event exactly once by event.key across a killed worker', async () => {
    // 300 distinct callbacks of two commands (keys from MsgKey, and from a digest of the body),
    // every tenth delivered twice, as IM may.
    const callbacks: Callback[] = Array.from({ length: 300 }, (_, i) =>
      i % 3 === 2
        ? {
            command: 'Sns.CallbackFriendAdd',
            body: samplePacket('Sns.CallbackFriendAdd', { from: `u${i}`, to: ['v'] }),
          }
        : {
            command: 'C2C.CallbackAfterSendMsg',
            body: { ...samplePacket('C2C.CallbackAfterSendMsg'), MsgKey: `${i}_2837546_1557481126` },
          },
    );
    const deliveries = [...callbacks, ...callbacks.filter((_, i) => i % 10 === 0)];
    const expected = await expectedKeys(callbacks);
    expect(expected.size).toBe(300);

    // No worker runs yet: every reply comes from the web process alone, once Redis has the job.
    for (let i = 0; i < deliveries.length; i += 30) {
      const replies = await Promise.all(deliveries.slice(i, i + 30).map((callback) => send(web, callback)));
      for (const reply of replies) expect(reply.body).toEqual({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' });
    }
    // Each line is written before its reply, but read from the pipe a little later.
    await until('the web process to log every delivery', () => enqueuedKeys(web).length === deliveries.length);
    expect(new Set(enqueuedKeys(web))).toEqual(expected);
    // The job id made each second delivery a no-op: one job per event.
    expect(await redis.keys('bull:im-callbacks:im-*')).toHaveLength(300);

    const first = startWorker(redisServer.url);
    running.push(first);
    // Killed when jobs have just begun their 100 ms of work: not in the moment between one batch
    // finishing and the next beginning, where a kill would interrupt nothing.
    await until(
      'the first worker to process some events and begin more',
      async () => (await redis.llen('processed')) >= 40 && first.justBegun(30).length > 0,
    );
    await first.kill();
    const atKill = await redis.llen('processed');
    expect(atKill).toBeLessThan(300);
    // The jobs it was working on when it died: begun, never finished.
    const applied = first.keysLogged('applied');
    const interrupted = [...first.keysLogged('processing')].filter((key) => !applied.has(key));
    expect(interrupted.length).toBeGreaterThan(0);

    const second = startWorker(redisServer.url);
    running.push(second);
    await until('every event to be processed', async () => (await redis.scard('processed:keys')) === 300);
    // The killed worker's jobs came back to the queue once their locks lapsed, and ran again.
    for (const key of interrupted) expect(second.keysLogged('processing')).toContain(key);

    const processed = await redis.lrange('processed', 0, -1);
    expect(processed).toHaveLength(300);
    expect(new Set(processed)).toEqual(expected);
    const counts = await redis.hgetall('processed:count');
    expect(Object.keys(counts)).toHaveLength(300);
    expect(Object.values(counts).every((count) => count === '1')).toBe(true);
    // No attempt threw, and no job stalled twice (BullMQ would have failed it).
    expect([...first.log, ...second.log].filter((line) => line.message === 'attempt failed')).toEqual([]);
    await second.stop(); // SIGTERM: the worker closes and exits by itself
  });

  it('applies the effect once however often, and however concurrently, a job runs', async () => {
    // The worker's own step, on a database of its own so the lists above are untouched.
    const { applyOnce } = createRequire(__filename)(path.join(exampleDir, 'effect.js')) as {
      applyOnce(client: Redis, key: string): Promise<boolean>;
    };
    const db = new Redis(redisServer.url, { db: 1 });
    try {
      const key = 'C2C.CallbackAfterSendMsg:MsgKey=again';
      const runs = await Promise.all(Array.from({ length: 20 }, () => applyOnce(db, key)));
      expect(runs.filter(Boolean)).toHaveLength(1);
      expect(await applyOnce(db, key)).toBe(false);
      expect(await db.lrange('processed', 0, -1)).toEqual([key]);
      expect(await db.hget('processed:count', key)).toBe('1');
    } finally {
      db.disconnect();
    }
  });

  it('answers FAIL at once, and logs the event, when Redis is down', async () => {
    const lost = await started(startRedis()); // stopping it twice is harmless
    const web2 = await started(startWeb(lost.url));
    const callback: Callback = {
      command: 'C2C.CallbackAfterSendMsg',
      body: { ...samplePacket('C2C.CallbackAfterSendMsg'), MsgKey: 'while_redis_is_down' },
    };
    expect((await send(web2, callback)).body.ActionStatus).toBe('OK');

    await lost.stop();
    const reply = await send(web2, callback);
    // The listener's own failure, not the router's 1.5 s timeout: queue.add did not wait for Redis.
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ ActionStatus: 'FAIL', ErrorCode: 1, ErrorInfo: 'a callback listener failed' });
    const lines = await web2.waitFor((line) => line.includes('"not enqueued"'));
    const logged = lines.filter((line) => line.includes('"not enqueued"')).map((line) => JSON.parse(line) as LogLine);
    expect(logged).toEqual([
      expect.objectContaining({ key: 'C2C.CallbackAfterSendMsg:MsgKey=while_redis_is_down', level: 'error' }),
    ]);
  });
});
