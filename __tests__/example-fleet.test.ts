import { buildCallbackRequest, samplePacket } from 'tencent-im-callback/testing';
import { startExampleServer } from './helpers/example';
import { startPostgres, startRedis, type RunningService } from './helpers/services';

const sdkAppId = 1400000000;
const token = 'fleet-token';
const users = ['ann', 'ben', 'cat', 'dan', 'eve', 'fay'] as const;
type Command =
  'Sns.CallbackFriendAdd' | 'Sns.CallbackFriendDelete' | 'Sns.CallbackBlackListAdd' | 'Sns.CallbackBlackListDelete';
const commands: readonly Command[] = [
  'Sns.CallbackFriendAdd',
  'Sns.CallbackFriendDelete',
  'Sns.CallbackBlackListAdd',
  'Sns.CallbackBlackListDelete',
];
/** The command that undoes each one. */
const undoneBy: Record<Command, Command> = {
  'Sns.CallbackFriendAdd': 'Sns.CallbackFriendDelete',
  'Sns.CallbackFriendDelete': 'Sns.CallbackFriendAdd',
  'Sns.CallbackBlackListAdd': 'Sns.CallbackBlackListDelete',
  'Sns.CallbackBlackListDelete': 'Sns.CallbackBlackListAdd',
};

type Example = Awaited<ReturnType<typeof startExampleServer>>;
interface Callback {
  readonly command: Command;
  readonly from: string;
  readonly to: readonly string[];
  readonly body: object;
}
interface Delivery {
  readonly callback: Callback;
  /** Which instance it is sent to: 0 or 1. */
  readonly instance: number;
  readonly duplicate: boolean;
}
type Graph = Record<string, { userId: string; friends: string[]; blocked: string[] }>;

/** mulberry32: a small seeded generator, so every run sends the same callbacks. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` distinct callbacks (each its own EventTime) over a few users, so that adds and deletes
 * of the same pairs interleave, sent alternately to the two instances; and duplicates of some,
 * each to the other instance, later: some after a random number of others, some right after the
 * first callback that undoes them (where processing the duplicate would change the graph).
 */
function schedule(count: number, seed: number): Delivery[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const callbacks: Callback[] = [];
  for (let i = 0; i < count; i++) {
    const command = pick(commands);
    const from = pick(users);
    const others = users.filter((user) => user !== from);
    const to: string[] = [];
    const wanted = 1 + Math.floor(random() * 3);
    while (to.length < wanted) {
      const user = pick(others);
      if (!to.includes(user)) to.push(user);
    }
    const body = { ...samplePacket(command, { from, to, count: to.length }), EventTime: 1_700_000_000_000 + i };
    callbacks.push({ command, from, to, body });
  }

  // The duplicates to send after each original, by the original's position.
  const after: number[][] = callbacks.map(() => []);
  callbacks.forEach((callback, i) => {
    const roll = random();
    if (roll < 0.1) {
      after[Math.min(count - 1, i + 1 + Math.floor(random() * 100))]?.push(i);
    } else if (roll < 0.25) {
      const undo = callbacks.findIndex(
        (later, j) =>
          j > i &&
          later.command === undoneBy[callback.command] &&
          later.from === callback.from &&
          later.to.some((user) => callback.to.includes(user)),
      );
      if (undo !== -1) after[undo]?.push(i);
    }
  });

  const deliveries: Delivery[] = [];
  callbacks.forEach((callback, i) => {
    deliveries.push({ callback, instance: i % 2, duplicate: false });
    for (const original of after[i] ?? []) {
      deliveries.push({ callback: callbacks[original] as Callback, instance: 1 - (original % 2), duplicate: true });
    }
  });
  return deliveries;
}

/**
 * The graph the example should show after `callbacks`, applied in order, and how many of them
 * changed it when they were applied.
 */
