import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import request from 'supertest';
import { createCallbackRouter, createFetchHandler, type FriendAddEvent } from 'tencent-im-callback';
import friendAddSchema from '../schemas/sns/friend-add.schema.json';
import { validatorOf } from '../lib/commands/validate';
import { hostileRequests, NOW_S, TOKEN } from './fixtures/hostile-requests';
import { expressMajors } from './helpers/express-versions';
import { recordingLogger } from './helpers/app';
import { listen } from './helpers/server';
import { buildCallbackRequest, samplePacket } from 'tencent-im-callback/testing';

const validQuery = () =>
  buildCallbackRequest({
    command: 'Sns.CallbackFriendAdd',
    sdkAppId: 1400000000,
    token: TOKEN,
    requestTime: NOW_S,
  }).url.split('?')[1];

describe.each(expressMajors)('hostile requests on %s', (_major, express) => {
  const delivered: FriendAddEvent[] = [];
  const logger = recordingLogger();
  const im = createCallbackRouter({ sdkAppId: 1400000000, token: TOKEN, now: () => NOW_S * 1000, logger });
  im.on('Sns.CallbackFriendAdd', (event) => void delivered.push(event));
  const app = express();
  app.use('/im/callback', im);
  const unexpected = jest.fn();
  app.use((error: unknown, _req: unknown, res: { status(code: number): { end(): void } }, _next: unknown) => {
    unexpected(error);
    res.status(599).end();
  });

  beforeEach(() => {
    delivered.length = 0;
  });

  it.each(hostileRequests.map((entry) => [entry.name, entry] as const))('%s', async (_name, entry) => {
    const url = `/im/callback?${entry.query ?? validQuery()}`;
    // serialize: send the bytes as they are, where superagent would re-encode a Buffer as JSON.
    const method = entry.method ?? 'post';
    const agent = request(app);
    let pending = agent[method](url)
      .set('Content-Type', 'application/json')
      .serialize((body: unknown) => body as string);
    for (const [name, value] of Object.entries(entry.headers ?? {})) pending = pending.set(name, value);
    const response = await pending.send(
      entry.body ?? JSON.stringify(samplePacket('Sns.CallbackFriendAdd', { count: 2 })),
    );
    expect(response.status).toBe(entry.status);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.body).toEqual({
      ActionStatus: entry.errorInfo === '' ? 'OK' : 'FAIL',
      ErrorCode: entry.errorInfo === '' ? 0 : 1,
      ErrorInfo: entry.errorInfo,
    });
    // Only a valid packet reaches a listener, exactly once.
    expect(delivered).toHaveLength(entry.status === 200 ? 1 : 0);
    for (const event of delivered) expect(validatorOf(friendAddSchema.$id)(event.body)).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(unexpected).not.toHaveBeenCalled();
    expect(logger.error).not.toHaveBeenCalled();
  });
});

