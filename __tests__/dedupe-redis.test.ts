import { spawn } from 'node:child_process';
import path from 'node:path';
import Redis from 'ioredis';
import { redisDedupeStore } from 'tencent-im-callback';
import { buildCallbackRequest, samplePacket } from 'tencent-im-callback/testing';
import { eventKey } from '../lib/commands/event-key';
import { builtFile } from './helpers/built';
import { startRedis, type RunningService } from './helpers/services';

const token = 'fleet-token';

let redisServer: RunningService;
let redis: Redis;

beforeAll(async () => {
  redisServer = await startRedis();
  redis = new Redis(redisServer.url);
});
afterAll(async () => {
  redis.disconnect();
  await redisServer.stop();
});

describe('redisDedupeStore on a real Redis', () => {
  it('grants a key once, until its TTL ends, under its prefix', async () => {
    const store = redisDedupeStore(redis, { prefix: 'test:' });
    expect(await store.claim('C2C.CallbackAfterSendMsg:MsgKey=1', 60_000)).toBe(true);
    expect(await store.claim('C2C.CallbackAfterSendMsg:MsgKey=1', 60_000)).toBe(false);
    expect(await store.claim('C2C.CallbackAfterSendMsg:MsgKey=2', 60_000)).toBe(true);
    const ttl = await redis.pttl('test:C2C.CallbackAfterSendMsg:MsgKey=1');
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(60_000);
  });

  it('claims again once the TTL has passed', async () => {
    const store = redisDedupeStore(redis);
    expect(await store.claim('short', 50)).toBe(true);
    expect(await store.claim('short', 50)).toBe(false);
    // Redis expires the key itself; poll rather than guess how late.
    while ((await redis.exists('tencent-im-callback:seen:short')) === 1) await new Promise((r) => setTimeout(r, 20));
    expect(await store.claim('short', 50)).toBe(true);
  });

  it('lets only one of many simultaneous claims of a key win', async () => {
    const clients = [new Redis(redisServer.url), new Redis(redisServer.url)];
    try {
      const stores = clients.map((client) => redisDedupeStore(client));
      const claims = await Promise.all(Array.from({ length: 50 }, (_, i) => stores[i % 2]?.claim('contended', 60_000)));
      expect(claims.filter(Boolean)).toHaveLength(1);
    } finally {
      for (const client of clients) client.disconnect();
    }
  });
});

/** An app instance in its own process (fixtures/dedupe-instance.cjs), sharing the Redis. */
async function startInstance(name: string) {
  const child = spawn(
    process.execPath,
    [path.join(__dirname, 'fixtures', 'dedupe-instance.cjs'), builtFile('index.js')],
    {
      env: { ...process.env, REDIS_URL: redisServer.url, INSTANCE: name, TOKEN: token },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let errors = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
  const base = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      const found = /listening on (http:\/\/\S+)/.exec(output);
      if (found?.[1] !== undefined) resolve(found[1]);
    });
    child.once('exit', (code) => reject(new Error(`instance ${name} exited with ${String(code)}: ${errors}`)));
  });
  return {
    base,
    errors: () => errors,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

describe('two instances in two processes sharing one Redis', () => {
  it('run the listeners of a callback sent to both exactly once in total, 1,000 times over', async () => {
    const instances = await Promise.all([startInstance('a'), startInstance('b')]);
    try {
      // Half one-to-one messages (keyed by MsgKey), half friend adds (keyed by a body digest).
      const callbacks = Array.from({ length: 1000 }, (_, i) => {
        if (i % 2 === 0) {
          const body = { ...samplePacket('C2C.CallbackAfterSendMsg'), MsgKey: `fleet_${i}`, MsgSeq: i };
          return { command: 'C2C.CallbackAfterSendMsg', body };
        }
        const body = { ...samplePacket('Sns.CallbackFriendAdd', { from: `user${i}`, to: ['bob'] }), EventTime: i };
        return { command: 'Sns.CallbackFriendAdd', body };
      });
      const replies: unknown[] = [];
      // Ten at a time, each to both instances at once, so the two race for every claim.
      for (let start = 0; start < callbacks.length; start += 10) {
        await Promise.all(
          callbacks.slice(start, start + 10).flatMap(({ command, body }) => {
            const cb = buildCallbackRequest({ command, sdkAppId: 1400000000, token, body });
            return instances.map(async ({ base }) => {
              const response = await fetch(`${base}${cb.url}`, { method: 'POST', headers: cb.headers, body: cb.body });
              replies.push(await response.json());
            });
          }),
        );
      }
      expect(replies).toHaveLength(2000);
      expect(new Set(replies.map((reply) => JSON.stringify(reply)))).toEqual(
        new Set([JSON.stringify({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' })]),
      );

      const keys = callbacks.map(({ command, body }) =>
        eventKey(command, body, command === 'C2C.CallbackAfterSendMsg' ? ['MsgKey'] : undefined),
      );
      expect(keys[0]).toBe('C2C.CallbackAfterSendMsg:MsgKey=fleet_0');
      expect(new Set(keys).size).toBe(1000);
      const runs = await redis.mget(keys.map((key) => `runs:${key}`));
      expect(runs.filter((count) => count !== '1')).toEqual([]);
      const [ranByA, ranByB] = (await redis.mget('ran-by:a', 'ran-by:b')).map(Number);
      expect((ranByA ?? 0) + (ranByB ?? 0)).toBe(1000);
      // Both instances won claims: the race this test is about did happen.
      expect(ranByA).toBeGreaterThan(0);
      expect(ranByB).toBeGreaterThan(0);
      expect(instances.map((instance) => instance.errors())).toEqual(['', '']);
    } finally {
      await Promise.all(instances.map((instance) => instance.stop()));
    }
  }, 120_000);
});
