import http from 'node:http';
import express from 'express';
import request from 'supertest';
import {
  createCallbackRouter,
  createNodeHandler,
  friendAddCallback,
  sendCallbackReply,
  type CallbackRouterOptions,
  type KnownCommand,
} from 'tencent-im-callback';
import { buildCallbackRequest, samplePacket, SAMPLE_COMMANDS } from 'tencent-im-callback/testing';
import { recordingLogger } from './helpers/app';

const token = 'decision-token';
const sdkAppId = 1400000000;
const OK = { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' };
const text = (words: string) => [{ MsgType: 'TIMTextElem' as const, MsgContent: { Text: words } }];

function router(options: Partial<CallbackRouterOptions> = {}) {
  return createCallbackRouter({ sdkAppId, token, logger: recordingLogger(), onError: () => undefined, ...options });
}

/** Posts one signed callback to a real Express app serving the router, as IM would. */
async function post(im: ReturnType<typeof router>, command: KnownCommand, body: object = samplePacket(command)) {
  const app = express();
  app.use('/im/callback', im);
  const cb = buildCallbackRequest({ command, sdkAppId, token, body });
  const response = await request(app).post(cb.url).set(cb.headers).send(cb.body);
  expect(response.status).toBe(200);
  return response.body as Record<string, unknown>;
}

describe('every known command', () => {
  it('covers the 59 commands of IM', () => {
    expect(SAMPLE_COMMANDS).toHaveLength(59);
  });

  it.each(SAMPLE_COMMANDS.map((command) => [command]))(
    '%s: the sample reaches its listener as a typed event and is answered',
    async (command) => {
      const seen: string[] = [];
      const im = router().on(command as 'Sns.CallbackFriendAdd', (event) => void seen.push(event.command));
      const reply = await post(im, command);
      expect(seen).toEqual([command]);
      // Chatbot and friend requests answer with more than OK; every reply is IM's JSON with ActionStatus OK.
      expect(reply).toMatchObject({ ActionStatus: 'OK', ErrorInfo: '' });
    },
  );
});

describe('events that cannot decide', () => {
  it.each(['C2C.CallbackAfterSendMsg', 'Group.CallbackAfterCreateGroup', 'Sns.CallbackFriendAdd'] as const)(
    '%s has no decision methods',
    async (command) => {
      const methods: string[] = [];
      const im = router().on(command, (event) => {
        for (const name of ['refuse', 'discard', 'replaceMessage', 'deny', 'allow', 'respond']) {
          if (name in event) methods.push(name);
        }
      });
      expect(await post(im, command)).toEqual(OK);
      expect(methods).toEqual([]);
    },
  );
});

describe.each([
  ['C2C.CallbackBeforeSendMsg', 120001, 130000],
  ['Group.CallbackBeforeSendMsg', 10100, 10200],
  ['OfficialAccount.CallbackBeforeSendMsg', 120001, 130000],
] as const)('%s: refuse, discard, replaceMessage', (command, lowest, highest) => {
  it('delivers the message as sent when no listener decides', async () => {
    expect(
      await post(
        router().on(command, () => undefined),
        command,
      ),
    ).toEqual(OK);
  });

  it('refuses with ErrorCode 1 by default, ActionStatus still OK', async () => {
    expect(
      await post(
        router().on(command, (event) => event.refuse()),
        command,
      ),
    ).toEqual({ ...OK, ErrorCode: 1 });
  });

  it.each([lowest, highest])('refuses with the family code %i and its ErrorInfo', async (code) => {
    const im = router().on(command, (event) => event.refuse(code, 'not allowed'));
    expect(await post(im, command)).toEqual({ ActionStatus: 'OK', ErrorCode: code, ErrorInfo: 'not allowed' });
  });

  it.each([0, 2, lowest - 1, highest + 1, 1.5, 38000])(
    'treats code %p as a programming error: RangeError at the call',
    async (code) => {
      const errors: unknown[] = [];
      const im = router({ onError: (error) => void errors.push(error) }).on(command, (event) => event.refuse(code));
      expect(await post(im, command)).toEqual(OK); // the listener failed: the 'allow' fallback
      expect(errors[0]).toBeInstanceOf(RangeError);
      expect(String(errors[0])).toContain(`refuse() needs code 1 or a code from ${lowest} to ${highest}`);
    },
  );

  it('discards silently with ErrorCode 2', async () => {
    expect(
      await post(
        router().on(command, (event) => event.discard()),
        command,
      ),
    ).toEqual({ ...OK, ErrorCode: 2 });
  });

  it('replaces the body and the custom data with ErrorCode 0', async () => {
    const im = router().on(command, (event) =>
      event.replaceMessage({ MsgBody: text('****'), CloudCustomData: 'moderated' }),
    );
    expect(await post(im, command)).toEqual({ ...OK, MsgBody: text('****'), CloudCustomData: 'moderated' });
  });

  it('replaces only the custom data', async () => {
    const im = router().on(command, (event) => event.replaceMessage({ CloudCustomData: 'x' }));
    expect(await post(im, command)).toEqual({ ...OK, CloudCustomData: 'x' });
  });

  it('sends the replacement as it was when replaceMessage was called', async () => {
    const im = router().on(command, (event) => {
      const body = text('first');
      event.replaceMessage({ MsgBody: body });
      body[0]!.MsgContent.Text = 'changed later';
    });
    expect((await post(im, command))['MsgBody']).toEqual(text('first'));
  });

  it.each<[string, unknown]>([
    ['an empty MsgBody', { MsgBody: [] }],
    ['a MsgBody that is not an array', { MsgBody: { MsgType: 'TIMTextElem' } }],
    ['a malformed element', { MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 5 } }] }],
    ['an element without MsgType', { MsgBody: [{ MsgContent: {} }] }],
    ['neither field', {}],
    ['nothing at all', undefined],
    ['a CloudCustomData that is not a string', { CloudCustomData: 5 }],
    ['a MsgBody whose own toJSON gives nothing', { MsgBody: Object.assign(text('x'), { toJSON: () => undefined }) }],
    ['a MsgBody with a hole, which JSON would send as null', { MsgBody: Object.assign([], { 1: text('x')[0] }) }],
    ['a MsgBody that cannot be serialised', { MsgBody: [{ ...text('x')[0], Ext: BigInt(1) }] }],
  ])('refuses %s with a TypeError at the call', async (_case, replacement) => {
    const errors: unknown[] = [];
    const im = router({ onError: (error) => void errors.push(error) }).on(command, (event) =>
      event.replaceMessage(replacement as never),
    );
    expect(await post(im, command)).toEqual(OK);
    expect(errors[0]).toBeInstanceOf(TypeError);
  });

  it('lets the first refusal stand over everything, in any order', async () => {
    const im = router()
      .on(command, (event) => event.replaceMessage({ MsgBody: text('x') }))
      .on(command, (event) => event.discard())
      .on(command, (event) => event.refuse(lowest, 'first'))
      .on(command, (event) => event.refuse(1, 'second'));
    expect(await post(im, command)).toEqual({ ActionStatus: 'OK', ErrorCode: lowest, ErrorInfo: 'first' });
  });

  it('lets a discard stand over a replacement, and a later replacement replace an earlier one', async () => {
    const discarded = router()
      .on(command, (event) => event.discard())
      .on(command, (event) => event.replaceMessage({ MsgBody: text('x') }));
    expect(await post(discarded, command)).toEqual({ ...OK, ErrorCode: 2 });
    const replaced = router().on(command, (event) => {
      event.replaceMessage({ MsgBody: text('one') });
      event.replaceMessage({ CloudCustomData: 'two' });
    });
    expect(await post(replaced, command)).toEqual({ ...OK, CloudCustomData: 'two' });
  });

  it("refuses with ErrorCode 1 when a listener fails under beforeCallbackFallback 'deny', and delivers under 'allow'", async () => {
    const failing = (fallback: 'allow' | 'deny') =>
      router({ beforeCallbackFallback: fallback }).on(command, () => {
        throw new Error('moderation service down');
      });
    expect(await post(failing('deny'), command)).toEqual({
      ActionStatus: 'OK',
      ErrorCode: 1,
      ErrorInfo: 'refused because the app could not decide',
    });
    expect(await post(failing('allow'), command)).toEqual(OK);
  });

  it('keeps a decision made before another listener failed', async () => {
    const im = router({ beforeCallbackFallback: 'deny' })
      .on(command, (event) => event.discard())
      .on(command, () => Promise.reject(new Error('down')));
    expect(await post(im, command)).toEqual({ ...OK, ErrorCode: 2 });
  });

  it("sends a replacement made before another listener failed under 'allow', and refuses the message under 'deny'", async () => {
    const replacedThenFailed = (fallback: 'allow' | 'deny') =>
      router({ beforeCallbackFallback: fallback })
        .on(command, (event) => event.replaceMessage({ MsgBody: text('****') }))
        .on(command, () => Promise.reject(new Error('down')));
    expect(await post(replacedThenFailed('allow'), command)).toEqual({ ...OK, MsgBody: text('****') });
    expect(await post(replacedThenFailed('deny'), command)).toEqual({
      ActionStatus: 'OK',
      ErrorCode: 1,
      ErrorInfo: 'refused because the app could not decide',
    });
  });

  it('answers by the fallback at listenerTimeoutMs, and refuses a decision made after the reply', async () => {
    const errors: unknown[] = [];
    let release: (() => void) | undefined;
    const im = router({
      beforeCallbackFallback: 'deny',
      listenerTimeoutMs: 20,
      onError: (error) => void errors.push(error),
    }).on(command, async (event) => {
      await new Promise<void>((resolve) => (release = resolve));
      event.discard();
    });
    expect(await post(im, command)).toMatchObject({ ErrorCode: 1 });
    release?.();
    await new Promise((resolve) => setImmediate(resolve));
    expect(String(errors[1])).toBe('Error: tencent-im-callback: discard() came after the reply was sent.');
  });

  it('sends the decision when the app answers itself with sendCallbackReply', async () => {
    const im = router({ autoReply: false }).on(command, (event) => event.discard());
    const app = express();
    app.use('/im/callback', im, (_req, res) => void sendCallbackReply(res));
    const cb = buildCallbackRequest({ command, sdkAppId, token });
    expect((await request(app).post(cb.url).send(cb.body)).body).toEqual({ ...OK, ErrorCode: 2 });
  });

  it('sends a replacement when the app answers itself with sendCallbackReply', async () => {
    const im = router({ autoReply: false }).on(command, (event) => event.replaceMessage({ MsgBody: text('****') }));
    const app = express();
    app.use('/im/callback', im, (_req, res) => void sendCallbackReply(res));
    const cb = buildCallbackRequest({ command, sdkAppId, token });
    expect((await request(app).post(cb.url).send(cb.body)).body).toEqual({ ...OK, MsgBody: text('****') });
  });
});

