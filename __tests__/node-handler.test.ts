import http from 'node:http';
import net from 'node:net';
import express from 'express';
import request from 'supertest';
import { createCallbackRouter, createNodeHandler, friendAddCallback, type CallbackRouter } from 'tencent-im-callback';
import { buildCallbackRequest } from 'tencent-im-callback/testing';
import { listen, postInPieces } from './helpers/server';

const quiet = { warn: () => undefined, error: () => undefined };
const options = { sdkAppId: 1400000000, token: 'node-token', logger: quiet };
const friendAdd = () =>
  buildCallbackRequest({ command: 'Sns.CallbackFriendAdd', sdkAppId: 1400000000, token: 'node-token' });

/** Sends `text` on a new connection and gives the reply's status line and body once the server closes it. */
function sendRaw(port: number, text: string): Promise<{ status: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(text));
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const head = received.indexOf('\r\n\r\n');
      resolve({ status: received.slice(0, received.indexOf('\r\n')), body: received.slice(head + 4) });
    });
  });
}

describe('createNodeHandler', () => {
  it('serves callbacks on plain node:http with the same checks and replies', async () => {
    const seen: string[] = [];
    const im = createCallbackRouter<http.IncomingMessage>(options).on('Sns.CallbackFriendAdd', (event, req) => {
      seen.push(`${event.pairs[0].To_Account} ${req.method}`);
    });
    const server = http.createServer(createNodeHandler(im));
    const cb = friendAdd();
    const ok = await request(server).post(cb.url).send(cb.body);
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' });
    expect(seen).toEqual(['bob POST']);
    const forged = await request(server)
      .post(cb.url.replace(/Sign=[0-9a-f]+/, `Sign=${'0'.repeat(64)}`))
      .send(cb.body);
    expect(forged.status).toBe(401);
    expect(forged.body.ErrorInfo).toBe('Sign does not match');
  });

  it('answers 404 to everything else when there is no next', async () => {
    const server = http.createServer(createNodeHandler(createCallbackRouter<http.IncomingMessage>(options)));
    const response = await request(server).get('/health');
    expect(response.status).toBe(404);
    expect(response.text).toBe('Not Found');
    const unhandled = friendAdd();
    expect((await request(server).post(unhandled.url).send(unhandled.body)).status).toBe(404);
  });

  it('answers 500 when a router passes an error on and there is no next', async () => {
    const failing = (_req: http.IncomingMessage, _res: http.ServerResponse, next: (error?: unknown) => void) =>
      next(new Error('boom'));
    const response = await request(http.createServer(createNodeHandler(failing))).get('/');
    expect(response.status).toBe(500);
    expect(response.text).toBe('Internal Server Error');
  });

  it("answers 500 with IM's failure reply when a router with autoReply: false hands a callback over and there is no next", async () => {
    const ran = jest.fn();
    const im = createCallbackRouter<http.IncomingMessage>({ ...options, autoReply: false }).on(
      'Sns.CallbackFriendAdd',
      ran,
    );
    const cb = friendAdd();
    const response = await request(http.createServer(createNodeHandler(im)))
      .post(cb.url)
      .send(cb.body);
    expect(response.status).toBe(500);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.body).toEqual({
      ActionStatus: 'FAIL',
      ErrorCode: 1,
      ErrorInfo: 'autoReply is false, but no next handler was given to answer the callback',
    });
    expect(ran).toHaveBeenCalledTimes(1);
  });

  describe('a next that throws', () => {
    const failure = new Error('next broke');
    /** A real server whose next handler throws before answering; `logger` gets what the router logs. */
    const serveWithThrowingNext = (im: CallbackRouter<http.IncomingMessage>, path?: string) => {
      const handle = createNodeHandler(im, { path });
      return http.createServer((req, res) => {
        void handle(req, res, () => {
          throw failure;
        });
      });
    };

    it('gets a command the router does not handle answered 500, and the error logged', async () => {
      const logger = { warn: jest.fn(), error: jest.fn() };
      const im = createCallbackRouter<http.IncomingMessage>({ ...options, logger }).on(
        'Sns.CallbackFriendAdd',
        () => undefined,
      );
      const other = buildCallbackRequest({
        command: 'Sns.CallbackFriendDelete',
        sdkAppId: 1400000000,
        token: 'node-token',
      });
      const response = await request(serveWithThrowingNext(im)).post(other.url).send(other.body);
      expect([response.status, response.text]).toEqual([500, 'Internal Server Error']);
      expect(logger.error).toHaveBeenCalledWith(expect.any(String), failure);
    });

    it('gets a request outside path answered 500, and the error logged, not thrown into node:http', async () => {
      const logger = { warn: jest.fn(), error: jest.fn() };
      const im = createCallbackRouter<http.IncomingMessage>({ ...options, logger });
      // Thrown into node:http, the error would be an uncaught exception: the end of the process.
      const response = await request(serveWithThrowingNext(im, '/im/callback')).get('/health');
      expect([response.status, response.text]).toEqual([500, 'Internal Server Error']);
      expect(logger.error).toHaveBeenCalledWith('tencent-im-callback: answering the request failed', failure);
    });

    it('gets a callback that a router with autoReply: false handed over answered 500, and the error logged', async () => {
      const logger = { warn: jest.fn(), error: jest.fn() };
      const ran = jest.fn();
      const im = createCallbackRouter<http.IncomingMessage>({ ...options, logger, autoReply: false }).on(
        'Sns.CallbackFriendAdd',
        ran,
      );
      const cb = friendAdd();
      const response = await request(serveWithThrowingNext(im)).post(cb.url).send(cb.body);
      expect([response.status, response.text]).toEqual([500, 'Internal Server Error']);
      expect(ran).toHaveBeenCalledTimes(1);
      expect(logger.error).toHaveBeenCalledWith(expect.any(String), failure);
    });
  });

  it('sits in front of an Express app, which gets everything else', async () => {
    const app = express();
    app.get('/health', (_req, res) => void res.send('healthy'));
    app.post('/im/callback', (_req, res) => void res.status(299).send('express saw it'));
    const handle = createNodeHandler(friendAddCallback<http.IncomingMessage>(options), { path: '/im/callback' });
    const server = http.createServer((req, res) => void handle(req, res, () => app(req, res)));

    expect((await request(server).get('/health')).text).toBe('healthy');
    const cb = friendAdd();
    expect((await request(server).post(cb.url).send(cb.body)).body).toEqual({
      ActionStatus: 'OK',
      ErrorCode: 0,
      ErrorInfo: '',
    });
    const elsewhere = await request(server).post(cb.url.replace('/im/callback', '/other')).send(cb.body);
    expect(elsewhere.status).toBe(404);
    const otherCommand = buildCallbackRequest({
      command: 'Sns.CallbackFriendDelete',
      sdkAppId: 1400000000,
      token: 'node-token',
    });
    const passed = await request(server).post(otherCommand.url).send(otherCommand.body);
    expect(passed.status).toBe(299);
    expect(passed.text).toBe('express saw it');
  });

  it('serves a request whose target is a whole URL (absolute-form) at its path, reading its query', async () => {
    const seen: string[] = [];
    const im = createCallbackRouter<http.IncomingMessage>(options).on('Sns.CallbackFriendAdd', (event) => {
      seen.push(`${event.command} ${event.sdkAppId} ${event.clientIp ?? ''}`);
    });
    const server = await listen(createNodeHandler(im, { path: '/im/callback' }));
    /** Posts the signed callback with `target` as the request line's target, as a proxy would. */
    const postTo = (target: string) => {
      const { body } = friendAdd();
      return sendRaw(
        server.port,
        `POST ${target} HTTP/1.1\r\nHost: im.example\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      );
    };
    try {
      const { url } = friendAdd();
      const query = url.slice(url.indexOf('?'));
      const ok = await postTo(`http://im.example${url}`);
      expect(ok.status).toBe('HTTP/1.1 200 OK');
      expect(JSON.parse(ok.body)).toEqual({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' });
      expect(seen).toEqual(['Sns.CallbackFriendAdd 1400000000 127.0.0.1']);
      expect((await postTo(`http://im.example/im/callbacks${query}`)).status).toBe('HTTP/1.1 404 Not Found');
      // No path before the query: the path is `/`, though the query holds `/im/callback`.
      expect((await postTo(`http://im.example${query}&to=/im/callback`)).status).toBe('HTTP/1.1 404 Not Found');
      expect(seen).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it.each(['im/callback', '', 42])('refuses path %p', (path) => {
    expect(() =>
      createNodeHandler(createCallbackRouter<http.IncomingMessage>(options), { path: path as string }),
    ).toThrow(/option "path" must start with "\/"/);
  });

  it('reads a request without a URL as the root path, naming no command, and passes it on', async () => {
    const next = jest.fn();
    const handle = createNodeHandler(createCallbackRouter<http.IncomingMessage>(options), { path: '/' });
    await handle({ url: undefined } as unknown as http.IncomingMessage, {} as http.ServerResponse, next);
    expect(next).toHaveBeenCalledTimes(1);
  });

  describe('a body that arrives in several chunks', () => {
    /** Serves the handler, counting the chunks in which each body arrived, and posts `body` in pieces to it. */
    const postCounting = async (
      im: CallbackRouter<http.IncomingMessage>,
      chunks: number[],
      url: string,
      body: Buffer,
      cuts: number[],
    ) => {
      const handle = createNodeHandler(im);
      // Each piece is sent once the server has read the one before: one read per piece.
      let pieceRead: (() => void) | undefined;
      const server = await listen((req, res) => {
        let count = 0;
        req.on('data', () => {
          count++;
          pieceRead?.();
        });
        req.on('end', () => chunks.push(count));
        void handle(req, res);
      });
      try {
        return await postInPieces(server.port, url, body, {
          cuts,
          afterEachPiece: () => new Promise<void>((resolve) => (pieceRead = resolve)),
        });
      } finally {
        await server.close();
      }
    };
    it('reads characters cut between chunks whole, however they are cut', async () => {
      const names: string[] = [];
      const im = createCallbackRouter<http.IncomingMessage>(options).on('Sns.CallbackFriendAdd', (event) => {
        names.push(event.pairs[0].To_Account);
      });
      const name = 'bob·好友😀';
      const cb = buildCallbackRequest({
        command: 'Sns.CallbackFriendAdd',
        sdkAppId: 1400000000,
        token: 'node-token',
        body: {
          CallbackCommand: 'Sns.CallbackFriendAdd',
          PairList: [{ From_Account: 'alice', To_Account: name, Initiator_Account: 'alice' }],
          ClientCmd: 'friend_add',
        },
      });
      const body = Buffer.from(`\uFEFF${cb.body}`);
      const at = body.indexOf(Buffer.from('好'));
      const emoji = body.indexOf(Buffer.from('😀'));
      // Inside the three bytes of 好 and between the four of 😀, and inside the byte order mark.
      const chunks: number[] = [];
      const reply = await postCounting(im, chunks, cb.url, body, [1, at + 1, at + 2, emoji + 3]);
      expect(reply.status).toBe(200);
      expect(names).toEqual([name]);
      expect(chunks[0]).toBeGreaterThan(1);
    });

    it('refuses with 400 bytes that are not UTF-8, and a character left unfinished, when the body is cut', async () => {
      const im = createCallbackRouter<http.IncomingMessage>(options).on('Sns.CallbackFriendAdd', () => undefined);
      const cb = friendAdd();
      const text = Buffer.from(cb.body);
      const at = text.indexOf(Buffer.from('bob'));
      const broken = Buffer.concat([text.subarray(0, at), Buffer.from([0xe5, 0xa5]), text.subarray(at)]);
      const chunks: number[] = [];
      const reply = await postCounting(im, chunks, cb.url, broken, [at + 1]);
      expect(reply.status).toBe(400);
      expect(reply.info).toBe('body is not valid UTF-8');
      const unfinished = Buffer.concat([text, Buffer.from([0xf0, 0x9f])]);
      const cut = await postCounting(im, chunks, cb.url, unfinished, [text.length]);
      expect(cut.status).toBe(400);
      expect(cut.info).toBe('body is not valid UTF-8');
      expect(chunks).toEqual([2, 2]);
    });
  });
});