function applyAll(callbacks: readonly Callback[]): { graph: Graph; changes: number[] } {
  const friends = new Set<string>();
  const blocks = new Set<string>();
  const changes = callbacks.map(({ command, from, to }) => {
    const set = command.includes('BlackList') ? blocks : friends;
    const adds = command.endsWith('Add');
    let changed = 0;
    for (const user of to) {
      const pair = `${from} ${user}`;
      if (set.has(pair) !== adds) changed++;
      if (adds) set.add(pair);
      else set.delete(pair);
    }
    return changed;
  });
  const of = (set: Set<string>, user: string) =>
    [...set]
      .map((pair) => pair.split(' '))
      .filter(([owner]) => owner === user)
      .map(([, other]) => other as string)
      .sort();
  const graph: Graph = {};
  for (const user of users) graph[user] = { userId: user, friends: of(friends, user), blocked: of(blocks, user) };
  return { graph, changes };
}

async function send(base: string, command: string, body: object): Promise<Record<string, unknown>> {
  const cb = buildCallbackRequest({ command, sdkAppId, token, body });
  const response = await fetch(`${base}${cb.url}`, { method: 'POST', headers: cb.headers, body: cb.body });
  return { status: response.status, ...((await response.json()) as Record<string, unknown>) };
}

async function graphOf(example: Example): Promise<Graph> {
  const graph: Graph = {};
  for (const user of users)
    graph[user] = (await (await fetch(`${example.base}/friends/${user}`)).json()) as Graph[string];
  return graph;
}

/**
 * Every line the example printed up to now. The example logs each request to its callback path
 * with the CallbackCommand it named, once answered; a marker request's line comes after every
 * line printed before it, on the same pipe.
 */
let markers = 0;
async function linesSoFar(example: Example): Promise<string[]> {
  const marker = `Fleet.Marker${++markers}`;
  await fetch(`${example.base}/im/callback?SdkAppid=${sdkAppId}&CallbackCommand=${marker}`, {
    method: 'POST',
    body: '{}',
  });
  await example.waitFor((line) => line.includes(`"command":"${marker}"`));
  return example.lines;
}

