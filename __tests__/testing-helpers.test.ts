import express from 'express';
import request from 'supertest';
import { createCallbackRouter, friendAddCallback } from 'tencent-im-callback';
import { buildCallbackRequest, runCallback, samplePacket, SAMPLE_COMMANDS } from 'tencent-im-callback/testing';
import { validatorOf } from '../lib/commands/validate';
import { specOf } from '../lib/commands/registry';
import { commandSamples } from '../lib/generated/samples';
import { commandSchemas } from '../lib/generated/schemas';
import { docVector } from './helpers/callback-request';

const quiet = { warn: () => undefined, error: () => undefined };

describe('samplePacket', () => {
  it.each(
    SAMPLE_COMMANDS.flatMap((command) =>
      (specOf(command).sample?.list === undefined ? [1] : [1, commandSamples[command].sampleMax ?? 3000]).map(
        (count) => [command, count] as const,
      ),
    ),
  )('makes a valid %s packet with %i entries', (command, count) => {
    const validate = validatorOf(commandSchemas[command].$id);
    const packet = samplePacket(command, { count });
    expect(validate(packet)).toBe(true);
    // One entry per count in the list that --pairs sizes (PairList, FriendItem, NewMemberList, ...).
    const list = specOf(command).sample?.list;
    expect(list === undefined ? [packet] : (packet as unknown as Record<string, unknown[]>)[list]).toHaveLength(count);
  });

  it('uses the given users, then made-up ones', () => {
    expect(samplePacket('Sns.CallbackFriendDelete', { from: 'x', to: ['y'], count: 2 }).PairList).toEqual([
      { From_Account: 'x', To_Account: 'y' },
      { From_Account: 'x', To_Account: 'user2' },
    ]);
  });

  it('refuses more than one packet of a command without a list of users', () => {
    expect(() => samplePacket('Alert.RequestOverLimit', { count: 2 })).toThrow(
      'samplePacket() can make only one Alert.RequestOverLimit: its packet has no list of users to grow; received count 2.',
    );
  });

  it('refuses more entries than IM sends in one packet', () => {
    expect(samplePacket('Push.OfflinePush', { count: 100 }).Events).toHaveLength(100);
    expect(() => samplePacket('Push.OfflinePush', { count: 101 })).toThrow(
      'samplePacket() can list at most 100 entries in a Push.OfflinePush, as IM does; received count 101.',
    );
  });

  it('names the users of a list of plain IDs', () => {
    expect(samplePacket('Follow.CallbackAfterFollowDelete', { from: 'x', to: ['y'], count: 2 })).toMatchObject({
      From_Account: 'x',
      To_Account: ['y', 'user2'],
    });
  });

  it.each([0, -1, 1.5])('refuses count %p', (count) => {
    expect(() => samplePacket('Sns.CallbackFriendAdd', { count })).toThrow(RangeError);
  });

  it('refuses a command without a sample', () => {
    expect(() => samplePacket('Room.CallbackAfterCreateRoom' as never)).toThrow(
      /has samples for Sns.CallbackFriendAdd/,
    );
  });
});

describe('buildCallbackRequest', () => {
  it('signs with the token at the given time, like IM', () => {
    const built = buildCallbackRequest({
      command: 'Sns.CallbackFriendAdd',
      sdkAppId: 1400000000,
      token: docVector.token,
      requestTime: docVector.requestTime,
    });
    expect(built.query).toEqual({
      SdkAppid: '1400000000',
      CallbackCommand: 'Sns.CallbackFriendAdd',
      contenttype: 'json',
      ClientIP: '127.0.0.1',
      OptPlatform: 'RESTAPI',
      Sign: docVector.sign,
      RequestTime: String(docVector.requestTime),
    });
    expect(built.url).toBe(`/im/callback?${new URLSearchParams(built.query).toString()}`);
    expect(JSON.parse(built.body)).toMatchObject({ CallbackCommand: 'Sns.CallbackFriendAdd' });
    expect(built.headers).toEqual({ 'content-type': 'application/json' });
  });

  it('leaves Sign out without a token, and sends a string body as it is', () => {
    const built = buildCallbackRequest({
      command: 'Group.X',
      sdkAppId: '1',
      body: '{"a":1}',
      path: '/cb',
      clientIp: '10.0.0.1',
      optPlatform: 'iOS',
    });
    expect(built.url).toBe('/cb?SdkAppid=1&CallbackCommand=Group.X&contenttype=json&ClientIP=10.0.0.1&OptPlatform=iOS');
    expect(built.body).toBe('{"a":1}');
  });

  it('needs a body for commands without a sample', () => {
    expect(() => buildCallbackRequest({ command: 'Group.X', sdkAppId: 1 })).toThrow(/needs a body for Group.X/);
  });

  it('builds requests that a real app accepts through supertest', async () => {
    const seen: string[] = [];
    const app = express();
    app.use(
      '/im/callback',
      friendAddCallback({ sdkAppId: 1400000000, token: 't', logger: quiet }).on(
        'Sns.CallbackFriendAdd',
        (e) => void seen.push(e.pairs[0].To_Account),
      ),
    );
    const cb = buildCallbackRequest({ command: 'Sns.CallbackFriendAdd', sdkAppId: 1400000000, token: 't' });
    const response = await request(app).post(cb.url).set(cb.headers).send(cb.body);
    expect(response.body).toEqual({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' });
    expect(seen).toEqual(['bob']);
  });
});

describe('runCallback', () => {
  const im = () => createCallbackRouter({ sdkAppId: 1400000000, token: 't', logger: quiet });

  it('runs the listeners without HTTP and returns the reply', async () => {
    const router = im().on('Sns.CallbackPrevFriendAdd', (event) => event.deny('user2', 38010, 'no'));
    const run = await runCallback(router, {
      command: 'Sns.CallbackPrevFriendAdd',
      sdkAppId: 1400000000,
      token: 't',
      body: samplePacket('Sns.CallbackPrevFriendAdd', { count: 2 }),
    });
    expect(run).toEqual({
      status: 200,
      passedOn: false,
      error: undefined,
      reply: {
        ActionStatus: 'OK',
        ErrorCode: 0,
        ErrorInfo: '',
        ResultItem: [
          { To_Account: 'bob', ResultCode: 0, ResultInfo: '' },
          { To_Account: 'user2', ResultCode: 38010, ResultInfo: 'no' },
        ],
      },
    });
  });

  it('reports refusals with their status', async () => {
    const run = await runCallback(
      im().on('Sns.CallbackFriendAdd', () => undefined),
      { command: 'Sns.CallbackFriendAdd', sdkAppId: 1400000000, token: 'wrong' },
    );
    expect(run).toMatchObject({ status: 401, reply: { ActionStatus: 'FAIL', ErrorInfo: 'Sign does not match' } });
  });

  it('says when the router passed the request on', async () => {
    const run = await runCallback(im(), { command: 'Sns.CallbackFriendDelete', sdkAppId: 1400000000, token: 't' });
    expect(run).toEqual({ status: undefined, reply: undefined, passedOn: true, error: undefined });
  });

  it('lets a listener reply FAIL by throwing', async () => {
    const router = createCallbackRouter({ sdkAppId: 1, token: false, logger: quiet, onError: () => undefined }).on(
      'C2C.CallbackAfterSendMsg',
      () => {
        throw new Error('x');
      },
    );
    const run = await runCallback(router, { command: 'C2C.CallbackAfterSendMsg', sdkAppId: 1 });
    expect(run.reply).toEqual({ ActionStatus: 'FAIL', ErrorCode: 1, ErrorInfo: 'a callback listener failed' });
  });
});
