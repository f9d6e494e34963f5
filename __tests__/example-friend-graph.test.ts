import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import { buildCallbackRequest, samplePacket } from 'tencent-im-callback/testing';
import { builtFile } from './helpers/built';
import { exampleFolder, startExampleServer } from './helpers/example';

const exampleDir = exampleFolder('friend-graph');
const token = 'example-token';
const startExample = () => startExampleServer('friend-graph', { IM_CALLBACK_TOKEN: token }, 'FRIEND_GRAPH_DATA');

describe('the friend-graph example', () => {
  let example: Awaited<ReturnType<typeof startExample>>;

  // One server for the file (the embedded database takes seconds to create); each test uses
  // users of its own.
  beforeAll(async () => {
    example = await startExample();
  });
  afterAll(() => example.stop());

  function send(command: string, body: object) {
    const cb = buildCallbackRequest({ command, sdkAppId: 1400000000, token, body });
    return request(example.base).post(cb.url).set(cb.headers).send(cb.body);
  }
  const graphOf = async (user: string) =>
    (await request(example.base).get(`/friends/${user}`)).body as { friends: string[]; blocked: string[] };

  it('mirrors friend adds and deletes, idempotently', async () => {
    const add = samplePacket('Sns.CallbackFriendAdd', { from: 'alice', to: ['bob', 'carol'], count: 2 });
    expect((await send('Sns.CallbackFriendAdd', add)).body.ActionStatus).toBe('OK');
    expect((await send('Sns.CallbackFriendAdd', add)).body.ActionStatus).toBe('OK');
    expect(await graphOf('alice')).toEqual({ userId: 'alice', friends: ['bob', 'carol'], blocked: [] });
    const remove = samplePacket('Sns.CallbackFriendDelete', { from: 'alice', to: ['carol'] });
    await send('Sns.CallbackFriendDelete', remove);
    await send('Sns.CallbackFriendDelete', remove);
    expect((await graphOf('alice')).friends).toEqual(['bob']);
  });

  it('mirrors blocklists and refuses friend requests to users who blocked the requester', async () => {
    await send(
      'Sns.CallbackBlackListAdd',
      samplePacket('Sns.CallbackBlackListAdd', { from: 'carol', to: ['mallory', 'eve'], count: 2 }),
    );
    await send(
      'Sns.CallbackBlackListDelete',
      samplePacket('Sns.CallbackBlackListDelete', { from: 'carol', to: ['eve'] }),
    );
    expect((await graphOf('carol')).blocked).toEqual(['mallory']);
    const request = await send(
      'Sns.CallbackPrevFriendAdd',
      samplePacket('Sns.CallbackPrevFriendAdd', { from: 'mallory', to: ['carol', 'dave'], count: 2 }),
    );
    expect(request.body.ResultItem).toEqual([
      { To_Account: 'carol', ResultCode: 38001, ResultInfo: 'the user has blocked you' },
      { To_Account: 'dave', ResultCode: 0, ResultInfo: '' },
    ]);
  });

  it('stores a 3,000-pair batch whole', async () => {
    await send('Sns.CallbackFriendAdd', samplePacket('Sns.CallbackFriendAdd', { from: 'big', count: 3000 }));
    expect((await graphOf('big')).friends).toHaveLength(3000);
  });

  it('logs every callback with who, what and the reply, and refusals with the reason', async () => {
    const before = example.lines.length;
    await send('Sns.CallbackFriendAdd', samplePacket('Sns.CallbackFriendAdd', { from: 'logan', to: ['lucy'] }));
    await request(example.base)
      .post('/im/callback?SdkAppid=1400000000&CallbackCommand=Sns.CallbackFriendAdd')
      .send('{}');
    // Each line is written once its reply is sent, so the last may trail the response a little.
    const lines = await example.waitFor((line) => line.includes('"status":401'));
    const logged = lines.slice(before).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(logged).toEqual([
      expect.objectContaining({
        command: 'Sns.CallbackFriendAdd',
        what: ['logan->lucy'],
        status: 200,
        reply: { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' },
      }),
      expect.objectContaining({
        message: expect.stringContaining('rejected Sns.CallbackFriendAdd with 401 (sign_missing)'),
      }),
      expect.objectContaining({ status: 401, reply: expect.objectContaining({ ActionStatus: 'FAIL' }) }),
    ]);
    expect(JSON.stringify(logged)).not.toContain(token);
  });

  it('npm run demo drives the example with the CLI and exits 0', async () => {
    builtFile('cli.js'); // the demo runs the built simulator, as a developer would
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(exampleDir, 'demo.js')]);
    expect(stdout).toContain('alice: friends [bob], blocked []');
    expect(stdout).toContain('carol: friends [], blocked [mallory]');
    expect(stdout).toContain('demo finished: every callback answered as expected');
  });
});
