import { createCallbackRouter, createFetchHandler, type CallbackRouterOptions } from 'tencent-im-callback';
import { buildCallbackRequest, samplePacket } from 'tencent-im-callback/testing';
import { getRequestListener } from '@hono/node-server';
import { Hono } from 'hono';
import request from 'supertest';
import { callbackUrl, docNowMs, docVector, SDK_APP_ID } from './helpers/callback-request';
import { listen, postInPieces } from './helpers/server';

const OK = { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' };
const origin = 'https://backend.example';
const signing = { token: docVector.token };

function router(options: Partial<CallbackRouterOptions> = {}) {
  return createCallbackRouter<Request>({
    sdkAppId: SDK_APP_ID,
    token: docVector.token,
    now: () => docNowMs,
    logger: { warn: () => undefined, error: () => undefined },
    ...options,
  });
}

const post = (path: string, body: string | ReadableStream<Uint8Array> | null, headers: Record<string, string> = {}) =>
  new Request(`${origin}${path}`, { method: 'POST', body, headers, duplex: 'half' } as RequestInit);

describe('createFetchHandler', () => {
  it('serves a signed callback, giving listeners the Request', async () => {
    const seen: string[] = [];
    const handle = createFetchHandler(
      router().on('Sns.CallbackFriendAdd', (event, req) => {
        seen.push(`${event.pairs.length} ${req.method} ${req.headers.get('x-trace') ?? ''}`);
      }),
    );
    const response = await handle(
      post(
        callbackUrl('/im/callback', {}, signing),
        JSON.stringify(samplePacket('Sns.CallbackFriendAdd', { count: 2 })),
        {
          'x-trace': 't1',
        },
      ),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.json()).toEqual(OK);
    expect(seen).toEqual(['2 POST t1']);
  });

  it('applies the same checks, with the same statuses and replies', async () => {
    const handle = createFetchHandler(router().on('Sns.CallbackFriendAdd', () => undefined));
    const body = JSON.stringify(samplePacket('Sns.CallbackFriendAdd'));
    const unsigned = await handle(post(callbackUrl('/im/callback'), body));
    expect([unsigned.status, await unsigned.json()]).toEqual([
      401,
      { ActionStatus: 'FAIL', ErrorCode: 1, ErrorInfo: 'Sign and RequestTime query parameters are required' },
    ]);
    const get = await handle(new Request(`${origin}${callbackUrl('/im/callback', {}, signing)}`));
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    const gzip = await handle(post(callbackUrl('/im/callback', {}, signing), body, { 'content-encoding': 'gzip' }));
    expect(gzip.status).toBe(415);
  });

  it('answers decisions', async () => {
    const handle = createFetchHandler(
      router().on('C2C.CallbackBeforeSendMsg', (event) => event.replaceMessage({ CloudCustomData: 'x' })),
    );
    const cb = buildCallbackRequest({
      command: 'C2C.CallbackBeforeSendMsg',
      sdkAppId: SDK_APP_ID,
      token: docVector.token,
      requestTime: docVector.requestTime,
    });
    expect(await (await handle(post(cb.url, cb.body))).json()).toEqual({ ...OK, CloudCustomData: 'x' });
  });

  it('refuses a Content-Length over bodyLimit before reading the body', async () => {
    let pulled = false;
    // highWaterMark 0: the stream is pulled only when someone reads it.
    const stream = new ReadableStream<Uint8Array>(
      {
        pull() {
          pulled = true;
        },
      },
      { highWaterMark: 0 },
    );
    const handle = createFetchHandler(router({ bodyLimit: 1024 }).on('Sns.CallbackFriendAdd', () => undefined));
    const response = await handle(
      post(callbackUrl('/im/callback', {}, signing), stream, { 'content-length': '999999' }),
    );
    expect(response.status).toBe(413);
    expect(((await response.json()) as { ErrorInfo: string }).ErrorInfo).toBe(
      'body is larger than the 1024-byte limit',
    );
    expect(pulled).toBe(false);
  });

  it('stops reading an endless body at bodyLimit and cancels it', async () => {
    let sent = 0;
    let cancelled = false;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 256;
        controller.enqueue(new Uint8Array(256).fill(32));
      },
      cancel() {
        cancelled = true;
      },
    });
    const handle = createFetchHandler(router({ bodyLimit: 4096 }).on('Sns.CallbackFriendAdd', () => undefined));
    const response = await handle(post(callbackUrl('/im/callback', {}, signing), endless));
    expect(response.status).toBe(413);
    expect(cancelled).toBe(true);
    expect(sent).toBeLessThanOrEqual(4096 + 2 * 256); // what was read, plus at most what was queued
  });

  it('reads a body of a declared length in one call', async () => {
    const handle = createFetchHandler(router().on('Sns.CallbackFriendAdd', () => undefined));
    const body = JSON.stringify(samplePacket('Sns.CallbackFriendAdd'));
    const response = await handle(
      post(callbackUrl('/im/callback', {}, signing), body, { 'content-length': String(Buffer.byteLength(body)) }),
    );
    expect(await response.json()).toEqual(OK);
  });

  it('holds a body of declared length to the limit and to that length, as a Request made in-process may not be', async () => {
    const ran = jest.fn();
    const handle = createFetchHandler(router({ bodyLimit: 1024 }).on('Sns.CallbackFriendAdd', ran));
    const url = callbackUrl('/im/callback', {}, signing);
    const large = JSON.stringify(samplePacket('Sns.CallbackFriendAdd', { count: 100 }));
    const over = await handle(post(url, large, { 'content-length': '10' }));
    expect([over.status, await over.json()]).toEqual([
      413,
      { ActionStatus: 'FAIL', ErrorCode: 1, ErrorInfo: 'body is larger than the 1024-byte limit' },
    ]);
    const body = JSON.stringify(samplePacket('Sns.CallbackFriendAdd'));
    const length = Buffer.byteLength(body);
    for (const declared of [length - 1, length + 1]) {
      const response = await handle(post(url, body, { 'content-length': String(declared) }));
      expect([declared, response.status, await response.json()]).toEqual([
        declared,
        400,
        { ActionStatus: 'FAIL', ErrorCode: 1, ErrorInfo: 'body length does not match Content-Length' },
      ]);
    }
    expect(ran).not.toHaveBeenCalled();
  });

  it('refuses with 400 a body read before it, whether its length is declared or not, and logs no error', async () => {
    const logger = { warn: jest.fn(), error: jest.fn(), debug: jest.fn() };
    const handle = createFetchHandler(router({ logger }).on('Sns.CallbackFriendAdd', () => undefined));
    const body = JSON.stringify(samplePacket('Sns.CallbackFriendAdd'));
    const url = callbackUrl('/im/callback', {}, signing);
    const streamed = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(body));
        controller.close();
      },
    });
    for (const read of [post(url, streamed), post(url, body, { 'content-length': String(Buffer.byteLength(body)) })]) {
      await read.text(); // what a middleware before the handler did
      const response = await handle(read);
      expect([response.status, await response.json()]).toEqual([
        400,
        { ActionStatus: 'FAIL', ErrorCode: 1, ErrorInfo: 'body could not be read' },
      ]);
    }
    expect(logger.error).not.toHaveBeenCalled();
  });

  it('serves real HTTP through a Node.js adapter for fetch handlers (@hono/node-server)', async () => {
    const seen: string[] = [];
    const handle = createFetchHandler(
      router({ bodyLimit: 2048 }).on(
        'Sns.CallbackFriendAdd',
        (event, req) => void seen.push(`${event.pairs.length} ${req.method}`),
      ),
      { path: '/im/callback' },
    );
    const server = await listen(getRequestListener(handle));
    try {
      const cb = buildCallbackRequest({
        command: 'Sns.CallbackFriendAdd',
        sdkAppId: SDK_APP_ID,
        token: docVector.token,
        requestTime: docVector.requestTime,
      });
      expect((await request(server.base).post(cb.url).send(cb.body)).body).toEqual(OK);
      const large = JSON.stringify(samplePacket('Sns.CallbackFriendAdd', { count: 100 }));
      expect((await request(server.base).post(cb.url).send(large)).status).toBe(413);
      expect((await request(server.base).get('/health')).status).toBe(404);
      expect(seen).toEqual(['1 POST']);
    } finally {
      await server.close();
    }
  });

  describe('on @hono/node-server, which passes the Node.js request beside the Web one', () => {
    const cb = () =>
      buildCallbackRequest({
        command: 'Sns.CallbackFriendAdd',
        sdkAppId: SDK_APP_ID,
        token: docVector.token,
        requestTime: docVector.requestTime,
      });
    it('reads the body from the Node.js request, not through the Web one, with the same checks and refusals', async () => {
      const seen: unknown[] = [];
      const im = router({ bodyLimit: 2048 }).on('Sns.CallbackFriendAdd', async (event, req) => {
        // The Web request's body was never touched; reading it now fails at once, as a used body does.
        seen.push(event.pairs[0].To_Account, req instanceof Request, req.bodyUsed);
        seen.push(
          await req.text().then(
            () => 'read',
            () => 'refused',
          ),
        );
      });
      const server = await listen(getRequestListener(createFetchHandler(im, { path: '/im/callback' })));
      try {
        const { url, body } = cb();
        const name = 'bob·好友😀';
        const named = Buffer.from(body.replace('"bob"', JSON.stringify(name)));
        const at = named.indexOf(Buffer.from('好'));
        const ok = await postInPieces(server.port, url, named, { cuts: [at + 1, at + 5] });
        expect(ok.status).toBe(200);
        expect(seen).toEqual([name, true, false, 'refused']);

        const gzip = await postInPieces(server.port, url, Buffer.from(body), {
          headers: { 'content-encoding': 'gzip' },
        });
        expect([gzip.status, gzip.info]).toEqual([415, 'Content-Encoding "gzip" is not supported']);
        const large = Buffer.from(JSON.stringify(samplePacket('Sns.CallbackFriendAdd', { count: 100 })));
        expect((await postInPieces(server.port, url, large)).status).toBe(413);
        const broken = Buffer.concat([
          Buffer.from(body.slice(0, 40)),
          Buffer.from([0xe5, 0xa5]),
          Buffer.from(body.slice(40)),
        ]);
        const invalid = await postInPieces(server.port, url, broken, { cuts: [41] });
        expect([invalid.status, invalid.info]).toEqual([400, 'body is not valid UTF-8']);
      } finally {
        await server.close();
      }
    });

    it('takes the path and query from the Node.js request, and an absolute-form target from the Web one', async () => {
      const seen: string[] = [];
      const im = router().on('Sns.CallbackFriendAdd', (event) => void seen.push(event.command));
      const server = await listen(getRequestListener(createFetchHandler(im, { path: '/im/callback' })));
      try {
        const { url, body } = cb();
        const ok = await postInPieces(server.port, url, Buffer.from(body));
        expect(ok.status).toBe(200);
        const other = await postInPieces(server.port, url.replace('/im/callback', '/im/callbacks'), Buffer.from(body));
        expect(other.status).toBe(404);
        // `POST http://host/im/callback?... HTTP/1.1`: the target is a whole URL.
        const absolute = await postInPieces(server.port, `http://127.0.0.1:${server.port}${url}`, Buffer.from(body));
        expect(absolute.status).toBe(200);
        expect(seen).toEqual(['Sns.CallbackFriendAdd', 'Sns.CallbackFriendAdd']);
      } finally {
        await server.close();
      }
    });

    it('refuses with 400 a chunked body that a middleware read before it, and logs no error', async () => {
      const logger = { warn: jest.fn(), error: jest.fn(), debug: jest.fn() };
      const handle = createFetchHandler(router({ logger }).on('Sns.CallbackFriendAdd', () => undefined));
      const app = new Hono();
      app.use('*', async (c, next) => {
        await c.req.text(); // a logging middleware, say: the Node.js request is read, and the Web one with it
        await next();
      });
      app.post('/im/callback', (c) => handle(c.req.raw, c.env));
      const server = await listen(getRequestListener(app.fetch));
      try {
        const { url, body } = cb();
        // No Content-Length: the body's length is unknown, and it is read as a stream.
        const reply = await postInPieces(server.port, url, Buffer.from(body), { chunked: true });
        expect([reply.status, reply.info]).toEqual([400, 'body could not be read']);
        expect(logger.error).not.toHaveBeenCalled();
      } finally {
        await server.close();
      }
    });

    it('reads the Web request when the second argument is anything else', async () => {
      const seen: boolean[] = [];
      const handle = createFetchHandler(
        router().on('Sns.CallbackFriendAdd', (_event, req) => void seen.push(req.bodyUsed)),
      );
      const { url, body } = cb();
      const others: unknown[] = [
        undefined,
        null,
        'env',
        { params: Promise.resolve({}) }, // Next.js's context
        { incoming: {} }, // not a stream
        { incoming: { on: () => undefined, headers: {}, readableDidRead: true } }, // already read
        { incoming: 'binding' }, // a Workers binding of that name
      ];
      for (const env of others) {
        const response = await handle(post(url, body), env);
        expect([env, await response.json()]).toEqual([env, OK]);
      }
      expect(seen).toEqual(others.map(() => true));
    });
  });

  it('gives what it does not handle to fallback, or answers 404', async () => {
    const fallback = jest.fn(
      (request: Request) => new Response(`app: ${new URL(request.url).pathname}`, { status: 299 }),
    );
    const im = router().on('Sns.CallbackFriendAdd', () => undefined);
    const withFallback = createFetchHandler(im, { path: '/im/callback', fallback });
    const body = JSON.stringify(samplePacket('Sns.CallbackFriendAdd'));
    expect(await (await withFallback(post('/health', null))).text()).toBe('app: /health');
    expect((await withFallback(post('/im/callback', body))).status).toBe(299); // no CallbackCommand
    const other = await withFallback(
      post(callbackUrl('/im/callback', { CallbackCommand: 'Sns.CallbackFriendDelete' }, signing), '{}'),
    );
    expect(other.status).toBe(299);
    const signed = callbackUrl('/im/callback', {}, signing);
    expect((await withFallback(post(signed, body))).status).toBe(200);
    // A path that only begins with the handler's is another path.
    expect((await withFallback(post(signed.replace('/im/callback', '/im/callbacks'), body))).status).toBe(299);
    expect(fallback).toHaveBeenCalledTimes(4);
    const bare = createFetchHandler(im);
    const missing = await bare(post('/im/callback', body));
    expect([missing.status, await missing.text()]).toEqual([404, 'Not Found']);
  });

  it('rejects with what a fallback throws or rejects with, as an async handler would', async () => {
    const thrown = new Error('fallback broke');
    const im = router().on('Sns.CallbackFriendAdd', () => undefined);
    const throwing = createFetchHandler(im, {
      path: '/im/callback',
      fallback: () => {
        throw thrown;
      },
    });
    const body = JSON.stringify(samplePacket('Sns.CallbackFriendAdd'));
    await expect(throwing(post('/health', null))).rejects.toBe(thrown); // another path
    await expect(throwing(post('/im/callback', body))).rejects.toBe(thrown); // no CallbackCommand
    const rejecting = createFetchHandler(im, { fallback: () => Promise.reject(thrown) });
    await expect(rejecting(post('/im/callback', body))).rejects.toBe(thrown);
  });

  it.each<[string, unknown, Record<string, unknown>, RegExp]>([
    ['something that is not a router', () => undefined, {}, /needs a router from createCallbackRouter/],
    ['a router with autoReply: false', 'autoReply', {}, /needs a router with autoReply on/],
    ['a path without a slash', 'router', { path: 'im' }, /option "path" must start with "\/"/],
    ['a fallback that is not a function', 'router', { fallback: 'x' }, /option "fallback" must be a function/],
  ])('refuses %s', (_case, given, options, message) => {
    const value = given === 'router' ? router() : given === 'autoReply' ? router({ autoReply: false }) : given;
    expect(() => createFetchHandler(value as never, options)).toThrow(message);
  });
});
