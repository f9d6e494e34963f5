import http from 'node:http';
import net from 'node:net';
import express from 'express';
import request from 'supertest';
import { createCallbackRouter, createNodeHandler, type CallbackRouterOptions } from 'tencent-im-callback';
import { samplePacket } from 'tencent-im-callback/testing';
import { callbackUrl, docNowMs, docVector, SDK_APP_ID } from './helpers/callback-request';
import { expressMajors } from './helpers/express-versions';
import { listen } from './helpers/server';

const OK = { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' };
const signing = { token: docVector.token };
const friendAdd = JSON.stringify(samplePacket('Sns.CallbackFriendAdd', { count: 2 }));

function router(options: Partial<CallbackRouterOptions> = {}) {
  return createCallbackRouter<http.IncomingMessage>({
    sdkAppId: SDK_APP_ID,
    token: docVector.token,
    now: () => docNowMs,
    logger: { warn: () => undefined, error: () => undefined },
    ...options,
  });
}

/** The three ways to serve a router: Express 4, Express 5, and createNodeHandler on node:http. */
const servings: [string, (im: ReturnType<typeof router>) => http.RequestListener][] = [
  ...expressMajors.map(([major, expressLib]): [string, (im: ReturnType<typeof router>) => http.RequestListener] => [
    major,
    (im) => {
      const app = expressLib();
      app.use('/im/callback', im);
      app.use((_req, res) => void res.status(299).send('passed on'));
      return app as unknown as http.RequestListener;
    },
  ]),
  [
    'createNodeHandler',
    (im) => {
      const handle = createNodeHandler(im);
      return (req, res) => void handle(req, res, () => void res.writeHead(299).end('passed on'));
    },
  ],
];

describe.each(servings)('on %s', (_name, serve) => {
  it('answers, and crashes nothing, when the logger throws from debug and from error', async () => {
    const unhandled = jest.fn();
    process.on('unhandledRejection', unhandled);
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const throwing = {
        warn: () => undefined,
        error: () => {
          throw new Error('log disk full');
        },
        debug: () => {
          throw new Error('log disk full');
        },
      };
      const im = router({ logger: throwing }).on('Sns.CallbackFriendAdd', () => {
        throw new Error('listener failed');
      });
      const app = serve(im);
      // An unsigned request is logged at debug level; a failing listener at error level.
      const unsigned = await request(app).post(callbackUrl('/im/callback')).send(friendAdd);
      expect(unsigned.status).toBe(401);
      expect(unsigned.headers['content-type']).toBe('application/json; charset=utf-8');
      const failed = await request(app)
        .post(callbackUrl('/im/callback', {}, signing))
        .send(friendAdd);
      expect(failed.body).toEqual({ ActionStatus: 'FAIL', ErrorCode: 1, ErrorInfo: 'a callback listener failed' });
      await new Promise((resolve) => setImmediate(resolve));
      expect(unhandled).not.toHaveBeenCalled();
      // Said once on the console, then quiet.
      expect(consoleError).toHaveBeenCalledTimes(1);
      expect(consoleError.mock.calls[0]?.[0]).toBe(
        'tencent-im-callback: the logger failed; this and later failures of it are ignored',
      );
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });

  it('answers, and crashes nothing, when the logger is async and its promises reject', async () => {
    const unhandled = jest.fn();
    process.on('unhandledRejection', unhandled);
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      // A log shipper whose sink is down: every call gives a rejected promise.
      const shipper = {
        warn: async () => undefined,
        error: () => Promise.reject(new Error('log sink unreachable')),
        debug: () => Promise.reject(new Error('log sink unreachable')),
      };
      const im = router({ logger: shipper }).on('Sns.CallbackFriendAdd', () => {
        throw new Error('listener failed');
      });
      const app = serve(im);
      expect((await request(app).post(callbackUrl('/im/callback')).send(friendAdd)).status).toBe(401);
      const failed = await request(app)
        .post(callbackUrl('/im/callback', {}, signing))
        .send(friendAdd);
      expect(failed.body).toEqual({ ActionStatus: 'FAIL', ErrorCode: 1, ErrorInfo: 'a callback listener failed' });
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).not.toHaveBeenCalled();
      expect(consoleError).toHaveBeenCalledTimes(1);
      expect(consoleError.mock.calls[0]?.[0]).toBe(
        'tencent-im-callback: the logger failed; this and later failures of it are ignored',
      );
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });

  it('closes a kept-alive connection whose chunked body grows past bodyLimit, right after the 413', async () => {
    const server = await listen(serve(router({ bodyLimit: 1024 }).on('Sns.CallbackFriendAdd', () => undefined)));
    try {
      const { text, closedMs } = await new Promise<{ text: string; closedMs: number }>((resolve) => {
        let text = '';
        let answeredAt = 0;
        const socket = net.connect(server.port, '127.0.0.1', () => {
          socket.write(
            `POST ${callbackUrl('/im/callback', {}, signing)} HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\nTransfer-Encoding: chunked\r\n\r\n`,
          );
          // 2 kB of a body that never ends: no closing zero-length chunk.
          socket.write(`800\r\n${'x'.repeat(0x800)}\r\n`);
        });
        socket.on('data', (data) => {
          text += String(data);
          answeredAt ||= Date.now();
        });
        socket.on('close', () => resolve({ text, closedMs: Date.now() - answeredAt }));
        socket.on('error', () => undefined);
      });
      expect(text).toMatch(/^HTTP\/1\.1 413 /);
      expect(text).toMatch(/\r\nConnection: close\r\n/i);
      expect(text).toContain('"ErrorInfo":"body is larger than the 1024-byte limit"');
      // Closed by the server, not left waiting for a body that never ends (the test would time out).
      expect(closedMs).toBeGreaterThanOrEqual(0);
    } finally {
      await server.close();
    }
  });

  it('keeps serving a kept-alive connection after a refusal that read the whole body', async () => {
    const server = await listen(serve(router().on('Sns.CallbackFriendAdd', () => undefined)));
    try {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      const post = (path: string) =>
        new Promise<{ status: number; socket: unknown }>((resolve, reject) => {
          const req = http.request(`${server.base}${path}`, { method: 'POST', agent }, (res) => {
            res.resume();
            res.on('end', () => resolve({ status: res.statusCode ?? 0, socket: req.socket }));
          });
          req.on('error', reject);
          req.end('{"CallbackCommand":"Sns.CallbackFriendAdd","PairList":[]}');
        });
      const refused = await post(callbackUrl('/im/callback', {}, signing));
      const served = await post(callbackUrl('/im/callback', {}, signing));
      expect([refused.status, served.status]).toEqual([400, 400]);
      expect(served.socket).toBe(refused.socket);
      agent.destroy();
    } finally {
      await server.close();
    }
  });

  it('answers 400, quickly, for a body CallbackCommand nested 5,000 arrays deep or 15 MB long', async () => {
    const app = serve(router({ bodyLimit: '20mb' }).on('Sns.CallbackFriendAdd', () => undefined));
    const deep = `{"CallbackCommand":${'['.repeat(5000)}"x"${']'.repeat(5000)},"PairList":[]}`;
    const nested = await request(app)
      .post(callbackUrl('/im/callback', {}, signing))
      .send(deep);
    expect(nested.status).toBe(400);
    expect(nested.body.ErrorInfo).toBe(
      '/CallbackCommand in the body (an array) does not match the query (Sns.CallbackFriendAdd)',
    );
    const long = JSON.stringify({ CallbackCommand: 'y'.repeat(15_000_000), PairList: [] });
    const huge = await request(app)
      .post(callbackUrl('/im/callback', {}, signing))
      .send(long);
    expect(huge.status).toBe(400);
    expect(huge.body.ErrorInfo).toBe(
      `/CallbackCommand in the body ("${'y'.repeat(60)}...) does not match the query (Sns.CallbackFriendAdd)`,
    );
  });

  it('quotes a forged command in its log line, and keeps ErrorInfo short', async () => {
    const debug = jest.fn();
    const im = router({ unhandled: 'ack', logger: { warn: () => undefined, error: () => undefined, debug } });
    const app = serve(im);
    await request(app).post(`/im/callback?SdkAppid=${SDK_APP_ID}&CallbackCommand=C2C.X%0AFORGED%20line`).send('{}');
    expect(debug).toHaveBeenCalledTimes(1);
    expect(debug.mock.calls[0]?.[0]).toBe(
      'tencent-im-callback: rejected "C2C.X\\nFORGED line" with 401 (sign_missing): Sign and RequestTime query parameters are required',
    );
    const long = await request(app)
      .post(callbackUrl('/im/callback', { CallbackCommand: `Group.${'X'.repeat(8000)}` }, signing))
      .send('{}');
    expect(long.status).toBe(400);
    expect(long.body.ErrorInfo).toBe('CallbackCommand is not a command name such as Sns.CallbackFriendAdd');
  });

  it.each([
    ['C2C.X', 'Sns.CallbackFriendAdd'],
    ['Sns.CallbackFriendAdd', 'C2C.X'],
  ])('refuses CallbackCommand=%s&CallbackCommand=%s with 400, in either order', async (first, second) => {
    const im = router().on('Sns.CallbackFriendAdd', () => undefined);
    const url = `${callbackUrl('/im/callback', { CallbackCommand: first }, signing)}&CallbackCommand=${second}`;
    const response = await request(serve(im)).post(url).send(friendAdd);
    expect(response.status).toBe(400);
    expect(response.body.ErrorInfo).toBe('CallbackCommand query parameter is repeated with different values');
  });

  it("passes a request with an empty CallbackCommand on, even with unhandled: 'ack'", async () => {
    const im = router({ unhandled: 'ack' });
    const response = await request(serve(im))
      .post(callbackUrl('/im/callback', { CallbackCommand: '' }, signing))
      .send('{}');
    expect(response.status).toBe(299);
  });

  it('hands listeners bodies without own __proto__ or constructor.prototype keys', async () => {
    const copies: object[] = [];
    const im = router().on('Sns.CallbackFriendAdd', (event) => {
      for (const pair of event.pairs) copies.push(Object.assign({}, pair));
    });
    const body = `{"CallbackCommand":"Sns.CallbackFriendAdd","PairList":[{"From_Account":"a","To_Account":"b","__proto__":{"isAdmin":true},"constructor":{"prototype":{"isAdmin":true}}}]}`;
    const response = await request(serve(im))
      .post(callbackUrl('/im/callback', {}, signing))
      .send(body);
    expect(response.body).toEqual(OK);
    expect(copies).toEqual([{ From_Account: 'a', To_Account: 'b' }]);
    expect((copies[0] as { isAdmin?: unknown }).isAdmin).toBeUndefined();
  });
});

