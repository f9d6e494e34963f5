import { createHash } from 'node:crypto';
import {
  createCallbackRouter,
  DedupeStoreError,
  memoryDedupeStore,
  redisDedupeStore,
  type CallbackRouterOptions,
  type DedupeStore,
} from 'tencent-im-callback';
import { runCallback, samplePacket } from 'tencent-im-callback/testing';
import { canonicalJson, eventKey } from '../lib/commands/event-key';
import { KNOWN_COMMANDS, specOf } from '../lib/commands/registry';
import { SDK_APP_ID } from './helpers/callback-request';
import { recordingLogger } from './helpers/app';

const OK = { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' };
const token = 'dedupe-token';

function router(options: Partial<CallbackRouterOptions> = {}) {
  return createCallbackRouter({ sdkAppId: SDK_APP_ID, token, logger: recordingLogger(), ...options });
}

/** The key of the event a router builds for `body`, as a listener sees it. */
async function keyOf(command: string, body: unknown): Promise<string> {
  let key = '';
  // unhandled: 'ack' so that onAny (which claims no command) sees every command.
  const im = router({ unhandled: 'ack' }).onAny((event) => {
    key = event.key;
  });
  const run = await runCallback(im, { command, sdkAppId: SDK_APP_ID, token, body });
  expect(run.status).toBe(200);
  return key;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('event.key', () => {
  const keyed = KNOWN_COMMANDS.filter((command) => specOf(command).key !== undefined);
  const digested = KNOWN_COMMANDS.filter((command) => specOf(command).key === undefined);

  it.each(keyed)('%s: the command and the fields its docs identify it by', async (command) => {
    const body = samplePacket(command) as unknown as Record<string, unknown>;
    const fields = (specOf(command).key ?? []).filter((field) => !field.endsWith('?') || field.slice(0, -1) in body);
    const expected = `${command}:${fields
      .map((field) => field.replace(/\?$/, ''))
      .map((name) => `${name}=${encodeURIComponent(String(body[name]))}`)
      .join('&')}`;
    expect(await keyOf(command, body)).toBe(expected);
  });

  it.each(digested)('%s: the command and a digest of its canonical body', async (command) => {
    const body = samplePacket(command);
    expect(await keyOf(command, body)).toBe(`${command}:sha256=${sha256(canonicalJson(body))}`);
  });

  it('gives a one-to-one message its MsgKey, escaped', async () => {
    const body = { ...samplePacket('C2C.CallbackAfterSendMsg'), MsgKey: '48374_2837546_1557481126' };
    expect(await keyOf('C2C.CallbackAfterSendMsg', body)).toBe(
      'C2C.CallbackAfterSendMsg:MsgKey=48374_2837546_1557481126',
    );
    const odd = { ...body, MsgKey: 'a&b=c d' };
    expect(await keyOf('C2C.CallbackAfterSendMsg', odd)).toBe('C2C.CallbackAfterSendMsg:MsgKey=a%26b%3Dc%20d');
  });

  it('gives a group message its GroupId and MsgSeq, and its TopicId in a community', async () => {
    const body = { ...samplePacket('Group.CallbackAfterSendMsg'), GroupId: '@TGS#2J4SZEAEL', MsgSeq: 123 };
    delete (body as { TopicId?: string }).TopicId;
    expect(await keyOf('Group.CallbackAfterSendMsg', body)).toBe(
      'Group.CallbackAfterSendMsg:GroupId=%40TGS%232J4SZEAEL&MsgSeq=123',
    );
    const inTopic = { ...body, TopicId: '@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_TestTopic' };
    expect(await keyOf('Group.CallbackAfterSendMsg', inTopic)).toBe(
      `Group.CallbackAfterSendMsg:GroupId=%40TGS%232J4SZEAEL&TopicId=${encodeURIComponent(inTopic.TopicId)}&MsgSeq=123`,
    );
  });

  it('falls back on the digest when an identifying field is missing or not a plain value', () => {
    // The schemas require the fields they key on, so this is eventKey's own guard.
    const body = { MsgKey: { nested: true }, Other: 1 };
    const digest = `C2C.CallbackAfterSendMsg:sha256=${sha256(canonicalJson(body))}`;
    expect(eventKey('C2C.CallbackAfterSendMsg', body, ['MsgKey'])).toBe(digest);
    expect(eventKey('C2C.CallbackAfterSendMsg', body, ['MsgSeq'])).toBe(digest);
    expect(eventKey('C2C.CallbackAfterSendMsg', body, ['Other', 'TopicId?'])).toBe('C2C.CallbackAfterSendMsg:Other=1');
    expect(eventKey('C2C.CallbackAfterSendMsg', body, ['MsgKey.nested?'])).toBe(digest);
    expect(eventKey('X.Y', { a: { b: 'c' } }, ['a.b'])).toBe('X.Y:a.b=c');
  });

  it('is the same however the body orders its keys, and differs when the content does', async () => {
    const body = samplePacket('Sns.CallbackFriendAdd', { count: 2 });
    const reversed = Object.fromEntries(Object.entries(body).reverse());
    const text = JSON.stringify(reversed);
    expect(text).not.toBe(JSON.stringify(body));
    const key = await keyOf('Sns.CallbackFriendAdd', body);
    expect(await keyOf('Sns.CallbackFriendAdd', text)).toBe(key);
    expect(await keyOf('Sns.CallbackFriendAdd', { ...body, EventTime: 1 })).not.toBe(key);
  });

  it('is given to commands the package does not know, from the body', async () => {
    const body = { Some: 'thing', Nested: { b: 1, a: [true, null] } };
    expect(await keyOf('Future.CallbackSomething', body)).toBe(
      `Future.CallbackSomething:sha256=${sha256('{"Nested":{"a":[true,null],"b":1},"Some":"thing"}')}`,
    );
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth and writes what JSON.stringify writes otherwise', () => {
    const value = { b: [{ z: 1, y: 'é"\n' }, 2.5, false, null], a: {} };
    expect(canonicalJson(value)).toBe('{"a":{},"b":[{"y":"é\\"\\n","z":1},2.5,false,null]}');
    expect(JSON.parse(canonicalJson(value))).toEqual(value);
  });

  it('writes what another parser might leave, rather than throwing', () => {
    expect(canonicalJson({ big: 12345678901234567890n, gone: undefined })).toBe(
      '{"big":"bigint:12345678901234567890","gone":"undefined"}',
    );
  });

  it('survives a body nested 100,000 levels deep', () => {
    let deep: unknown = 0;
    for (let i = 0; i < 100_000; i++) deep = i % 2 === 0 ? [deep] : { d: deep };
    const text = canonicalJson(deep);
    expect(text.length).toBe(100_000 * 6 + 1 - 50_000 * 4);
  });
});

describe('memoryDedupeStore', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('grants a key once until its TTL ends', async () => {
    jest.useFakeTimers({ now: 1_000_000 });
    const store = memoryDedupeStore();
    expect(await store.claim('k', 1000)).toBe(true);
    expect(await store.claim('k', 1000)).toBe(false);
    jest.setSystemTime(1_000_999);
    expect(await store.claim('k', 1000)).toBe(false);
    jest.setSystemTime(1_001_000);
    expect(await store.claim('k', 1000)).toBe(true);
  });

  it('keeps at most max keys, forgetting the oldest claim first', async () => {
    const store = memoryDedupeStore({ max: 2 });
    for (const key of ['a', 'b', 'c']) expect(await store.claim(key, 60_000)).toBe(true);
    expect(await store.claim('b', 60_000)).toBe(false);
    expect(await store.claim('c', 60_000)).toBe(false);
    expect(await store.claim('a', 60_000)).toBe(true); // forgotten when c came
  });

  it.each([0, -1, 1.5, Number.NaN, '10'])('refuses max %p', (max) => {
    expect(() => memoryDedupeStore({ max: max as number })).toThrow(
      /memoryDedupeStore\(\) needs max to be a positive whole number/,
    );
  });
});

describe('redisDedupeStore', () => {
  it('sends one SET key 1 PX ttl NX under the prefix, and reads OK as a first claim', async () => {
    const set = jest.fn<Promise<'OK' | null>, [string, string, 'PX', number, 'NX']>();
    set.mockResolvedValueOnce('OK').mockResolvedValueOnce(null);
    const store = redisDedupeStore({ set });
    expect(await store.claim('C2C.CallbackAfterSendMsg:MsgKey=1', 3_600_000)).toBe(true);
    expect(await store.claim('C2C.CallbackAfterSendMsg:MsgKey=1', 0.4)).toBe(false);
    expect(set.mock.calls).toEqual([
      ['tencent-im-callback:seen:C2C.CallbackAfterSendMsg:MsgKey=1', '1', 'PX', 3_600_000, 'NX'],
      ['tencent-im-callback:seen:C2C.CallbackAfterSendMsg:MsgKey=1', '1', 'PX', 1, 'NX'],
    ]);
  });

  it.each([undefined, null, {}, { set: 'no' }])('refuses %p as a client', (client) => {
    expect(() => redisDedupeStore(client as never)).toThrow(/redisDedupeStore\(\) needs a Redis client/);
  });
});

describe('the dedupe option', () => {
  const friendAdd = samplePacket('Sns.CallbackFriendAdd', { count: 2 });
  const send = (im: ReturnType<typeof router>, command = 'Sns.CallbackFriendAdd', body: unknown = friendAdd) =>
    runCallback(im, { command, sdkAppId: SDK_APP_ID, token, body });

  it('answers an after-callback delivered again OK without running the listeners, and says so', async () => {
    const logger = recordingLogger();
    const onDuplicate = jest.fn();
    const listener = jest.fn();
    const im = router({ logger, dedupe: { store: memoryDedupeStore(), onDuplicate } }).on(
      'Sns.CallbackFriendAdd',
      listener,
    );
    expect((await send(im)).reply).toEqual(OK);
    expect((await send(im)).reply).toEqual(OK);
    expect(listener).toHaveBeenCalledTimes(1);
    const key = (listener.mock.calls[0] as [{ key: string }])[0].key;
    expect(onDuplicate).toHaveBeenCalledTimes(1);
    expect(onDuplicate).toHaveBeenCalledWith(expect.objectContaining({ command: 'Sns.CallbackFriendAdd', key }));
    expect(logger.debug).toHaveBeenCalledWith(
      `tencent-im-callback: Sns.CallbackFriendAdd delivered again (${key}): answered OK without running listeners`,
    );
    // Other content is another callback.
    await send(im, 'Sns.CallbackFriendAdd', { ...friendAdd, EventTime: 42 });
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('suppresses across routers that share a store, as instances sharing Redis do', async () => {
    const store = memoryDedupeStore();
    const listeners = [jest.fn(), jest.fn()];
    const [first, second] = listeners.map((listener) =>
      router({ dedupe: { store } }).on('C2C.CallbackAfterSendMsg', listener),
    ) as [ReturnType<typeof router>, ReturnType<typeof router>];
    await send(first, 'C2C.CallbackAfterSendMsg', samplePacket('C2C.CallbackAfterSendMsg'));
    await send(second, 'C2C.CallbackAfterSendMsg', samplePacket('C2C.CallbackAfterSendMsg'));
    expect(listeners.map((listener) => listener.mock.calls.length)).toEqual([1, 0]);
  });

  it('never suppresses a before-callback: every delivery gets its decision', async () => {
    const store = { claim: jest.fn(() => Promise.resolve(false)) };
    const im = router({ dedupe: { store } }).on('C2C.CallbackBeforeSendMsg', (event) => {
      event.refuse(120002, 'no');
    });
    const body = samplePacket('C2C.CallbackBeforeSendMsg');
    for (let i = 0; i < 2; i++) {
      expect((await send(im, 'C2C.CallbackBeforeSendMsg', body)).reply).toEqual({
        ActionStatus: 'OK',
        ErrorCode: 120002,
        ErrorInfo: 'no',
      });
    }
    expect(store.claim).not.toHaveBeenCalled();
  });

  it('claims each key for ttlSeconds, an hour by default', async () => {
    const store = { claim: jest.fn(() => Promise.resolve(true)) };
    await send(router({ dedupe: { store } }).on('Sns.CallbackFriendAdd', () => undefined));
    await send(router({ dedupe: { store, ttlSeconds: 90 } }).on('Sns.CallbackFriendAdd', () => undefined));
    expect(store.claim.mock.calls.map((call: unknown[]) => call[1])).toEqual([3_600_000, 90_000]);
  });

  it('does not claim callbacks that fail their checks', async () => {
    const store = { claim: jest.fn(() => Promise.resolve(true)) };
    const im = router({ dedupe: { store } }).on('Sns.CallbackFriendAdd', () => undefined);
    const run = await runCallback(im, { command: 'Sns.CallbackFriendAdd', sdkAppId: SDK_APP_ID, token: 'wrong' });
    expect(run.status).toBe(401);
    expect((await send(im, 'Sns.CallbackFriendAdd', { PairList: 'not a list' })).status).toBe(400);
    expect(store.claim).not.toHaveBeenCalled();
  });

  describe('a store that fails never loses a callback', () => {
    const failures: [string, () => DedupeStore][] = [
      [
        'throws',
        () => ({
          claim: () => {
            throw new Error('boom');
          },
        }),
      ],
      ['rejects', () => ({ claim: () => Promise.reject(new Error('connection lost')) })],
      ['answers something else than a boolean', () => ({ claim: () => Promise.resolve('OK' as unknown as boolean) })],
      ['never answers', () => ({ claim: () => new Promise<boolean>(() => undefined) })],
    ];

    it.each(failures)('when it %s: the listeners run and onError gets a DedupeStoreError', async (_, store) => {
      const onError = jest.fn();
      const listener = jest.fn();
      const im = router({ dedupe: { store: store() }, onError, listenerTimeoutMs: 300 }).on(
        'Sns.CallbackFriendAdd',
        listener,
      );
      expect((await send(im)).reply).toEqual(OK);
      expect(listener).toHaveBeenCalledTimes(1);
      expect(onError).toHaveBeenCalledTimes(1);
      const [error, event] = onError.mock.calls[0] as [DedupeStoreError, { command: string }];
      expect(error).toBeInstanceOf(DedupeStoreError);
      expect(error.code).toBe('dedupe_store_failed');
      expect(error.cause).toBeInstanceOf(Error);
      expect(event.command).toBe('Sns.CallbackFriendAdd');
    });
  });

  it('bounds the store and the listeners together by listenerTimeoutMs', async () => {
    // A store that takes 250 ms of a 300 ms deadline leaves the listeners 50 ms, not another 300:
    // a listener that needs 150 more is late.
    const slow: DedupeStore = { claim: () => new Promise((resolve) => setTimeout(resolve, 250, true)) };
    const listener = () => new Promise((resolve) => setTimeout(resolve, 150));
    const im = router({ dedupe: { store: slow }, onError: () => undefined, listenerTimeoutMs: 300 }).on(
      'Sns.CallbackFriendAdd',
      listener,
    );
    expect((await send(im)).reply).toEqual({
      ActionStatus: 'FAIL',
      ErrorCode: 1,
      ErrorInfo: 'listeners did not finish within 300 ms',
    });
  });

  it("gives the store's claim no more than what is left of listenerTimeoutMs", async () => {
    // 250 ms of a 300 ms deadline went by before the claim (a slow body, as the clock says).
    let readings = 0;
    const now = () => Date.now() + (readings++ === 0 ? 0 : 250);
    const onError = jest.fn();
    const hanging: DedupeStore = { claim: () => new Promise<boolean>(() => undefined) };
    const im = router({ dedupe: { store: hanging }, onError, listenerTimeoutMs: 300, now }).on(
      'Sns.CallbackFriendAdd',
      () => undefined,
    );
    expect((await send(im)).reply).toEqual(OK);
    expect(String((onError.mock.calls[0]?.[0] as DedupeStoreError).cause)).toMatch(
      /^Error: the dedupe store did not answer within (4\d|50) ms$/,
    );
  });

  it('logs a store failure as such when no onError is given', async () => {
    const logger = recordingLogger();
    const store = { claim: () => Promise.reject(new Error('connection lost')) };
    await send(router({ logger, dedupe: { store } }).on('Sns.CallbackFriendAdd', () => undefined));
    expect(logger.error).toHaveBeenCalledWith(
      'tencent-im-callback: the dedupe store failed on a Sns.CallbackFriendAdd callback, which was processed anyway',
      expect.objectContaining({ code: 'dedupe_store_failed', cause: new Error('connection lost') }),
    );
  });

  it('survives an onDuplicate that throws or rejects, reporting it to onError', async () => {
    for (const onDuplicate of [
      () => {
        throw new Error('metrics down');
      },
      () => Promise.reject(new Error('metrics down')),
    ]) {
      const onError = jest.fn();
      const im = router({ dedupe: { store: memoryDedupeStore(), onDuplicate }, onError }).on(
        'Sns.CallbackFriendAdd',
        () => undefined,
      );
      await send(im);
      expect((await send(im)).reply).toEqual(OK);
      await new Promise((resolve) => setImmediate(resolve));
      expect(onError).toHaveBeenCalledWith(
        new Error('metrics down'),
        expect.objectContaining({ key: expect.any(String) }),
      );
    }
  });

  it.each([
    [null, /option "dedupe" must be \{ store, ttlSeconds\?, onDuplicate\? \}/],
    [{}, /with a store that has claim\(key, ttlMs\)/],
    [{ store: { claim: 'yes' } }, /with a store that has claim\(key, ttlMs\)/],
    [{ store: memoryDedupeStore(), ttlSeconds: 0 }, /option "dedupe.ttlSeconds" must be a positive number/],
    [{ store: memoryDedupeStore(), ttlSeconds: Infinity }, /option "dedupe.ttlSeconds" must be a positive number/],
    [{ store: memoryDedupeStore(), ttlSeconds: '60' }, /option "dedupe.ttlSeconds" must be a positive number/],
    // Past Redis's range, every claim would fail: refused when the router is made.
    [{ store: memoryDedupeStore(), ttlSeconds: 1e17 }, /up to 31536000 \(a year\).*received 100000000000000000\./],
    [{ store: memoryDedupeStore(), onDuplicate: 'log' }, /option "dedupe.onDuplicate" must be a function/],
  ])('refuses dedupe: %p', (dedupe, message) => {
    expect(() => router({ dedupe: dedupe as never })).toThrow(message);
  });
});