describe('the examples on PostgreSQL and Redis, as a fleet', () => {
  let postgres: RunningService | undefined;
  let redis: RunningService | undefined;
  const started: Example[] = [];
  const startFriendGraph = () =>
    startExampleServer(
      'friend-graph',
      { DATABASE_URL: postgres?.url ?? '', REDIS_URL: redis?.url ?? '', IM_CALLBACK_TOKEN: token },
      'FRIEND_GRAPH_DATA',
    );

  // Both instances start at once on an empty database: their schema creations race.
  beforeAll(async () => {
    const services = await Promise.allSettled([startPostgres(), startRedis()]);
    [postgres, redis] = services.map((service) => (service.status === 'fulfilled' ? service.value : undefined));
    for (const service of services) if (service.status === 'rejected') throw service.reason;
    const instances = await Promise.allSettled([startFriendGraph(), startFriendGraph()]);
    for (const instance of instances) if (instance.status === 'fulfilled') started.push(instance.value);
    for (const instance of instances) if (instance.status === 'rejected') throw instance.reason;
  }, 120_000);

  // Whatever failed, everything started is stopped: the servers, then the databases.
  afterAll(async () => {
    await Promise.allSettled(started.map((example) => example.stop()));
    await Promise.allSettled([postgres?.stop(), redis?.stop()]);
  }, 120_000);

  it('says which database it uses and that dedupe is on, without the password', () => {
    const banner = (started[0] as Example).lines.join('\n');
    expect(banner).toContain(`database:     ${postgres?.url ?? ''} (PostgreSQL)`);
    expect(banner).toContain(`dedupe:       on, in Redis at ${redis?.url ?? ''}`);
    expect(banner).not.toContain(token);
  });

  it('two instances mirror 2,000 callbacks with late duplicates into the same graph, processing each once', async () => {
    const [first, second] = started as [Example, Example];
    const deliveries = schedule(2000, 20240601);
    const originals = deliveries.filter((delivery) => !delivery.duplicate).map((delivery) => delivery.callback);
    const duplicates = deliveries.filter((delivery) => delivery.duplicate);
    const expected = applyAll(originals).graph;
    // The test proves something only if processing the duplicates would have shown.
    const naive = applyAll(deliveries.map((delivery) => delivery.callback));
    const harmfulDuplicates = deliveries.filter((delivery, i) => delivery.duplicate && (naive.changes[i] ?? 0) > 0);
    expect(originals).toHaveLength(2000);
    expect(duplicates.length).toBeGreaterThan(200);
    expect(harmfulDuplicates.length).toBeGreaterThan(50);
    expect(naive.graph).not.toEqual(expected);

    const before = [first.lines.length, second.lines.length];
    const unexpectedReplies: unknown[] = [];
    for (const { callback, instance, duplicate } of deliveries) {
      const reply = await send((instance === 0 ? first : second).base, callback.command, callback.body);
      if (reply.status !== 200 || reply.ActionStatus !== 'OK') unexpectedReplies.push({ duplicate, reply });
    }
    expect(unexpectedReplies).toEqual([]);

    expect(await graphOf(first)).toEqual(expected);
    expect(await graphOf(second)).toEqual(expected);

    // The router logs each duplicate it answered without running the listeners; each duplicate
    // went to the instance that had not seen the original, so each instance counts its own.
    const suppressed = await Promise.all(
      [first, second].map(async (example, i) =>
        (await linesSoFar(example)).slice(before[i]).filter((line) => line.includes('delivered again')),
      ),
    );
    expect(suppressed.map((lines) => lines.length)).toEqual([
      duplicates.filter((delivery) => delivery.instance === 0).length,
      duplicates.filter((delivery) => delivery.instance === 1).length,
    ]);
    expect(suppressed[0]?.[0]).toMatch(/"level":"info".*Sns\.Callback\w+.*sha256=[0-9a-f]{64}/);
  }, 120_000);

  it('the moderation example archives a message delivered twice once, in PostgreSQL', async () => {
    // Without REDIS_URL: here the archive's primary key, event.key, is what keeps one row. The
    // server accepts any password (trust authentication), so the banner can show it is masked.
    const url = (postgres as RunningService).url.replace('postgres@', 'postgres:fleet-secret@');
    const moderation = await startExampleServer(
      'moderation',
      { DATABASE_URL: url, IM_CALLBACK_TOKEN: token },
      'MODERATION_DATA',
    );
    try {
      const banner = moderation.lines.join('\n');
      expect(banner).toContain(`database:     ${url.replace('fleet-secret', '****')} (PostgreSQL)`);
      expect(banner).toContain('dedupe:       off');
      expect(banner).not.toContain('fleet-secret');

      const text = [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'hello from the fleet' } }];
      const delivered = {
        ...samplePacket('C2C.CallbackAfterSendMsg', { from: 'zoe', to: ['yan'] }),
        MsgKey: 'fleet-1',
        MsgBody: text,
      };
      expect(await send(moderation.base, 'C2C.CallbackAfterSendMsg', delivered)).toMatchObject({ ActionStatus: 'OK' });
      expect(await send(moderation.base, 'C2C.CallbackAfterSendMsg', delivered)).toMatchObject({ ActionStatus: 'OK' });
      const archive = (await (await fetch(`${moderation.base}/messages`)).json()) as { id: string }[];
      expect(archive).toEqual([
        {
          id: 'C2C.CallbackAfterSendMsg:MsgKey=fleet-1',
          kind: 'c2c',
          sender: 'zoe',
          recipient: 'yan',
          text: 'hello from the fleet',
        },
      ]);
    } finally {
      await moderation.stop();
    }
  }, 120_000);
});