describe('the clock window', () => {
  const at = (nowMs: number, requestTime: number) =>
    request(
      express().use(
        '/im/callback',
        router({ now: () => nowMs }).on('Sns.CallbackFriendAdd', () => undefined),
      ),
    )
      .post(callbackUrl('/im/callback', {}, { token: docVector.token, requestTime }))
      .send(friendAdd);
  const T = docVector.requestTime;

  it.each([0, 1, 500, 999])('is 60 s either way, whatever the milliseconds of now (%i ms)', async (ms) => {
    expect((await at((T + 60) * 1000 + ms, T)).status).toBe(200); // 60 s in the past
    expect((await at(T * 1000 + ms, T + 60)).status).toBe(200); // 60 s in the future
    expect((await at((T + 61) * 1000 + ms, T)).status).toBe(401);
    expect((await at(T * 1000 + ms, T + 61)).status).toBe(401);
  });
});

describe.each(expressMajors)('mounted after a body parser on %s', (_major, expressLib) => {
  function appWith(parser: express.RequestHandler, warn = jest.fn()) {
    const seen: unknown[] = [];
    const im = createCallbackRouter({
      sdkAppId: SDK_APP_ID,
      token: docVector.token,
      now: () => docNowMs,
      logger: { warn, error: () => undefined },
    }).on('Sns.CallbackFriendAdd', (event) => void seen.push(event.pairs.length));
    const app = expressLib();
    app.use(parser);
    app.use('/im/callback', im);
    return { app, seen, warn };
  }
  const signed = callbackUrl('/im/callback', {}, signing);

  it('uses what express.json() parsed, and says once in the log that a parser ran first', async () => {
    const { app, seen, warn } = appWith(expressLib.json());
    expect((await request(app).post(signed).set('Content-Type', 'application/json').send(friendAdd)).body).toEqual(OK);
    await request(app).post(signed).set('Content-Type', 'application/json').send(friendAdd);
    expect(seen).toEqual([2, 2]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(
      /^tencent-im-callback: a json body parser read a callback's body before createCallbackRouter\(\) could\. .*Mount the router before body parsers/,
    );
  });

  it('uses what express.text() parsed, and says so once', async () => {
    const { app, seen, warn } = appWith(expressLib.text({ type: () => true }));
    expect((await request(app).post(signed).set('Content-Type', 'text/plain').send(friendAdd)).body).toEqual(OK);
    expect(seen).toEqual([2]);
    expect(warn.mock.calls[0]?.[0]).toMatch(/a text body parser read a callback's body/);
  });

  it('refuses a form that express.urlencoded() parsed with 415, and says so once', async () => {
    const { app, seen, warn } = appWith(expressLib.urlencoded({ extended: true }));
    const form = 'CallbackCommand=Sns.CallbackFriendAdd&PairList[0][From_Account]=a&PairList[0][To_Account]=b';
    const response = await request(app).post(signed).type('form').send(form);
    expect(response.status).toBe(415);
    expect(response.body.ErrorInfo).toBe(
      'body was read as a form by a parser mounted before this router; mount the router before body parsers',
    );
    expect(seen).toEqual([]);
    expect(warn.mock.calls[0]?.[0]).toMatch(/a form body parser .* Form bodies are refused with 415/);
  });

  it('keeps every promise when mounted first, with express.json() after it for the rest of the app', async () => {
    const seen: unknown[] = [];
    const app = expressLib();
    app.use(
      '/im/callback',
      createCallbackRouter({ sdkAppId: SDK_APP_ID, token: docVector.token, now: () => docNowMs }).on(
        'Sns.CallbackFriendAdd',
        (event) => void seen.push(event.pairs.length),
      ),
    );
    app.use(expressLib.json());
    const invalid = await request(app).post(signed).set('Content-Type', 'application/json').send('{');
    expect(invalid.status).toBe(400);
    expect(invalid.body).toEqual({ ActionStatus: 'FAIL', ErrorCode: 1, ErrorInfo: 'body is not valid JSON' });
    const large = samplePacket('Sns.CallbackFriendAdd', { count: 2000 }); // over express.json()'s 100 kB
    expect((await request(app).post(signed).send(large)).body).toEqual(OK);
    const unsigned = await request(app)
      .post(callbackUrl('/im/callback'))
      .set('Content-Type', 'application/json')
      .send('{');
    expect(unsigned.status).toBe(401); // the query is checked before the body is read
    expect(seen).toEqual([2000]);
  });
});