describe('hostile streams', () => {
  async function withServer(run: (port: number, delivered: unknown[]) => Promise<void>) {
    const delivered: unknown[] = [];
    const im = createCallbackRouter({
      sdkAppId: 1400000000,
      token: TOKEN,
      now: () => NOW_S * 1000,
      logger: recordingLogger(),
    });
    im.on('Sns.CallbackFriendAdd', (event) => void delivered.push(event));
    const server = await listen((req, res) => void im(req as never, res as never, () => res.writeHead(404).end()));
    try {
      await run(Number(new URL(server.base).port), delivered);
    } finally {
      await server.close();
    }
  }
  const head = (length: number) =>
    `POST /im/callback?${validQuery()} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`;
  const body = JSON.stringify(samplePacket('Sns.CallbackFriendAdd'));

  /** Writes `parts` to a raw socket with a pause between them; resolves with what came back when the socket closes. */
  function raw(port: number, parts: string[], pauseMs: number, destroyAfterMs?: number): Promise<string> {
    return new Promise((resolve) => {
      let received = '';
      const socket = net.connect(port, '127.0.0.1', async () => {
        for (const part of parts) {
          socket.write(part);
          await new Promise((r) => setTimeout(r, pauseMs));
        }
        if (destroyAfterMs !== undefined) setTimeout(() => socket.destroy(), destroyAfterMs);
        else socket.end();
      });
      socket.on('data', (data) => (received += String(data)));
      socket.on('close', () => resolve(received));
      socket.on('error', () => undefined);
    });
  }

  it('answers a slow-drip body, one byte every 2 ms, once it is complete', async () => {
    await withServer(async (port, delivered) => {
      const reply = await raw(port, [head(Buffer.byteLength(body)), ...body.split('')], 2);
      expect(reply).toMatch(/^HTTP\/1\.1 200 OK/);
      expect(reply).toContain('{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}');
      expect(delivered).toHaveLength(1);
    });
  });

  it('delivers nothing from an upload aborted mid-body, and keeps serving', async () => {
    await withServer(async (port, delivered) => {
      await raw(port, [head(Buffer.byteLength(body)), body.slice(0, 30)], 10, 10);
      await new Promise((r) => setTimeout(r, 30));
      expect(delivered).toHaveLength(0);
      const reply = await raw(port, [head(Buffer.byteLength(body)) + body], 0);
      expect(reply).toContain('"ActionStatus":"OK"');
      expect(delivered).toHaveLength(1);
    });
  });

  it('survives a client that disconnects before the reply, delivering the valid callback once', async () => {
    await withServer(async (port, delivered) => {
      await raw(port, [head(Buffer.byteLength(body)) + body], 0, 0);
      await new Promise((r) => setTimeout(r, 50));
      expect(delivered.length).toBeLessThanOrEqual(1);
      const reply = await raw(port, [head(Buffer.byteLength(body)) + body], 0);
      expect(reply).toContain('"ActionStatus":"OK"');
    });
  });
});

describe('hostile requests on createFetchHandler', () => {
  const delivered: FriendAddEvent[] = [];
  const im = createCallbackRouter<Request>({
    sdkAppId: 1400000000,
    token: TOKEN,
    now: () => NOW_S * 1000,
    logger: recordingLogger(),
  });
  im.on('Sns.CallbackFriendAdd', (event) => void delivered.push(event));
  const handle = createFetchHandler(im);

  beforeEach(() => {
    delivered.length = 0;
  });

  it.each(hostileRequests.map((entry) => [entry.name, entry] as const))('%s', async (_name, entry) => {
    const method = (entry.method ?? 'post').toUpperCase();
    const body = entry.body ?? JSON.stringify(samplePacket('Sns.CallbackFriendAdd', { count: 2 }));
    const response = await handle(
      new Request(`https://backend.example/im/callback?${entry.query ?? validQuery()}`, {
        method,
        headers: { 'content-type': 'application/json', ...entry.headers },
        // A Request cannot carry a body with GET; the other methods send the same bytes.
        body: method === 'GET' ? null : body,
      }),
    );
    expect(response.status).toBe(entry.status);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.json()).toEqual({
      ActionStatus: entry.errorInfo === '' ? 'OK' : 'FAIL',
      ErrorCode: entry.errorInfo === '' ? 0 : 1,
      ErrorInfo: entry.errorInfo,
    });
    expect(delivered).toHaveLength(entry.status === 200 ? 1 : 0);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('the catalogue in docs/hostile-input.md', () => {
  const readme = readFileSync(path.join(__dirname, '..', 'docs', 'hostile-input.md'), 'utf8');

  it('lists at least 40 hostile requests', () => {
    expect(hostileRequests.length).toBeGreaterThanOrEqual(40);
  });

  it.each(hostileRequests.map((entry) => [entry.name, entry] as const))('has the row for %s', (_name, entry) => {
    const info = entry.errorInfo === '' ? 'OK' : `\`${entry.errorInfo}\``;
    expect(readme).toContain(`| ${entry.name} | ${entry.status} | ${info} |`);
  });
});
