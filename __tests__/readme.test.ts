import http from 'node:http';
import type express from 'express';
import request from 'supertest';
import { samplePacket } from '../lib/testing';
import { callbackUrl } from './helpers/callback-request';
import { runReadmeModule } from './helpers/readme';

/** Runs a README block (see helpers/readme.ts) and hands back its Express `app`. */
function runReadmeBlock(name: string, modules: Record<string, unknown> = {}) {
  return runReadmeModule(name, modules)['app'] as express.Express;
}

describe('README', () => {
  const token = 'readme-token';
  let savedToken: string | undefined;
  beforeEach(() => {
    savedToken = process.env['IM_CALLBACK_TOKEN'];
    process.env['IM_CALLBACK_TOKEN'] = token;
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    if (savedToken === undefined) delete process.env['IM_CALLBACK_TOKEN'];
    else process.env['IM_CALLBACK_TOKEN'] = savedToken;
  });

  function signedPost(app: express.Express, body: object) {
    const time = Math.floor(Date.now() / 1000);
    return request(app)
      .post(callbackUrl('/im/callback', {}, { token, requestTime: time }))
      .send(body);
  }

  const packet = {
    CallbackCommand: 'Sns.CallbackFriendAdd',
    PairList: [
      { From_Account: 'alice', To_Account: 'bob', Initiator_Account: 'alice' },
      { From_Account: 'bob', To_Account: 'alice', Initiator_Account: 'alice' },
    ],
  };

  it('quick start: stores each added pair and answers OK', async () => {
    const friends: string[] = [];
    const db = { addFriend: async (from: string, to: string) => void friends.push(`${from}->${to}`) };
    const app = runReadmeBlock('quick-start', { './db': { db } });
    const response = await signedPost(app, packet);
    expect(response.body).toEqual({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' });
    expect(friends).toEqual(['alice->bob', 'bob->alice']);
    const unsigned = await request(app).post(callbackUrl('/im/callback')).send(packet);
    expect(unsigned.status).toBe(401);
  });

  it('router: keeps the friend table, refuses blocked requests and counts every callback', async () => {
    const friends = new Set<string>();
    const counted: string[] = [];
    const services = {
      db: {
        addFriend: async (from: string, to: string) => void friends.add(`${from}->${to}`),
        removeFriend: async (from: string, to: string) => void friends.delete(`${from}->${to}`),
      },
      policy: { isBlocked: async (_from: string, to: string) => to === 'mallory' },
      metrics: { count: (...what: unknown[]) => void counted.push(what.join(' ')) },
    };
    const app = runReadmeBlock('router', { './services': services });
    const send = (command: string, body: object) => {
      const time = Math.floor(Date.now() / 1000);
      return request(app)
        .post(callbackUrl('/im/callback', { CallbackCommand: command }, { token, requestTime: time }))
        .send({ CallbackCommand: command, ...body });
    };
    await send('Sns.CallbackFriendAdd', { PairList: packet.PairList });
    await send('Sns.CallbackFriendDelete', { PairList: [{ From_Account: 'bob', To_Account: 'alice' }] });
    const prev = await send('Sns.CallbackPrevFriendAdd', {
      From_Account: 'alice',
      FriendItem: [{ To_Account: 'carol' }, { To_Account: 'mallory' }],
    });
    const { CallbackCommand: _command, ...delivered } = samplePacket('C2C.CallbackAfterSendMsg', { from: 'alice' });
    await send('C2C.CallbackAfterSendMsg', delivered);
    expect([...friends]).toEqual(['alice->bob']);
    expect(prev.body.ResultItem).toEqual([
      { To_Account: 'carol', ResultCode: 0, ResultInfo: '' },
      { To_Account: 'mallory', ResultCode: 38001, ResultInfo: 'blocked by policy' },
    ]);
    expect(counted).toEqual([
      'Sns.CallbackFriendAdd',
      'Sns.CallbackFriendDelete',
      'Sns.CallbackPrevFriendAdd',
      'c2c alice',
      'C2C.CallbackAfterSendMsg',
    ]);
  });

  it('node:http: the handler serves callbacks and hands everything else to Express', async () => {
    let handler: http.RequestListener | undefined;
    const fakeHttp = {
      createServer: (listener: http.RequestListener) => {
        handler = listener;
        return { listen: () => undefined };
      },
    };
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    runReadmeBlock('node-handler', { 'node:http': { default: fakeHttp, ...fakeHttp } });
    const server = http.createServer(handler);
    expect((await signedPost(server as unknown as express.Express, packet)).body).toEqual({
      ActionStatus: 'OK',
      ErrorCode: 0,
      ErrorInfo: '',
    });
    expect(log).toHaveBeenCalledWith(packet.PairList);
    expect((await request(server).get('/anything')).status).toBe(404); // Express's own 404
  });

  it('moderation: drops spam, refuses links, masks words and refuses bot invitees', async () => {
    const app = runReadmeBlock('moderation');
    const say = (words: string) => {
      const body = {
        ...samplePacket('C2C.CallbackBeforeSendMsg'),
        MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: words } }],
      };
      const time = Math.floor(Date.now() / 1000);
      return request(app)
        .post(
          callbackUrl('/im/callback', { CallbackCommand: 'C2C.CallbackBeforeSendMsg' }, { token, requestTime: time }),
        )
        .send(body);
    };
    expect((await say('free money')).body).toMatchObject({ ErrorCode: 2 });
    expect((await say('see https://x.example')).body).toEqual({
      ActionStatus: 'OK',
      ErrorCode: 120001,
      ErrorInfo: 'links are not allowed',
    });
    expect((await say('oh heck')).body).toMatchObject({
      ErrorCode: 0,
      MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'oh ***' } }],
    });
    expect((await say('hello')).body).toEqual({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' });
    const invite = samplePacket('Group.CallbackBeforeInviteJoinGroup', { to: ['carol', 'bot_spam'], count: 2 });
    const time = Math.floor(Date.now() / 1000);
    const invited = await request(app)
      .post(
        callbackUrl(
          '/im/callback',
          { CallbackCommand: 'Group.CallbackBeforeInviteJoinGroup' },
          { token, requestTime: time },
        ),
      )
      .send(invite);
    expect(invited.body).toMatchObject({ ErrorCode: 0, RefusedMembers_Account: ['bot_spam'] });
  });

  it('answering yourself: the route replies OK, or FAIL with its own code', async () => {
    const app = runReadmeBlock('answer-yourself');
    expect((await signedPost(app, packet)).body).toEqual({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' });
    const many = {
      ...packet,
      PairList: Array.from({ length: 101 }, (_, i) => ({ From_Account: 'a', To_Account: `u${i}` })),
    };
    expect((await signedPost(app, many)).body).toEqual({
      ActionStatus: 'FAIL',
      ErrorCode: 2,
      ErrorInfo: 'batch too large',
    });
  });

  it('testing your own listeners: the example tests pass', async () => {
    const tests: (() => Promise<void>)[] = [];
    runReadmeBlock('testing', { test: (_name: string, body: () => Promise<void>) => void tests.push(body) });
    expect(tests).toHaveLength(2);
    for (const body of tests) await body();
  });
});
