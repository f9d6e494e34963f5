import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import { buildCallbackRequest, samplePacket } from 'tencent-im-callback/testing';
import { builtFile } from './helpers/built';
import { exampleFolder, startExampleServer } from './helpers/example';

const exampleDir = exampleFolder('moderation');
const token = 'moderation-token';
const text = (words: string) => [{ MsgType: 'TIMTextElem', MsgContent: { Text: words } }];

describe('the moderation example', () => {
  let example: Awaited<ReturnType<typeof startExampleServer>>;

  beforeAll(async () => {
    example = await startExampleServer('moderation', { IM_CALLBACK_TOKEN: token }, 'MODERATION_DATA');
    await request(example.base).post('/banned-words').send({ word: 'heck' }).expect(204);
    await request(example.base).post('/blocked-users').send({ userId: 'mallory' }).expect(204);
  });
  afterAll(() => example.stop());

  async function send(command: string, body: object) {
    const cb = buildCallbackRequest({ command, sdkAppId: 1400000000, token, body });
    const response = await request(example.base).post(cb.url).set(cb.headers).send(cb.body);
    expect(response.status).toBe(200);
    return response.body as Record<string, unknown>;
  }
  const c2c = (words: string) => ({ ...samplePacket('C2C.CallbackBeforeSendMsg'), MsgBody: text(words) });
  const group = (words: string) => ({ ...samplePacket('Group.CallbackBeforeSendMsg'), MsgBody: text(words) });

  it('masks banned words, refuses links with each family code, drops spam, lets the rest through', async () => {
    expect(await send('C2C.CallbackBeforeSendMsg', c2c('what the heck'))).toEqual({
      ActionStatus: 'OK',
      ErrorCode: 0,
      ErrorInfo: '',
      MsgBody: text('what the ****'),
    });
    expect(await send('C2C.CallbackBeforeSendMsg', c2c('http://x.example'))).toMatchObject({ ErrorCode: 120001 });
    expect(await send('Group.CallbackBeforeSendMsg', group('www.x.example'))).toMatchObject({ ErrorCode: 10100 });
    expect(await send('Group.CallbackBeforeSendMsg', group('Free money!'))).toMatchObject({ ErrorCode: 2 });
    expect(await send('Group.CallbackBeforeSendMsg', group('hello all'))).toEqual({
      ActionStatus: 'OK',
      ErrorCode: 0,
      ErrorInfo: '',
    });
  });

  it('refuses blocked invitees only', async () => {
    const invite = samplePacket('Group.CallbackBeforeInviteJoinGroup', { to: ['carol', 'mallory'], count: 2 });
    expect(await send('Group.CallbackBeforeInviteJoinGroup', invite)).toMatchObject({
      ErrorCode: 0,
      RefusedMembers_Account: ['mallory'],
    });
  });

  it('archives each delivered message once', async () => {
    const delivered = {
      ...samplePacket('C2C.CallbackAfterSendMsg', { from: 'zoe' }),
      MsgKey: 'zoe-1',
      MsgBody: text('hi'),
    };
    await send('C2C.CallbackAfterSendMsg', delivered);
    await send('C2C.CallbackAfterSendMsg', delivered);
    const archive = (await request(example.base).get('/messages')).body as { id: string; text: string }[];
    // The row's id is the callback's event.key, the same for every delivery.
    const id = 'C2C.CallbackAfterSendMsg:MsgKey=zoe-1';
    expect(archive.filter((row) => row.id === id)).toEqual([
      { id, kind: 'c2c', sender: 'zoe', recipient: 'bob', text: 'hi' },
    ]);
  });

  it('npm run demo:moderation plays a conversation through the CLI and exits 0', async () => {
    builtFile('cli.js'); // the demo runs the built simulator, as a developer would
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(exampleDir, 'demo.js')]);
    expect(stdout).toContain('demo finished: every callback answered as expected');
  });
});