describe.each([
  ['Group.CallbackBeforeCreateGroup', 10100, 10200],
  ['Group.CallbackBeforeApplyJoinGroup', 10100, 10200],
  ['Group.CallbackBeforeCreateTopic', 10100, 10200],
  ['OfficialAccount.CallbackBeforeCreateOfficialAccount', 120001, 130000],
] as const)('%s: a gate', (command, lowest, highest) => {
  it('lets the request through unless refused', async () => {
    expect(
      await post(
        router().on(command, () => undefined),
        command,
      ),
    ).toEqual(OK);
  });

  it.each([1, lowest, highest])('refuses with code %i', async (code) => {
    const im = router().on(command, (event) => event.refuse(code, 'no'));
    expect(await post(im, command)).toEqual({ ActionStatus: 'OK', ErrorCode: code, ErrorInfo: 'no' });
  });

  it('refuses a code outside the family range with a RangeError', async () => {
    const errors: unknown[] = [];
    const im = router({ onError: (error) => void errors.push(error) }).on(command, (event) =>
      event.refuse(highest + 1),
    );
    await post(im, command);
    expect(errors[0]).toBeInstanceOf(RangeError);
  });

  it("refuses with ErrorCode 1 under the 'deny' fallback when a listener fails", async () => {
    const im = router({ beforeCallbackFallback: 'deny' }).on(command, () => {
      throw new Error('down');
    });
    expect(await post(im, command)).toMatchObject({ ActionStatus: 'OK', ErrorCode: 1 });
  });
});

