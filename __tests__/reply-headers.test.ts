import type http from 'node:http';
import { createRequire } from 'node:module';
import net from 'node:net';
import express from 'express';
import request from 'supertest';
import { createCallbackRouter } from 'tencent-im-callback';
import { buildCallbackRequest } from 'tencent-im-callback/testing';
import { listen } from './helpers/server';

/**
 * on-headers 1.0.2, as published: morgan 1.10.0 (and compression before 1.8.1, express-session
 * before 1.18.2) wrap `res.writeHead` with it, and it sets the headers given to writeHead itself.
 */
const onHeaders = createRequire(__filename)('./fixtures/on-headers-1.0.2') as (
  res: http.ServerResponse,
  listener: () => void,
) => void;

const token = 'headers-token';
const json = 'application/json; charset=utf-8';

/** A real Express 5 app that, as morgan does, wraps every response's writeHead before the router runs. */
function appBehindOnHeaders() {
  const im = createCallbackRouter({
    sdkAppId: 1400000000,
    token,
    bodyLimit: 1024,
    logger: { warn: () => undefined, error: () => undefined },
  }).on('Sns.CallbackFriendAdd', () => undefined);
  const app = express();
  app.use((_req, res, next) => {
    onHeaders(res, () => undefined);
    next();
  });
  app.use('/im/callback', im);
  return app;
}

/** The reply's status line and headers (names in lower case), once its head has arrived on a raw connection. */
function replyHead(socket: net.Socket): Promise<{ status: string; headers: Record<string, string> }> {
  return new Promise((resolve, reject) => {
    let received = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      received += chunk;
      const end = received.indexOf('\r\n\r\n');
      if (end === -1) return;
      const [status = '', ...lines] = received.slice(0, end).split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({ status, headers });
    });
    socket.on('error', reject);
  });
}

describe('the reply headers, when middleware before the router wraps res.writeHead (on-headers 1.0.2)', () => {
  const signed = () => buildCallbackRequest({ command: 'Sns.CallbackFriendAdd', sdkAppId: 1400000000, token });

  it('keeps Content-Type and Content-Length on the OK reply and on a refusal', async () => {
    const app = appBehindOnHeaders();
    const cb = signed();
    const ok = await request(app).post(cb.url).send(cb.body);
    expect(ok.status).toBe(200);
    expect(ok.headers['content-type']).toBe(json);
    expect(ok.headers['content-length']).toBe(String(Buffer.byteLength(ok.text)));
    expect(ok.body).toEqual({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' });

    const forged = buildCallbackRequest({ command: 'Sns.CallbackFriendAdd', sdkAppId: 1400000000, token: 'wrong' });
    const unsigned = await request(app).post(forged.url).send(forged.body);
    expect(unsigned.status).toBe(401);
    expect(unsigned.headers['content-type']).toBe(json);
    expect(unsigned.headers['content-length']).toBe(String(Buffer.byteLength(unsigned.text)));
    expect(unsigned.body).toEqual({ ActionStatus: 'FAIL', ErrorCode: 1, ErrorInfo: 'Sign does not match' });
  });

  it('keeps Allow: POST on a 405', async () => {
    const response = await request(appBehindOnHeaders()).get(signed().url);
    expect(response.status).toBe(405);
    expect(response.headers['allow']).toBe('POST');
    expect(response.headers['content-type']).toBe(json);
  });

  it('keeps Connection: close on a 413 for a declared length over the limit, and closes the connection', async () => {
    const server = await listen(appBehindOnHeaders());
    const socket = net.connect(server.port, '127.0.0.1');
    try {
      const ended = new Promise((resolve) => socket.once('end', resolve));
      const head = replyHead(socket);
      // The body is never sent: the reply must not wait for it, nor keep the connection to read it.
      socket.write(`POST ${signed().url} HTTP/1.1\r\nHost: im.example\r\nContent-Length: 100000\r\n\r\n`);
      const { status, headers } = await head;
      expect(status).toBe('HTTP/1.1 413 Payload Too Large');
      expect(headers['connection']).toBe('close');
      expect(headers['content-type']).toBe(json);
      await ended;
    } finally {
      socket.destroy();
      await server.close();
    }
  });
});
