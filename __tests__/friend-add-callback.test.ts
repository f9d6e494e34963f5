import net from 'node:net';
import request from 'supertest';
import { computeSign, friendAddCallback, ListenerTimeoutError, sendCallbackReply, type FriendAddEvent } from '../lib';
import type { FriendAddCallbackOptions } from '../lib';
import friendAddPacket from './fixtures/friend-add.json';
import { callbackApp, recordingLogger } from './helpers/app';
import { callbackUrl, docNowMs, docVector, SDK_APP_ID } from './helpers/callback-request';
import { expressMajors } from './helpers/express-versions';
import { listen } from './helpers/server';

const OK = { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' };
const packetJson = JSON.stringify(friendAddPacket);
const signing = { token: docVector.token };

function fail(errorInfo: string | RegExp) {
  return {
    ActionStatus: 'FAIL',
    ErrorCode: 1,
    ErrorInfo: typeof errorInfo === 'string' ? errorInfo : expect.stringMatching(errorInfo),
  };
}

describe.each(expressMajors)('friendAddCallback on %s', (_major, express) => {
  let logger: ReturnType<typeof recordingLogger>;
  beforeEach(() => {
    logger = recordingLogger();
  });

  /** The middleware with a signed-request configuration on the doc vector's clock. */
  function middleware(options: Partial<FriendAddCallbackOptions> = {}) {
    return friendAddCallback({ sdkAppId: SDK_APP_ID, token: docVector.token, now: () => docNowMs, logger, ...options });
  }

  function post(
    app: ReturnType<typeof callbackApp>,
    url = callbackUrl('/im/callback', {}, signing),
    body = packetJson,
  ) {
    return request(app).post(url).set('Content-Type', 'application/json').send(body);
  }

  describe('routing', () => {
    it('answers OK for a valid signed callback', async () => {
      const response = await post(callbackApp(express, middleware()));
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(response.body).toEqual(OK);
    });

    it.each([
      ['another command', callbackUrl('/im/callback', { CallbackCommand: 'Sns.CallbackFriendDelete' }, signing)],
      ['no command', callbackUrl('/im/callback', { CallbackCommand: undefined }, signing)],
      ['the command only in the body', '/im/callback?SdkAppid=1400000000'],
      [
        'a command with other casing',
        callbackUrl('/im/callback', { CallbackCommand: 'sns.callbackfriendadd' }, signing),
      ],
    ])('passes %s to next() with the body unread', async (_case, url) => {
      const response = await post(callbackApp(express, middleware()), url);
      expect(response.status).toBe(299);
      expect(response.body).toEqual({ reachedNext: true, body: packetJson });
    });

    it('passes other commands on even when they are not POSTs', async () => {
      const response = await request(callbackApp(express, middleware())).get(
        callbackUrl('/im/callback', { CallbackCommand: 'C2C.CallbackAfterSendMsg' }, signing),
      );
      expect(response.status).toBe(299);
    });

    it.each([
      ['unsigned', callbackUrl('/im/callback', { CallbackCommand: 'C2C.CallbackAfterSendMsg' }), 401],
      [
        'of another app',
        callbackUrl('/im/callback', { CallbackCommand: 'C2C.CallbackAfterSendMsg', SdkAppid: 1 }, signing),
        403,
      ],
      ['without SdkAppid', '/im/callback?CallbackCommand=C2C.CallbackAfterSendMsg', 403],
    ])('passes on no request for another command that is %s: it gets the JSON refusal', async (_case, url, status) => {
      const response = await post(callbackApp(express, middleware()), url);
      expect(response.status).toBe(status);
      expect(response.body.ActionStatus).toBe('FAIL');
    });
  });

  describe('method', () => {
    it.each(['get', 'put', 'delete', 'patch'] as const)('refuses %s with 405 and Allow: POST', async (method) => {
      const response = await request(callbackApp(express, middleware()))[method](
        callbackUrl('/im/callback', {}, signing),
      );
      expect(response.status).toBe(405);
      expect(response.headers['allow']).toBe('POST');
      expect(response.body).toEqual(fail('IM callbacks are POST requests'));
    });
  });

  describe('SdkAppid', () => {
    it.each([
      ['missing', '/im/callback?CallbackCommand=Sns.CallbackFriendAdd', 'SdkAppid query parameter is required'],
      ['of another app', callbackUrl('/im/callback', { SdkAppid: 1400000001 }), 'SdkAppid does not match this app'],
      [
        'padded with a space',
        callbackUrl('/im/callback', { SdkAppid: ' 1400000000' }),
        'SdkAppid does not match this app',
      ],
      [
        'prefixed with a zero',
        callbackUrl('/im/callback', { SdkAppid: '01400000000' }),
        'SdkAppid does not match this app',
      ],
      [
        'repeated with another value',
        `${callbackUrl('/im/callback')}&SdkAppid=1400000001`,
        'SdkAppid query parameter is repeated with different values',
      ],
      [
        'sent as sdkappid',
        '/im/callback?sdkappid=1400000000&CallbackCommand=Sns.CallbackFriendAdd',
        'SdkAppid query parameter is required',
      ],
    ])('refuses an SdkAppid %s with 403', async (_case, url, errorInfo) => {
      const response = await post(callbackApp(express, middleware({ token: false })), url);
      expect(response.status).toBe(403);
      expect(response.body).toEqual(fail(errorInfo));
    });

    it('accepts SdkAppid repeated with the same value, and sdkAppId configured as a string', async () => {
      const app = callbackApp(express, middleware({ token: false, sdkAppId: String(SDK_APP_ID) }));
      const response = await post(app, `${callbackUrl('/im/callback')}&SdkAppid=${SDK_APP_ID}`);
      expect(response.status).toBe(200);
      expect(response.body).toEqual(OK);
    });
  });

  describe('signature', () => {
    const at = (offsetSeconds: number) => ({
      token: docVector.token,
      requestTime: docVector.requestTime + offsetSeconds,
    });

    it.each([
      ['exactly 60 s old', at(-60)],
      ['exactly 60 s ahead', at(60)],
    ])('accepts a request signed %s', async (_case, signedAt) => {
      const response = await post(callbackApp(express, middleware()), callbackUrl('/im/callback', {}, signedAt));
      expect(response.body).toEqual(OK);
    });

    it.each([
      [
        'without Sign',
        callbackUrl('/im/callback', { Sign: undefined }, signing),
        'Sign and RequestTime query parameters are required',
      ],
      [
        'without RequestTime',
        callbackUrl('/im/callback', { RequestTime: undefined }, signing),
        'Sign and RequestTime query parameters are required',
      ],
      ['unsigned', callbackUrl('/im/callback'), 'Sign and RequestTime query parameters are required'],
      [
        'with a wrong Sign',
        callbackUrl('/im/callback', { Sign: computeSign('other-token', docVector.requestTime) }, signing),
        'Sign does not match',
      ],
      [
        'with an upper-case Sign',
        callbackUrl('/im/callback', { Sign: docVector.sign.toUpperCase() }, signing),
        'Sign does not match',
      ],
      [
        '61 s old',
        callbackUrl('/im/callback', {}, at(-61)),
        'RequestTime is more than 60 s away from the server clock',
      ],
      [
        '61 s ahead',
        callbackUrl('/im/callback', {}, at(61)),
        'RequestTime is more than 60 s away from the server clock',
      ],
      [
        'with RequestTime in milliseconds',
        callbackUrl('/im/callback', { RequestTime: docNowMs }, signing),
        /more than 60 s away/,
      ],
      [
        'with a decimal RequestTime',
        callbackUrl('/im/callback', { RequestTime: '1669872112.0' }, signing),
        'RequestTime must be Unix time in whole seconds',
      ],
      [
        'with a negative RequestTime',
        callbackUrl('/im/callback', { RequestTime: '-1669872112' }, signing),
        'RequestTime must be Unix time in whole seconds',
      ],
      [
        'with an exponent RequestTime',
        callbackUrl('/im/callback', { RequestTime: '1.669872112e9' }, signing),
        'RequestTime must be Unix time in whole seconds',
      ],
      [
        'with a padded RequestTime',
        callbackUrl('/im/callback', { RequestTime: ' 1669872112' }, signing),
        'RequestTime must be Unix time in whole seconds',
      ],
    ])('refuses a request %s with 401', async (_case, url, errorInfo) => {
      const response = await post(callbackApp(express, middleware()), url);
      expect(response.status).toBe(401);
      expect(response.body).toEqual(fail(errorInfo));
    });

    it('accepts any token of a rotation list', async () => {
      const app = callbackApp(express, middleware({ token: ['new-token', docVector.token] }));
      expect((await post(app)).body).toEqual(OK);
      const signedWithNew = callbackUrl('/im/callback', {}, { token: 'new-token' });
      expect((await post(app, signedWithNew)).body).toEqual(OK);
    });

    it('honours maxClockSkewSeconds', async () => {
      const app = callbackApp(express, middleware({ maxClockSkewSeconds: 10 }));
      expect((await post(app, callbackUrl('/im/callback', {}, at(-10)))).status).toBe(200);
      expect((await post(app, callbackUrl('/im/callback', {}, at(-11)))).status).toBe(401);
    });

    it('checks nothing without a token', async () => {
      const app = callbackApp(express, middleware({ token: false }));
      const response = await post(app, callbackUrl('/im/callback', { Sign: 'junk', RequestTime: 'junk' }));
      expect(response.body).toEqual(OK);
      expect(logger.warn).toHaveBeenCalledTimes(1);
    });

    it('reads the clock for every request', async () => {
      let now = docNowMs;
      const app = callbackApp(express, middleware({ now: () => now }));
      expect((await post(app)).status).toBe(200);
      now += 61_000;
      expect((await post(app)).status).toBe(401);
    });
  });

  describe('query', () => {
    it("reads the URL itself when Express's query parser is off", async () => {
      const app = express();
      app.set('query parser', false);
      app.use('/im/callback', middleware());
      expect((await post(app as unknown as ReturnType<typeof callbackApp>)).body).toEqual(OK);
    });

    it('ignores what another query parser made of the query', async () => {
      const app = express();
      app.set('query parser', () => ({ CallbackCommand: 'Other', SdkAppid: '1' }));
      app.use('/im/callback', middleware());
      expect((await post(app as unknown as ReturnType<typeof callbackApp>)).body).toEqual(OK);
    });

    it('refuses CallbackCommand repeated with different values with 400', async () => {
      const url = `${callbackUrl('/im/callback', {}, signing)}&CallbackCommand=Sns.CallbackFriendDelete`;
      const response = await post(callbackApp(express, middleware()), url);
      expect(response.status).toBe(400);
      expect(response.body).toEqual(fail('CallbackCommand query parameter is repeated with different values'));
    });
  });

  describe('body', () => {
    const url = callbackUrl('/im/callback', {}, signing);

    it.each([
      ['express.json()', () => express.json()],
      ['express.json() for any type', () => express.json({ type: () => true })],
      ['express.text() for any type', () => express.text({ type: () => true })],
      ['express.raw() for any type', () => express.raw({ type: () => true })],
    ])('works after %s', async (_case, parser) => {
      let seen: FriendAddEvent | undefined;
      const mw = middleware().on('Sns.CallbackFriendAdd', (event) => {
        seen = event;
      });
      const response = await post(callbackApp(express, parser(), mw), url);
      expect(response.body).toEqual(OK);
      expect(seen?.body).toEqual(friendAddPacket);
    });

    it.each([
      ['no Content-Type', undefined],
      ['text/plain', 'text/plain'],
      ['application/x-www-form-urlencoded', 'application/x-www-form-urlencoded'],
    ])('parses the body as JSON with %s', async (_case, contentType) => {
      const app = express();
      app.use(express.json()); // skips these types, so the middleware reads the stream
      app.use('/im/callback', middleware());
      let pending = request(app).post(url);
      if (contentType !== undefined) pending = pending.set('Content-Type', contentType);
      const response = await pending.send(packetJson);
      expect(response.body).toEqual(OK);
    });

    it('answers 413 for a body over bodyLimit with Content-Length', async () => {
      const response = await post(callbackApp(express, middleware({ bodyLimit: 100 })), url);
      expect(response.status).toBe(413);
      expect(response.body).toEqual(fail('body is larger than the 100-byte limit'));
    });

    it('answers 413 for a chunked body that grows past bodyLimit, and stays usable', async () => {
      const app = callbackApp(express, middleware({ bodyLimit: '1kb' }));
      const agent = request.agent(app);
      const big = JSON.stringify({ ...friendAddPacket, Padding: 'x'.repeat(64 * 1024) });
      const response = await new Promise<request.Response>((resolve, reject) => {
        const pending = agent.post(url).set('Content-Type', 'application/json');
        const req = pending as unknown as {
          write(chunk: string): void;
          end(cb: (e: unknown, r: request.Response) => void): void;
        };
        for (let i = 0; i < big.length; i += 8192) req.write(big.slice(i, i + 8192));
        req.end((error, res) => (error ? reject(error) : resolve(res)));
      });
      expect(response.status).toBe(413);
      expect(response.body).toEqual(fail('body is larger than the 1024-byte limit'));
      expect((await post(app)).body).toEqual(OK);
    });

    it.each([
      ['an empty body', '', 'body is empty'],
      ['invalid JSON', '{"CallbackCommand":', 'body is not valid JSON'],
      ['a JSON array', `[${packetJson}]`, 'body must be a JSON object'],
      ['JSON null', 'null', 'body must be a JSON object'],
      ['a JSON string', '"Sns.CallbackFriendAdd"', 'body must be a JSON object'],
    ])('refuses %s with 400', async (_case, body, errorInfo) => {
      const response = await request(callbackApp(express, middleware()))
        .post(url)
        .set('Content-Type', 'text/plain')
        .send(body);
      expect(response.status).toBe(400);
      expect(response.body).toEqual(fail(errorInfo));
    });

    it('refuses bytes that are not UTF-8 with 400', async () => {
      const bytes = Buffer.concat([Buffer.from('{"CallbackCommand":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]);
      const response = await request(callbackApp(express, middleware()))
        .post(url)
        .set('Content-Type', 'application/octet-stream')
        .send(bytes);
      expect(response.status).toBe(400);
      expect(response.body).toEqual(fail('body is not valid UTF-8'));
    });

    it('refuses a compressed body with 415', async () => {
      const response = await post(callbackApp(express, middleware()), url).set('Content-Encoding', 'gzip');
      expect(response.status).toBe(415);
      expect(response.body).toEqual(fail('Content-Encoding "gzip" is not supported'));
    });

    it('refuses an empty body that a JSON parser already read with 400', async () => {
      const response = await request(callbackApp(express, express.json(), middleware()))
        .post(url)
        .set('Content-Type', 'application/json')
        .send('');
      expect(response.status).toBe(400);
      expect(response.body.ActionStatus).toBe('FAIL');
    });
  });

  describe('validation', () => {
    const url = callbackUrl('/im/callback', {}, signing);
    const withPairs = (pairs: unknown) => ({ ...friendAddPacket, PairList: pairs });

    it.each([
      [
        'a numeric To_Account',
        withPairs([{ From_Account: 'a', To_Account: 7 }]),
        '/PairList/0/To_Account must be string',
      ],
      ['a missing To_Account', withPairs([{ From_Account: 'a' }]), '/PairList/0/To_Account is required'],
      [
        'an empty From_Account',
        withPairs([{ From_Account: '', To_Account: 'b' }]),
        '/PairList/0/From_Account must NOT have fewer than 1 characters',
      ],
      ['an empty PairList', withPairs([]), '/PairList must NOT have fewer than 1 items'],
      ['a missing PairList', { CallbackCommand: 'Sns.CallbackFriendAdd' }, '/PairList is required'],
      ['a missing CallbackCommand', { PairList: friendAddPacket.PairList }, '/CallbackCommand is required'],
      ['a fractional ForceFlag', { ...friendAddPacket, ForceFlag: 0.5 }, '/ForceFlag must be integer'],
      ['a numeric ClientCmd', { ...friendAddPacket, ClientCmd: 1 }, '/ClientCmd must be string'],
      [
        'a non-numeric EventTime',
        { ...friendAddPacket, EventTime: 'today' },
        '/EventTime must match pattern "^[0-9]{1,16}$"',
      ],
      [
        'another command in the body',
        { ...friendAddPacket, CallbackCommand: 'Sns.CallbackFriendDelete' },
        '/CallbackCommand in the body ("Sns.CallbackFriendDelete") does not match the query (Sns.CallbackFriendAdd)',
      ],
    ])('refuses %s with 400 naming the field', async (_case, packet, errorInfo) => {
      const listener = jest.fn();
      const response = await post(
        callbackApp(express, middleware().on('Sns.CallbackFriendAdd', listener)),
        url,
        JSON.stringify(packet),
      );
      expect(response.status).toBe(400);
      expect(response.body).toEqual(fail(errorInfo));
      expect(listener).not.toHaveBeenCalled();
    });

    it('shortens a long command quoted from the body', async () => {
      const response = await post(
        callbackApp(express, middleware()),
        url,
        JSON.stringify({ ...friendAddPacket, CallbackCommand: 'x'.repeat(500) }),
      );
      expect(response.body.ErrorInfo).toMatch(/^\/CallbackCommand in the body \("x{60}\.\.\.\) does not match/);
    });

    it('accepts unknown fields, new ClientCmd spellings and EventTime in both forms', async () => {
      const bodies: unknown[] = [];
      const app = callbackApp(
        express,
        middleware().on('Sns.CallbackFriendAdd', (event) => void bodies.push(event.body)),
      );
      const variants = [
        { ...friendAddPacket, ClientCmd: 'FriendResponse', NewTopLevel: { nested: [1] } },
        { ...friendAddPacket, ClientCmd: 'friend_add_by_qr', EventTime: 1700000000000 },
        {
          ...friendAddPacket,
          EventTime: '1700000000000',
          PairList: [{ From_Account: 'a', To_Account: 'b', Extra: true }],
        },
      ];
      for (const packet of variants) expect((await post(app, url, JSON.stringify(packet))).body).toEqual(OK);
      expect(bodies).toEqual(variants);
    });
  });

  describe('the event on req.timCallback', () => {
    it('carries the query facts, the packet as sent and its pairs', async () => {
      const app = callbackApp(express, middleware({ autoReply: false }), (req, res) => {
        const event = req.timCallback;
        res.json({ ...event, signal: event?.signal instanceof AbortSignal, aborted: event?.signal.aborted });
      });
      const packet = { ...friendAddPacket, Unknown: 'kept' };
      const response = await post(
        app,
        callbackUrl('/im/callback', { ClientIP: '10.1.2.3', OptPlatform: 'Android' }, signing),
        JSON.stringify(packet),
      );
      expect(response.body).toEqual({
        command: 'Sns.CallbackFriendAdd',
        sdkAppId: '1400000000',
        clientIp: '10.1.2.3',
        optPlatform: 'Android',
        requestTime: docVector.requestTime,
        body: packet,
        pairs: packet.PairList,
        signal: true,
        aborted: false,
      });
    });

    it('leaves optional query facts undefined when IM omits them', async () => {
      let seen: FriendAddEvent | undefined;
      const app = callbackApp(
        express,
        middleware({ token: false }).on('Sns.CallbackFriendAdd', (e) => void (seen = e)),
      );
      await post(app, callbackUrl('/im/callback', { ClientIP: undefined, OptPlatform: undefined }));
      expect(seen).toMatchObject({ clientIp: undefined, optPlatform: undefined, requestTime: undefined });
    });

    it('is on req for listeners too', async () => {
      const seen: unknown[] = [];
      const mw = middleware().on('Sns.CallbackFriendAdd', (event, req) => void seen.push(req.timCallback === event));
      await post(callbackApp(express, mw));
      expect(seen).toEqual([true]);
    });
  });

  describe('listeners', () => {
    it('runs every listener, sync and async, with (event, req), then answers OK', async () => {
      const calls: string[] = [];
      const mw = middleware()
        .on('Sns.CallbackFriendAdd', (event) => void calls.push(`sync ${event.pairs.length}`))
        .on('Sns.CallbackFriendAdd', async (event, req) => {
          await new Promise((resolve) => setTimeout(resolve, 5));
          calls.push(`async ${event.pairs[0].To_Account} ${req.method}`);
        });
      const response = await post(callbackApp(express, mw));
      expect(response.body).toEqual(OK);
      expect(calls).toEqual(['sync 3', 'async id1 POST']);
    });

    it('answers OK when no listener is registered', async () => {
      expect((await post(callbackApp(express, middleware()))).body).toEqual(OK);
    });

    it.each([
      [
        'throws',
        () => {
          throw new Error('db down: password=hunter2');
        },
      ],
      [
        'rejects',
        async () => {
          throw new Error('db down: password=hunter2');
        },
      ],
    ])(
      'answers FAIL when a listener %s, reports the error and keeps its message out of the reply',
      async (_case, failing) => {
        const onError = jest.fn();
        const other = jest.fn();
        const mw = middleware({ onError }).on('Sns.CallbackFriendAdd', failing).on('Sns.CallbackFriendAdd', other);
        const response = await post(callbackApp(express, mw));
        expect(response.status).toBe(200);
        expect(response.body).toEqual(fail('a callback listener failed'));
        expect(other).toHaveBeenCalledTimes(1);
        expect(onError).toHaveBeenCalledTimes(1);
        expect(onError.mock.calls[0]?.[0]).toEqual(new Error('db down: password=hunter2'));
        expect(onError.mock.calls[0]?.[1]).toMatchObject({
          command: 'Sns.CallbackFriendAdd',
          pairs: friendAddPacket.PairList,
        });
      },
    );

    it('reports several failures together as one AggregateError', async () => {
      const onError = jest.fn();
      const mw = middleware({ onError })
        .on('Sns.CallbackFriendAdd', () => {
          throw new Error('first');
        })
        .on('Sns.CallbackFriendAdd', () => Promise.reject(new Error('second')));
      await post(callbackApp(express, mw));
      const error = onError.mock.calls[0]?.[0] as AggregateError;
      expect(error).toBeInstanceOf(AggregateError);
      expect(error.errors.map((e: Error) => e.message)).toEqual(['first', 'second']);
    });

    it('logs listener failures through the logger by default', async () => {
      const mw = middleware().on('Sns.CallbackFriendAdd', () => {
        throw new Error('boom');
      });
      await post(callbackApp(express, mw));
      expect(logger.error).toHaveBeenCalledWith(
        'tencent-im-callback: a Sns.CallbackFriendAdd listener failed',
        new Error('boom'),
      );
    });

    it.each([
      [
        'throws',
        () => {
          throw new Error('onError broke');
        },
      ],
      ['rejects', () => Promise.reject(new Error('onError broke'))],
    ])('still answers when onError %s, and logs that', async (_case, onError) => {
      const mw = middleware({ onError }).on('Sns.CallbackFriendAdd', () => {
        throw new Error('boom');
      });
      const response = await post(callbackApp(express, mw));
      expect(response.body).toEqual(fail('a callback listener failed'));
      await new Promise((resolve) => setImmediate(resolve));
      expect(logger.error).toHaveBeenCalledWith(
        'tencent-im-callback: the onError handler failed',
        new Error('onError broke'),
      );
    });

    it('stops calling a listener removed with off(), and ignores unknown ones', async () => {
      const kept = jest.fn();
      const removed = jest.fn();
      const mw = middleware().on('Sns.CallbackFriendAdd', kept).on('Sns.CallbackFriendAdd', removed);
      mw.off('Sns.CallbackFriendAdd', removed).off('Sns.CallbackFriendAdd', () => undefined);
      await post(callbackApp(express, mw));
      expect(kept).toHaveBeenCalledTimes(1);
      expect(removed).not.toHaveBeenCalled();
      mw.off('Sns.CallbackFriendAdd', kept);
      expect((await post(callbackApp(express, mw))).body).toEqual(OK);
      expect(kept).toHaveBeenCalledTimes(1);
    });

    it('refuses a listener that is not a function, or an empty command', () => {
      const mw = middleware();
      expect(() => mw.on('Sns.CallbackFriendAdd', 'nope' as never)).toThrow(
        /needs a listener function for Sns.CallbackFriendAdd/,
      );
      expect(() => mw.on('' as never, () => undefined)).toThrow(/needs a callback command/);
    });

    it('answers FAIL at listenerTimeoutMs, aborts event.signal and reports the timeout', async () => {
      const onError = jest.fn();
      let aborted: unknown;
      const mw = middleware({ onError, listenerTimeoutMs: 30 }).on(
        'Sns.CallbackFriendAdd',
        (event) =>
          new Promise<void>((resolve) => {
            event.signal.addEventListener('abort', () => {
              aborted = event.signal.reason;
              resolve();
            });
          }),
      );
      const response = await post(callbackApp(express, mw));
      expect(response.body).toEqual(fail('listeners did not finish within 30 ms'));
      expect(aborted).toBeInstanceOf(ListenerTimeoutError);
      expect(onError).toHaveBeenCalledTimes(1);
      expect(onError.mock.calls[0]?.[0]).toBe(aborted);
    });

    it('reports what a listener threw at once when another never settles, at the deadline', async () => {
      const onError = jest.fn();
      const mw = middleware({ onError, listenerTimeoutMs: 20 })
        .on('Sns.CallbackFriendAdd', () => {
          throw new Error('thrown at once');
        })
        .on('Sns.CallbackFriendAdd', () => new Promise<void>(() => undefined));
      expect((await post(callbackApp(express, mw))).body).toEqual(fail('listeners did not finish within 20 ms'));
      const reported = onError.mock.calls.map(([error]) => (error as Error).message);
      expect(reported).toEqual(
        expect.arrayContaining(['thrown at once', 'callback listeners did not finish within 20 ms']),
      );
      expect(reported).toHaveLength(2);
    });

    it('gives a listener that first reads event.signal after the deadline a signal already aborted', async () => {
      let release: (() => void) | undefined;
      const late: { aborted?: boolean; reason?: unknown } = {};
      const mw = middleware({ onError: () => undefined, listenerTimeoutMs: 20 }).on(
        'Sns.CallbackFriendAdd',
        async (event) => {
          await new Promise<void>((resolve) => (release = resolve));
          late.aborted = event.signal.aborted;
          late.reason = event.signal.reason;
        },
      );
      expect((await post(callbackApp(express, mw))).body).toEqual(fail('listeners did not finish within 20 ms'));
      release?.();
      await new Promise((resolve) => setImmediate(resolve));
      expect(late.aborted).toBe(true);
      expect(late.reason).toBeInstanceOf(ListenerTimeoutError);
    });

    it('reports a listener that fails after the deadline, but not one that stops because of the abort', async () => {
      const onError = jest.fn();
      let finishLate: (() => void) | undefined;
      const mw = middleware({ onError, listenerTimeoutMs: 20 })
        .on(
          'Sns.CallbackFriendAdd',
          (event) =>
            new Promise((_, reject) => event.signal.addEventListener('abort', () => reject(event.signal.reason))),
        )
        .on(
          'Sns.CallbackFriendAdd',
          () => new Promise((_, reject) => (finishLate = () => reject(new Error('late failure')))),
        );
      const response = await post(callbackApp(express, mw));
      expect(response.body).toEqual(fail('listeners did not finish within 20 ms'));
      finishLate?.();
      await new Promise((resolve) => setImmediate(resolve));
      expect(onError.mock.calls.map(([error]) => (error as Error).message)).toEqual([
        'callback listeners did not finish within 20 ms',
        'late failure',
      ]);
    });

    it('never leaves an unhandled rejection behind', async () => {
      const unhandled = jest.fn();
      process.on('unhandledRejection', unhandled);
      try {
        const mw = middleware({ listenerTimeoutMs: 10, onError: () => Promise.reject(new Error('x')) })
          .on('Sns.CallbackFriendAdd', () => Promise.reject(new Error('a')))
          .on('Sns.CallbackFriendAdd', () => new Promise((_, reject) => setTimeout(reject, 30, new Error('late'))));
        await post(callbackApp(express, mw));
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(unhandled).not.toHaveBeenCalled();
      } finally {
        process.off('unhandledRejection', unhandled);
      }
    });
  });

  describe('answering yourself (autoReply: false)', () => {
    it.each([
      ['OK', (res: Parameters<typeof sendCallbackReply>[0]) => sendCallbackReply(res), OK],
      [
        'FAIL from an Error',
        (res: Parameters<typeof sendCallbackReply>[0]) => sendCallbackReply(res, new Error('quota full')),
        fail('quota full'),
      ],
      [
        'FAIL with a code',
        (res: Parameters<typeof sendCallbackReply>[0]) => sendCallbackReply(res, { errorCode: 3, errorInfo: 'later' }),
        { ActionStatus: 'FAIL', ErrorCode: 3, ErrorInfo: 'later' },
      ],
    ])('hands over to the route, which replies %s', async (_case, reply, expected) => {
      const listener = jest.fn();
      const mw = middleware({ autoReply: false }).on('Sns.CallbackFriendAdd', listener);
      const response = await post(callbackApp(express, mw, (_req, res) => void reply(res)));
      expect(listener).toHaveBeenCalledTimes(1);
      expect(response.status).toBe(200);
      expect(response.body).toEqual(expected);
    });

    it('answers FAIL itself and skips the route when a listener fails', async () => {
      const route = jest.fn();
      const mw = middleware({ autoReply: false, onError: () => undefined }).on('Sns.CallbackFriendAdd', () => {
        throw new Error('x');
      });
      const response = await post(callbackApp(express, mw, route));
      expect(response.body).toEqual(fail('a callback listener failed'));
      expect(route).not.toHaveBeenCalled();
    });

    it('still refuses bad requests itself', async () => {
      const route = jest.fn();
      const response = await post(
        callbackApp(express, middleware({ autoReply: false }), route),
        callbackUrl('/im/callback'),
      );
      expect(response.status).toBe(401);
      expect(route).not.toHaveBeenCalled();
    });
  });

  describe('exactly one reply', () => {
    it('does not reply again when a listener already did', async () => {
      const mw = middleware().on('Sns.CallbackFriendAdd', (_event, req) => {
        req.res?.status(202).json({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: 'from listener' });
      });
      const response = await post(callbackApp(express, mw));
      expect(response.status).toBe(202);
      expect(response.body.ErrorInfo).toBe('from listener');
      expect(logger.error).not.toHaveBeenCalled();
    });

    it('logs rejections at debug level with the reason but never the token or the expected Sign', async () => {
      const app = callbackApp(express, middleware());
      await post(app, callbackUrl('/im/callback', { Sign: '0'.repeat(64) }, signing));
      expect(logger.debug).toHaveBeenCalledWith(
        'tencent-im-callback: rejected Sns.CallbackFriendAdd with 401 (sign_mismatch): Sign does not match',
      );
      const logged = JSON.stringify([logger.debug.mock.calls, logger.warn.mock.calls, logger.error.mock.calls]);
      expect(logged).not.toContain(docVector.token);
      expect(logged).not.toContain(docVector.sign);
    });

    it('answers 500 without details when something unexpected fails inside', async () => {
      const mw = middleware({
        now: () => {
          throw new Error('clock broke');
        },
      });
      const response = await post(callbackApp(express, mw));
      expect(response.status).toBe(500);
      expect(response.body).toEqual(fail('internal error while handling the callback'));
      expect(logger.error).toHaveBeenCalledWith(
        'tencent-im-callback: unexpected error while handling Sns.CallbackFriendAdd',
        new Error('clock broke'),
      );
    });
  });
});

describe('an upload that is cut off mid-body', () => {
  it('reaches no listener, crashes nothing and leaves the server serving', async () => {
    const express = expressMajors[1]![1];
    const listener = jest.fn();
    const logger = recordingLogger();
    const app = express();
    app.use(
      '/im/callback',
      friendAddCallback({ sdkAppId: SDK_APP_ID, token: false, logger }).on('Sns.CallbackFriendAdd', listener),
    );
    const { server, port, close } = await listen(app);
    try {
      const closed = new Promise<void>((resolve) => {
        const socket = net.connect(port, '127.0.0.1', () => {
          socket.write(
            `POST ${callbackUrl('/im/callback')} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n${packetJson.slice(0, 40)}`,
          );
          setTimeout(() => socket.destroy(), 20);
        });
        socket.on('close', () => resolve());
      });
      await closed;
      await new Promise((resolve) => setTimeout(resolve, 20));
      const response = await request(server).post(callbackUrl('/im/callback')).send(packetJson);
      expect(response.body).toEqual(OK);
      expect(listener).toHaveBeenCalledTimes(1);
      expect(logger.error).not.toHaveBeenCalled();
    } finally {
      await close();
    }
  });
});