describe.each([
  ['Group.CallbackBeforeInviteJoinGroup', 'RefusedMembers_Account', 10100],
  ['OfficialAccount.CallbackBeforeAddSubscriber', 'RefusedSubscribers_Account', 120001],
] as const)('%s: some users or the whole request', (command, field, code) => {
  const body = () => samplePacket(command, { to: ['carol', 'dave', 'mallory'], count: 3 });

  it('lists the users in IM order as targets, and refuses those denied, with ErrorCode 0', async () => {
    const targets: (readonly string[])[] = [];
    const im = router().on(command, (event) => {
      targets.push(event.targets);
      event.deny('mallory');
      event.deny('carol');
      event.deny('mallory');
    });
    expect(await post(im, command, body())).toEqual({ ...OK, [field]: ['carol', 'mallory'] });
    expect(targets).toEqual([['carol', 'dave', 'mallory']]);
  });

  it('lets everyone through when nobody is denied', async () => {
    expect(
      await post(
        router().on(command, () => undefined),
        command,
        body(),
      ),
    ).toEqual(OK);
  });

  it('refuses a user who is not a target with a RangeError', async () => {
    const errors: unknown[] = [];
    const im = router({ onError: (error) => void errors.push(error) }).on(command, (event) => event.deny('eve'));
    await post(im, command, body());
    expect(errors[0]).toBeInstanceOf(RangeError);
    expect(String(errors[0])).toContain('deny() needs one of the targets (carol, dave, mallory); received "eve"');
  });

  it('lets a refusal of the whole request stand over the denials', async () => {
    const im = router()
      .on(command, (event) => event.deny('carol'))
      .on(command, (event) => event.refuse(code, 'closed'));
    expect(await post(im, command, body())).toEqual({ ActionStatus: 'OK', ErrorCode: code, ErrorInfo: 'closed' });
  });

  it("refuses every user under the 'deny' fallback when a listener fails", async () => {
    const im = router({ beforeCallbackFallback: 'deny' }).on(command, () => Promise.reject(new Error('down')));
    expect(await post(im, command, body())).toEqual({ ...OK, [field]: ['carol', 'dave', 'mallory'] });
  });
});

