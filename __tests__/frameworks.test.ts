// The README's framework recipes, run as they are written, each with its real framework.
import http from 'node:http';
import * as nestCommon from '@nestjs/common';
import * as nestCore from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import Fastify, { type FastifyInstance } from 'fastify';
import { getRequestListener } from '@hono/node-server';
import * as hono from 'hono';
import Koa from 'koa';
import { NextRequest } from 'next/server';
import request from 'supertest';
import { buildCallbackRequest, samplePacket } from 'tencent-im-callback/testing';
import { runReadmeModule } from './helpers/readme';

const token = 'framework-token';
const OK = { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' };

/** A signed friend-add for alice and bob, as IM sends it now. */
const friendAdd = () =>
  buildCallbackRequest({
    command: 'Sns.CallbackFriendAdd',
    sdkAppId: 1400000000,
    token,
    body: samplePacket('Sns.CallbackFriendAdd', { from: 'alice', to: ['bob'] }),
  });

let savedToken: string | undefined;
let log: jest.SpyInstance;
beforeEach(() => {
  savedToken = process.env['IM_CALLBACK_TOKEN'];
  process.env['IM_CALLBACK_TOKEN'] = token;
  log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
});
afterEach(() => {
  if (savedToken === undefined) delete process.env['IM_CALLBACK_TOKEN'];
  else process.env['IM_CALLBACK_TOKEN'] = savedToken;
});

const loggedPairs = () => log.mock.calls.filter(([value]) => Array.isArray(value)).map(([value]) => value as unknown);

describe('Next.js App Router route file', () => {
  it('answers through its POST export, called with a NextRequest', async () => {
    const archive = jest.fn(async () => undefined);
    const route = runReadmeModule('next', { './archive': { archive } }) as {
      POST: (request: Request) => Promise<Response>;
      GET: (request: Request) => Promise<Response>;
    };
    const cb = buildCallbackRequest({ command: 'Group.CallbackAfterSendMsg', sdkAppId: 1400000000, token });
    const response = await route.POST(
      new NextRequest(`https://app.example${cb.url}`, { method: 'POST', body: cb.body, headers: cb.headers }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(OK);
    const sent = JSON.parse(cb.body) as { GroupId: string; MsgBody: unknown };
    expect(archive).toHaveBeenCalledWith(sent.GroupId, sent.MsgBody);
    const get = await route.GET(new NextRequest(`https://app.example${cb.url}`));
    expect(get.status).toBe(405);
  });
});

describe('Hono', () => {
  it('serves callbacks through c.req.raw', async () => {
    const app = runReadmeModule('hono', { hono })['default'] as hono.Hono;
    const cb = friendAdd();
    const response = await app.request(cb.url, { method: 'POST', body: cb.body, headers: cb.headers });
    expect(await response.json()).toEqual(OK);
    expect(loggedPairs()).toEqual([[{ From_Account: 'alice', To_Account: 'bob', Initiator_Account: 'alice' }]]);
    const unsigned = await app.request('/im/callback?SdkAppid=1400000000&CallbackCommand=Sns.CallbackFriendAdd', {
      method: 'POST',
      body: cb.body,
    });
    expect(unsigned.status).toBe(401);
  });

  it('serves callbacks on @hono/node-server, which gives the handler the Node.js request in c.env', async () => {
    const app = runReadmeModule('hono', { hono })['default'] as hono.Hono;
    const server = http.createServer(getRequestListener(app.fetch));
    const cb = friendAdd();
    const response = await request(server).post(cb.url).set(cb.headers).send(cb.body);
    expect(response.body).toEqual(OK);
    expect(loggedPairs()).toEqual([[{ From_Account: 'alice', To_Account: 'bob', Initiator_Account: 'alice' }]]);
    const gzip = await request(server).post(cb.url).set({ 'content-encoding': 'gzip' }).send(cb.body);
    expect(gzip.status).toBe(415);
  });
});

describe('Koa', () => {
  it('answers callbacks and leaves every other request to the app', async () => {
    const app = runReadmeModule('koa', { koa: Koa })['app'] as Koa;
    app.use((ctx) => {
      ctx.body = 'koa';
    });
    const server = http.createServer(app.callback());
    const cb = friendAdd();
    expect((await request(server).post(cb.url).send(cb.body)).body).toEqual(OK);
    expect(loggedPairs()).toHaveLength(1);
    const other = await request(server).get('/health');
    expect([other.status, other.text]).toEqual([200, 'koa']);
    const forged = await request(server)
      .post(cb.url.replace(/Sign=[0-9a-f]+/, `Sign=${'0'.repeat(64)}`))
      .send(cb.body);
    expect([forged.status, forged.body.ErrorInfo]).toEqual([401, 'Sign does not match']);
  });
});

describe('Fastify', () => {
  let app: FastifyInstance | undefined;
  afterEach(() => app?.close());

  it('answers callbacks with the body unparsed by Fastify, whatever its Content-Type', async () => {
    app = runReadmeModule('fastify', { fastify: Fastify })['app'] as FastifyInstance;
    app.post('/elsewhere', async (req) => ({ parsed: req.body }));
    await app.ready();
    const cb = friendAdd();
    const server = app.server;
    const served = (type: string) => request(server).post(cb.url).set('Content-Type', type).send(cb.body);
    expect((await served('application/json')).body).toEqual(OK);
    expect((await served('text/plain')).body).toEqual(OK);
    expect(loggedPairs()).toHaveLength(2);
    const get = await request(server).get(cb.url);
    expect([get.status, get.headers['allow']]).toEqual([405, 'POST']);
    // The rest of the app keeps Fastify's own parsing.
    const elsewhere = await request(server).post('/elsewhere').send({ a: 1 });
    expect(elsewhere.body).toEqual({ parsed: { a: 1 } });
  });
});

describe('NestJS', () => {
  it('mounts the router as Express middleware before Nest parses bodies', async () => {
    const created = new Promise<INestApplication>((resolve) => {
      const NestFactory = {
        create: async (module: unknown) => {
          const app = await nestCore.NestFactory.create(module as never, { logger: false });
          resolve(app);
          return app;
        },
      };
      class AppModule {}
      nestCommon.Module({})(AppModule);
      process.env['PORT'] = '0';
      runReadmeModule('nest', { '@nestjs/core': { NestFactory }, './app.module': { AppModule } });
    });
    const nest = await created;
    delete process.env['PORT'];
    const server = nest.getHttpServer() as http.Server;
    if (!server.listening) await new Promise((resolve) => server.once('listening', resolve));
    try {
      const cb = friendAdd();
      expect((await request(server).post(cb.url).set('Content-Type', 'application/json').send(cb.body)).body).toEqual(
        OK,
      );
      const invalid = await request(server).post(cb.url).set('Content-Type', 'application/json').send('{');
      expect(invalid.body).toEqual({ ActionStatus: 'FAIL', ErrorCode: 1, ErrorInfo: 'body is not valid JSON' });
    } finally {
      await nest.close();
    }
  });
});

describe('Tencent Cloud SCF web function', () => {
  it('listens on port 9000 and serves callbacks', async () => {
    let handler: http.RequestListener | undefined;
    let port: unknown;
    const fakeHttp = {
      createServer: (listener: http.RequestListener) => {
        handler = listener;
        return {
          listen: (at: unknown) => {
            port = at;
          },
        };
      },
    };
    process.env['IM_SDK_APP_ID'] = '1400000000';
    runReadmeModule('scf', { 'node:http': { default: fakeHttp, ...fakeHttp } });
    delete process.env['IM_SDK_APP_ID'];
    expect(port).toBe(9000);
    const cb = friendAdd();
    expect((await request(http.createServer(handler)).post(cb.url).send(cb.body)).body).toEqual(OK);
  });
});