describe('Chatbot.OnC2CSignalMessage: respond', () => {
  const command = 'Chatbot.OnC2CSignalMessage';

  it('hands the data back to the bot in RspData', async () => {
    const im = router().on(command, (event) => event.respond('{"answer":42}'));
    expect(await post(im, command)).toEqual({ ...OK, RspData: '{"answer":42}' });
  });

  it('answers a plain OK without a response, and FAIL when a listener fails', async () => {
    expect(
      await post(
        router().on(command, () => undefined),
        command,
      ),
    ).toEqual(OK);
    const failing = router().on(command, () => {
      throw new Error('bot down');
    });
    expect(await post(failing, command)).toEqual({
      ActionStatus: 'FAIL',
      ErrorCode: 1,
      ErrorInfo: 'a callback listener failed',
    });
  });

  it('refuses data that is not a string', async () => {
    const errors: unknown[] = [];
    const im = router({ onError: (error) => void errors.push(error) }).on(command, (event) =>
      event.respond({ answer: 42 } as never),
    );
    await post(im, command);
    expect(errors[0]).toBeInstanceOf(TypeError);
  });
});

describe('decisions that cannot be made', () => {
  it('refuses a refusal whose info is not a string', async () => {
    const errors: unknown[] = [];
    const im = router({ onError: (error) => void errors.push(error) }).on('Group.CallbackBeforeCreateGroup', (event) =>
      event.refuse(1, 42 as never),
    );
    expect(await post(im, 'Group.CallbackBeforeCreateGroup')).toEqual(OK);
    expect(String(errors[0])).toBe(
      'TypeError: tencent-im-callback: refuse() needs info to be a string; received number.',
    );
  });

  type Decide = (event: { refuse(): void; deny(t: string): void; respond(d: string): void }) => void;
  it.each<[KnownCommand, Decide, string]>([
    ['Group.CallbackBeforeCreateGroup', (event) => event.refuse(), 'refuse'],
    ['Group.CallbackBeforeInviteJoinGroup', (event) => event.deny('x'), 'deny'],
    ['Chatbot.OnC2CSignalMessage', (event) => event.respond('late'), 'respond'],
  ])('refuses a late %s decision (%s) once the reply was sent', async (command, decide, method) => {
    const errors: unknown[] = [];
    let release: (() => void) | undefined;
    const im = router({ listenerTimeoutMs: 20, onError: (error) => void errors.push(error) }).on(
      command as 'Group.CallbackBeforeCreateGroup',
      async (event) => {
        await new Promise<void>((resolve) => (release = resolve));
        decide(event as unknown as Parameters<Decide>[0]);
      },
    );
    await post(im, command);
    release?.();
    await new Promise((resolve) => setImmediate(resolve));
    expect(String(errors[1])).toBe(`Error: tencent-im-callback: ${method}() came after the reply was sent.`);
  });

  it('refuses a listener for another command on friendAddCallback', () => {
    expect(() =>
      friendAddCallback({ sdkAppId, token }).on('Sns.CallbackFriendDelete' as never, () => undefined),
    ).toThrow(
      'tencent-im-callback: friendAddCallback().on() handles only Sns.CallbackFriendAdd; received "Sns.CallbackFriendDelete". createCallbackRouter() handles every command.',
    );
  });
});

describe('decisions on plain node:http', () => {
  it('write a replacement as IM reads it: its members in order after the OK, the length exact', async () => {
    const im = createCallbackRouter<http.IncomingMessage>({ sdkAppId, token, logger: recordingLogger() }).on(
      'C2C.CallbackBeforeSendMsg',
      (event) => event.replaceMessage({ MsgBody: text('«****» 😀'), CloudCustomData: '{"moderated":true}' }),
    );
    const server = http.createServer(createNodeHandler(im));
    const cb = buildCallbackRequest({ command: 'C2C.CallbackBeforeSendMsg', sdkAppId, token });
    const response = await request(server).post(cb.url).send(cb.body);
    const expected = JSON.stringify({ ...OK, MsgBody: text('«****» 😀'), CloudCustomData: '{"moderated":true}' });
    expect(response.text).toBe(expected);
    expect(response.headers['content-length']).toBe(String(Buffer.byteLength(expected)));
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it('are answered the same through createNodeHandler', async () => {
    const im = createCallbackRouter<http.IncomingMessage>({ sdkAppId, token, logger: recordingLogger() }).on(
      'C2C.CallbackBeforeSendMsg',
      (event, req) => {
        if (req.method === 'POST') event.refuse(120002, 'node');
      },
    );
    const server = http.createServer(createNodeHandler(im));
    const cb = buildCallbackRequest({ command: 'C2C.CallbackBeforeSendMsg', sdkAppId, token });
    expect((await request(server).post(cb.url).send(cb.body)).body).toEqual({
      ActionStatus: 'OK',
      ErrorCode: 120002,
      ErrorInfo: 'node',
    });
  });
});

describe('command names at .on()', () => {
  it.each([
    ['Sns.CallbackFriendAdded', 'Sns.CallbackFriendAdd'],
    ['sns.callbackfriendadd', 'Sns.CallbackFriendAdd'],
    ['C2C.CallbackAfterMsgWithdraw', 'C2C.CallbackAfterMsgWithDraw'],
    ['Group.CallbackAfterSendMgs', 'Group.CallbackAfterSendMsg'],
  ])('refuses the misspelling %s, naming %s', (misspelt, meant) => {
    expect(() => router().on(misspelt as never, () => undefined)).toThrow(
      new TypeError(
        `tencent-im-callback: createCallbackRouter().on() got ${JSON.stringify(misspelt)}, which is not a command IM sends. Did you mean ${JSON.stringify(meant)}? (Command names are case-sensitive; a command this package does not know yet is accepted by its exact name.)`,
      ),
    );
  });

  it('accepts a command this package does not know yet, delivered with its body untyped', async () => {
    const bodies: unknown[] = [];
    const im = router().on('Room.CallbackAfterCreateRoom', (event) => void bodies.push(event.body['RoomId']));
    const app = express();
    app.use('/im/callback', im);
    const cb = buildCallbackRequest({
      command: 'Room.CallbackAfterCreateRoom',
      sdkAppId,
      token,
      body: { CallbackCommand: 'Room.CallbackAfterCreateRoom', RoomId: 'rid-1' },
    });
    expect((await request(app).post(cb.url).send(cb.body)).body).toEqual(OK);
    expect(bodies).toEqual(['rid-1']);
  });
});
