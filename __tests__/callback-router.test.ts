import request from 'supertest';
import {
  createCallbackRouter,
  isCallbackEvent,
  sendCallbackReply,
  type CallbackRouterOptions,
  type KnownCommand,
  type RouterEvent,
} from '../lib';
import { samplePacket } from '../lib/testing';
import packets from './fixtures/sns-packets.json';
import { callbackApp, recordingLogger } from './helpers/app';
import { callbackUrl, docNowMs, docVector, SDK_APP_ID } from './helpers/callback-request';
import { expressMajors } from './helpers/express-versions';

const OK = { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' };
const signing = { token: docVector.token };
const commands = Object.keys(packets) as (keyof typeof packets)[];
const allowed = (...targets: string[]) => targets.map((To_Account) => ({ To_Account, ResultCode: 0, ResultInfo: '' }));
const decisionReply = (ResultItem: object[]) => ({ ...OK, ResultItem });

describe.each(expressMajors)('createCallbackRouter on %s', (_major, express) => {
  let logger: ReturnType<typeof recordingLogger>;
  beforeEach(() => {
    logger = recordingLogger();
  });

  function router(options: Partial<CallbackRouterOptions> = {}) {
    return createCallbackRouter({
      sdkAppId: SDK_APP_ID,
      token: docVector.token,
      now: () => docNowMs,
      logger,
      ...options,
    });
  }

  function post(
    app: ReturnType<typeof callbackApp>,
    command: string,
    body: unknown = packets[command as keyof typeof packets],
  ) {
    return request(app)
      .post(callbackUrl('/im/callback', { CallbackCommand: command }, signing))
      .set('Content-Type', 'application/json')
      .send(JSON.stringify(body));
  }

  describe('the six Sns callbacks', () => {
    it.each([
      ['Sns.CallbackFriendAdd', ['id->id1', 'id->id2', 'id->id3']],
      ['Sns.CallbackFriendDelete', ['id->id1', 'id->id2', 'id->id3']],
      ['Sns.CallbackBlackListAdd', ['id->id1', 'id->id2', 'id->id3']],
      ['Sns.CallbackBlackListDelete', ['id->id1', 'id->id2', 'id->id3']],
    ] as const)('delivers the documented %s packet with its pairs and answers OK', async (command, expected) => {
      const seen: string[] = [];
      const im = router().on(command, (event) => {
        expect(event.body).toEqual(packets[command]);
        for (const pair of event.pairs) seen.push(`${pair.From_Account}->${pair.To_Account}`);
      });
      const response = await post(callbackApp(express, im), command);
      expect(response.status).toBe(200);
      expect(response.body).toEqual(OK);
      expect(seen).toEqual(expected);
    });

    it('lets Sns.CallbackPrevFriendAdd listeners refuse a target, with one ResultItem per target', async () => {
      const im = router().on('Sns.CallbackPrevFriendAdd', (event) => {
        expect(event.targets).toEqual(['id1', 'id2']);
        expect(event.body.AddType).toBe('Add_Type_Both');
        event.allow('id1');
        event.deny('id2', 38001, 'blocked by policy');
      });
      const response = await post(callbackApp(express, im), 'Sns.CallbackPrevFriendAdd');
      expect(response.status).toBe(200);
      expect(response.body).toEqual(
        decisionReply([
          { To_Account: 'id1', ResultCode: 0, ResultInfo: '' },
          { To_Account: 'id2', ResultCode: 38001, ResultInfo: 'blocked by policy' },
        ]),
      );
    });

    it('lets Sns.CallbackPrevFriendResponse listeners refuse a target, by default with 38000', async () => {
      const im = router().on('Sns.CallbackPrevFriendResponse', (event) => {
        const rejecting = event.body.ResponseFriendItem.find(
          (item) => item.ResponseAction === 'Response_Action_Reject',
        );
        if (rejecting) event.deny(rejecting.To_Account);
      });
      const response = await post(callbackApp(express, im), 'Sns.CallbackPrevFriendResponse');
      expect(response.body).toEqual(
        decisionReply([
          { To_Account: 'id1', ResultCode: 0, ResultInfo: '' },
          { To_Account: 'id2', ResultCode: 38000, ResultInfo: '' },
        ]),
      );
    });

    it('routes a mixed sequence of all six commands to the right listeners with the right replies', async () => {
      const calls: string[] = [];
      const im = router();
      for (const command of commands) im.on(command, (event: RouterEvent) => void calls.push(event.command));
      im.on('Sns.CallbackPrevFriendAdd', (event) => event.deny('id1', 38999, 'no'));
      const app = callbackApp(express, im);
      const sequence = [
        ...commands,
        ...[...commands].reverse(),
        'Sns.CallbackPrevFriendAdd',
        'Sns.CallbackFriendAdd',
      ] as KnownCommand[];
      for (const command of sequence) {
        const response = await post(app, command);
        expect(response.status).toBe(200);
        if (command === 'Sns.CallbackPrevFriendAdd') {
          expect(response.body).toEqual(
            decisionReply([{ To_Account: 'id1', ResultCode: 38999, ResultInfo: 'no' }, ...allowed('id2')]),
          );
        } else if (command === 'Sns.CallbackPrevFriendResponse') {
          expect(response.body).toEqual(decisionReply(allowed('id1', 'id2')));
        } else {
          expect(response.body).toEqual(OK);
        }
      }
      expect(calls).toEqual(sequence);
    });

    it('refuses a packet of one command sent under another with 400', async () => {
      const listener = jest.fn();
      const im = router().on('Sns.CallbackFriendDelete', listener);
      const response = await post(
        callbackApp(express, im),
        'Sns.CallbackFriendDelete',
        packets['Sns.CallbackFriendAdd'],
      );
      expect(response.status).toBe(400);
      expect(response.body.ErrorInfo).toBe(
        '/CallbackCommand in the body ("Sns.CallbackFriendAdd") does not match the query (Sns.CallbackFriendDelete)',
      );
      expect(listener).not.toHaveBeenCalled();
    });

    it('enforces each schema, naming the field', async () => {
      const im = router().on('Sns.CallbackPrevFriendAdd', () => undefined);
      const response = await post(callbackApp(express, im), 'Sns.CallbackPrevFriendAdd', {
        ...packets['Sns.CallbackPrevFriendAdd'],
        FriendItem: [{ To_Account: 5 }],
      });
      expect(response.status).toBe(400);
      expect(response.body.ErrorInfo).toBe('/FriendItem/0/To_Account must be string');
    });
  });

  describe('other commands', () => {
    it('delivers a command without a schema, registered by its string, with the body as sent', async () => {
      const bodies: unknown[] = [];
      // A command of a sister product (TUIRoomKit) that shares IM's callback URL.
      const im = router().on('Room.CallbackAfterCreateRoom', (event) => void bodies.push(event.body));
      const body = {
        CallbackCommand: 'Room.CallbackAfterCreateRoom',
        RoomId: 'r1',
        Members: [{ UserId: 'a' }],
      };
      expect((await post(callbackApp(express, im), 'Room.CallbackAfterCreateRoom', body)).body).toEqual(OK);
      expect(bodies).toEqual([body]);
    });

    it('accepts a body without CallbackCommand, such as a push batch', async () => {
      const im = router().on('Push.OfflinePush', (event) => expect(event.body.Events).toHaveLength(1));
      expect(
        (await post(callbackApp(express, im), 'Push.OfflinePush', { Events: [{ To_Account: 'a' }] })).body,
      ).toEqual(OK);
    });

    it.each([
      [
        'a body CallbackCommand that differs from the query',
        { CallbackCommand: 'Group.CallbackAfterCreateGroup' },
        /does not match the query/,
      ],
      ['a numeric CallbackCommand', { CallbackCommand: 7 }, /does not match the query/],
      ['a body that is not an object', [1, 2], /body must be a JSON object/],
    ])('refuses %s with 400', async (_case, body, errorInfo) => {
      const listener = jest.fn();
      const im = router().on('Room.CallbackAfterCreateRoom', listener);
      const response = await post(callbackApp(express, im), 'Room.CallbackAfterCreateRoom', body);
      expect(response.status).toBe(400);
      expect(response.body.ErrorInfo).toMatch(errorInfo);
      expect(listener).not.toHaveBeenCalled();
    });

    it('applies the same SdkAppid and signature checks', async () => {
      const im = router().on('Group.CallbackAfterCreateGroup', () => undefined);
      const app = callbackApp(express, im);
      const unsigned = await request(app)
        .post(callbackUrl('/im/callback', { CallbackCommand: 'Group.CallbackAfterCreateGroup' }))
        .send('{}');
      expect(unsigned.status).toBe(401);
      const otherApp = await request(app)
        .post(callbackUrl('/im/callback', { CallbackCommand: 'Group.CallbackAfterCreateGroup', SdkAppid: 1 }, signing))
        .send('{}');
      expect(otherApp.status).toBe(403);
    });
  });

  describe('unhandled commands', () => {
    it.each(['Sns.CallbackFriendDelete', 'C2C.CallbackBeforeSendMsg'])(
      'pass %s to next() with the body unread by default',
      async (command) => {
        const im = router()
          .on('Sns.CallbackFriendAdd', () => undefined)
          .onAny(jest.fn());
        const response = await post(callbackApp(express, im), command, { CallbackCommand: command, x: 1 });
        expect(response.status).toBe(299);
        expect(response.body).toEqual({ reachedNext: true, body: JSON.stringify({ CallbackCommand: command, x: 1 }) });
      },
    );

    it('pass a command on again once its last listener is removed', async () => {
      const listener = () => undefined;
      const im = router().on('Sns.CallbackFriendDelete', listener);
      const app = callbackApp(express, im);
      expect((await post(app, 'Sns.CallbackFriendDelete')).status).toBe(200);
      im.off('Sns.CallbackFriendDelete', listener);
      expect((await post(app, 'Sns.CallbackFriendDelete')).status).toBe(299);
    });

    it("are checked and answered OK with unhandled: 'ack', running onAny listeners", async () => {
      const seen: string[] = [];
      const im = router({ unhandled: 'ack' }).onAny((event) => void seen.push(event.command));
      const app = callbackApp(express, im);
      expect(
        (await post(app, 'Group.CallbackAfterNewMemberJoin', samplePacket('Group.CallbackAfterNewMemberJoin'))).body,
      ).toEqual(OK);
      expect((await post(app, 'Sns.CallbackBlackListAdd')).body).toEqual(OK);
      expect((await post(app, 'Sns.CallbackPrevFriendAdd')).body).toEqual(decisionReply(allowed('id1', 'id2')));
      expect(seen).toEqual([
        'Group.CallbackAfterNewMemberJoin',
        'Sns.CallbackBlackListAdd',
        'Sns.CallbackPrevFriendAdd',
      ]);
      const unsigned = await request(app)
        .post(callbackUrl('/im/callback', { CallbackCommand: 'Group.X' }))
        .send('{}');
      expect(unsigned.status).toBe(401);
    });

    it("still pass requests naming no command to next() with unhandled: 'ack'", async () => {
      const response = await request(callbackApp(express, router({ unhandled: 'ack' })))
        .post('/im/callback?SdkAppid=1400000000')
        .send('{}');
      expect(response.status).toBe(299);
    });
  });

  describe('onAny, onError', () => {
    it('runs onAny listeners beside the command listeners, and stops after offAny', async () => {
      const seen: string[] = [];
      const any = (event: RouterEvent) => void seen.push(`any ${event.command}`);
      const im = router()
        .on('Sns.CallbackFriendDelete', () => void seen.push('own'))
        .onAny(any);
      const app = callbackApp(express, im);
      await post(app, 'Sns.CallbackFriendDelete');
      im.offAny(any);
      await post(app, 'Sns.CallbackFriendDelete');
      expect(seen).toEqual(['own', 'any Sns.CallbackFriendDelete', 'own']);
    });

    it('reports failures of command and onAny listeners together as one AggregateError', async () => {
      const onError = jest.fn();
      const im = router({ onError })
        .on('Sns.CallbackBlackListDelete', () => Promise.reject(new Error('own failed')))
        .onAny(() => {
          throw new Error('any failed');
        });
      const response = await post(callbackApp(express, im), 'Sns.CallbackBlackListDelete');
      expect(response.body).toEqual({ ActionStatus: 'FAIL', ErrorCode: 1, ErrorInfo: 'a callback listener failed' });
      expect(onError).toHaveBeenCalledTimes(1);
      const [error, event] = onError.mock.calls[0] as [AggregateError, RouterEvent];
      expect(error).toBeInstanceOf(AggregateError);
      expect(error.errors.map((e: Error) => e.message)).toEqual(['own failed', 'any failed']);
      expect(event.command).toBe('Sns.CallbackBlackListDelete');
    });

    it('keeps failures in listener order behind listeners that succeeded at once', async () => {
      const onError = jest.fn();
      const ran: string[] = [];
      const im = router({ onError })
        .on('Sns.CallbackBlackListDelete', () => {
          ran.push('first');
        })
        .on('Sns.CallbackBlackListDelete', () => {
          ran.push('throws');
          throw new Error('thrown at once');
        })
        .on('Sns.CallbackBlackListDelete', async () => {
          ran.push('second');
          await Promise.resolve();
          throw new Error('second failed');
        })
        .on('Sns.CallbackBlackListDelete', () => {
          ran.push('third');
        })
        .onAny(() => {
          ran.push('any');
          throw new Error('any failed');
        });
      const response = await post(callbackApp(express, im), 'Sns.CallbackBlackListDelete');
      expect(response.body).toEqual({ ActionStatus: 'FAIL', ErrorCode: 1, ErrorInfo: 'a callback listener failed' });
      expect(ran).toEqual(['first', 'throws', 'second', 'third', 'any']);
      const [error] = onError.mock.calls[0] as [AggregateError];
      expect(error.errors.map((e: Error) => e.message)).toEqual(['thrown at once', 'second failed', 'any failed']);
    });

    it('reports a listener that throws at once after others succeeded', async () => {
      const onError = jest.fn();
      const im = router({ onError })
        .on('Sns.CallbackBlackListDelete', () => undefined)
        .on('Sns.CallbackBlackListDelete', () => {
          throw new Error('second failed');
        });
      const response = await post(callbackApp(express, im), 'Sns.CallbackBlackListDelete');
      expect(response.body).toEqual({ ActionStatus: 'FAIL', ErrorCode: 1, ErrorInfo: 'a callback listener failed' });
      expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'second failed' }), expect.anything());
    });

    it('refuses an onAny listener that is not a function', () => {
      expect(() => router().onAny(42 as never)).toThrow(
        /createCallbackRouter\(\)\.onAny\(\) needs a listener function/,
      );
    });
  });

  describe('before-callback decisions', () => {
    it('lets a refusal stand over an allow from another listener', async () => {
      const im = router()
        .on('Sns.CallbackPrevFriendAdd', (event) => event.deny('id1', 38002, 'first'))
        .on('Sns.CallbackPrevFriendAdd', (event) => {
          event.allow('id1');
          event.deny('id1', 38003, 'second');
        });
      const response = await post(callbackApp(express, im), 'Sns.CallbackPrevFriendAdd');
      expect(response.body.ResultItem[0]).toEqual({ To_Account: 'id1', ResultCode: 38002, ResultInfo: 'first' });
    });

    it.each([
      ['a ResultCode below 38000', 37999],
      ['a ResultCode above 39000', 39001],
      ['a fractional ResultCode', 38000.5],
    ])('treats %s as a programming error: the listener fails and the fallback decides', async (_case, code) => {
      const onError = jest.fn();
      const im = router({ onError }).on('Sns.CallbackPrevFriendAdd', (event) => event.deny('id1', code));
      const response = await post(callbackApp(express, im), 'Sns.CallbackPrevFriendAdd');
      expect(response.body).toEqual(decisionReply(allowed('id1', 'id2')));
      expect(onError.mock.calls[0]?.[0]).toBeInstanceOf(RangeError);
      expect(String(onError.mock.calls[0]?.[0])).toMatch(/ResultCode from 38000 to 39000/);
    });

    it('treats a ResultInfo that is not a string as a programming error', async () => {
      const onError = jest.fn();
      const im = router({ onError }).on('Sns.CallbackPrevFriendAdd', (event) =>
        event.deny('id1', 38001, { reason: 'x' } as never),
      );
      const response = await post(callbackApp(express, im), 'Sns.CallbackPrevFriendAdd');
      expect(response.body).toEqual(decisionReply(allowed('id1', 'id2')));
      expect(onError.mock.calls[0]?.[0]).toBeInstanceOf(TypeError);
      expect(String(onError.mock.calls[0]?.[0])).toMatch(/deny\(\) needs resultInfo to be a string; received object/);
    });

    it('refuses a decision on an account that is not a target', async () => {
      const onError = jest.fn();
      const im = router({ onError }).on('Sns.CallbackPrevFriendResponse', (event) => event.allow('intruder'));
      await post(callbackApp(express, im), 'Sns.CallbackPrevFriendResponse');
      expect(String(onError.mock.calls[0]?.[0])).toMatch(/needs one of the targets \(id1, id2\); received "intruder"/);
    });

    it.each([
      ['allow', [{ To_Account: 'id1', ResultCode: 38005, ResultInfo: 'kept' }, ...allowed('id2')]],
      [
        'deny',
        [
          { To_Account: 'id1', ResultCode: 38005, ResultInfo: 'kept' },
          { To_Account: 'id2', ResultCode: 38000, ResultInfo: 'refused because the app could not decide' },
        ],
      ],
    ] as const)(
      "keeps refusals and applies the '%s' fallback to the rest when a listener fails",
      async (fallback, items) => {
        const im = router({ beforeCallbackFallback: fallback, onError: () => undefined })
          .on('Sns.CallbackPrevFriendAdd', (event) => event.deny('id1', 38005, 'kept'))
          .on('Sns.CallbackPrevFriendAdd', () => Promise.reject(new Error('policy service down')));
        const response = await post(callbackApp(express, im), 'Sns.CallbackPrevFriendAdd');
        expect(response.status).toBe(200);
        expect(response.body).toEqual(decisionReply(items as unknown as object[]));
      },
    );

    it('answers by the fallback at listenerTimeoutMs, well before the listener ends, and refuses its late decision', async () => {
      const onError = jest.fn();
      let release: (() => void) | undefined;
      const im = router({ beforeCallbackFallback: 'deny', listenerTimeoutMs: 30, onError }).on(
        'Sns.CallbackPrevFriendResponse',
        async (event) => {
          await new Promise<void>((resolve) => (release = resolve));
          event.allow('id1');
        },
      );
      const response = await post(callbackApp(express, im), 'Sns.CallbackPrevFriendResponse');
      // The listener is still waiting for release(): the reply went out without it.
      expect(release).toBeDefined();
      expect(response.body.ResultItem.map((item: { ResultCode: number }) => item.ResultCode)).toEqual([38000, 38000]);
      release?.();
      await new Promise((resolve) => setImmediate(resolve));
      expect(onError.mock.calls.map(([error]) => String(error))).toEqual([
        'ListenerTimeoutError: callback listeners did not finish within 30 ms',
        'Error: tencent-im-callback: allow("id1") came after the reply was sent.',
      ]);
    });

    it("counts a listener's synchronous work in listenerTimeoutMs", async () => {
      const onError = jest.fn();
      // The real clock, which the deadline is read on (the other tests' is fixed, for the Sign).
      const im = router({ beforeCallbackFallback: 'deny', listenerTimeoutMs: 200, onError, now: Date.now }).on(
        'Sns.CallbackPrevFriendAdd',
        async (event) => {
          // 250 ms of work before the listener's first await: the deadline has passed by then,
          // so its decision 100 ms later comes too late (counted from the await, it would not).
          const until = performance.now() + 250;
          while (performance.now() < until);
          await new Promise((resolve) => setTimeout(resolve, 100));
          event.allow('id1');
        },
      );
      const response = await request(callbackApp(express, im))
        .post(
          callbackUrl(
            '/im/callback',
            { CallbackCommand: 'Sns.CallbackPrevFriendAdd' },
            { ...signing, requestTime: Math.floor(Date.now() / 1000) },
          ),
        )
        .set('Content-Type', 'application/json')
        .send(JSON.stringify(packets['Sns.CallbackPrevFriendAdd']));
      expect(response.body.ResultItem.map((item: { ResultCode: number }) => item.ResultCode)).toEqual([38000, 38000]);
      expect(String(onError.mock.calls[0]?.[0])).toBe(
        'ListenerTimeoutError: callback listeners did not finish within 200 ms',
      );
    });

    it('never stretches listenerTimeoutMs when the clock is set back while listeners run', async () => {
      // The query is checked at docNowMs; by the time the listeners have run, the clock reads
      // three seconds earlier (an NTP step, a VM resumed). The deadline stays 100 ms.
      let readings = 0;
      const now = () => (readings++ === 0 ? docNowMs : docNowMs - 3000);
      const im = router({ beforeCallbackFallback: 'deny', listenerTimeoutMs: 100, onError: () => undefined, now }).on(
        'Sns.CallbackPrevFriendAdd',
        async (event) => {
          await new Promise((resolve) => setTimeout(resolve, 400));
          event.allow('id1');
        },
      );
      const response = await post(callbackApp(express, im), 'Sns.CallbackPrevFriendAdd');
      expect(response.body.ResultItem.map((item: { ResultCode: number }) => item.ResultCode)).toEqual([38000, 38000]);
    });

    it("keeps a decision made in event.signal's abort handler, and refuses one made after it", async () => {
      const onError = jest.fn();
      const im = router({ beforeCallbackFallback: 'allow', listenerTimeoutMs: 30, onError })
        .on('Sns.CallbackPrevFriendAdd', (event) => {
          event.signal.addEventListener('abort', () => event.deny('id1', 38001, 'decided at the deadline'));
          return new Promise<void>(() => undefined);
        })
        .on('Sns.CallbackPrevFriendAdd', async (event) => {
          // What a listener whose fetch the abort cancelled would do in its catch: one turn later.
          await new Promise((_, reject) => event.signal.addEventListener('abort', () => reject(event.signal.reason)));
        })
        .on('Sns.CallbackPrevFriendAdd', async (event) => {
          try {
            await new Promise((_, reject) => event.signal.addEventListener('abort', () => reject(event.signal.reason)));
          } catch {
            event.deny('id2', 38002, 'decided after the deadline');
          }
        });
      const response = await post(callbackApp(express, im), 'Sns.CallbackPrevFriendAdd');
      expect(response.body).toEqual(
        decisionReply([
          { To_Account: 'id1', ResultCode: 38001, ResultInfo: 'decided at the deadline' },
          ...allowed('id2'),
        ]),
      );
      await new Promise((resolve) => setImmediate(resolve));
      // The listener that stopped because of the abort did not fail; the late decision did.
      expect(onError.mock.calls.map(([error]) => String(error))).toEqual([
        'ListenerTimeoutError: callback listeners did not finish within 30 ms',
        'Error: tencent-im-callback: deny("id2") came after the reply was sent.',
      ]);
    });

    it('answers 500, and leaves no unhandled rejection, when working out the reply fails after an async listener', async () => {
      const unhandled = jest.fn();
      process.on('unhandledRejection', unhandled);
      try {
        for (const listener of [
          (event: { targets: unknown }) => void (event.targets = 'not a list'),
          async (event: { targets: unknown }) => void (event.targets = 'not a list'),
        ]) {
          // A plain-JS listener can write what TypeScript marks read-only: the reply then cannot be made.
          const im = router().on('Sns.CallbackPrevFriendAdd', listener as never);
          const response = await post(callbackApp(express, im), 'Sns.CallbackPrevFriendAdd');
          expect(response.status).toBe(500);
          expect(response.body).toEqual({
            ActionStatus: 'FAIL',
            ErrorCode: 1,
            ErrorInfo: 'internal error while handling the callback',
          });
        }
        await new Promise((resolve) => setImmediate(resolve));
        expect(unhandled).not.toHaveBeenCalled();
      } finally {
        process.off('unhandledRejection', unhandled);
      }
    });

    it('carries the decisions when the app answers itself with sendCallbackReply', async () => {
      const im = router({ autoReply: false }).on('Sns.CallbackPrevFriendAdd', (event) =>
        event.deny('id2', 38100, 'later'),
      );
      const response = await post(
        callbackApp(express, im, (_req, res) => void sendCallbackReply(res)),
        'Sns.CallbackPrevFriendAdd',
      );
      expect(response.body).toEqual(
        decisionReply([...allowed('id1'), { To_Account: 'id2', ResultCode: 38100, ResultInfo: 'later' }]),
      );
    });
  });

  describe('req.timCallback', () => {
    it('narrows to one command with isCallbackEvent', async () => {
      const im = router({ autoReply: false }).on('Sns.CallbackBlackListAdd', () => undefined);
      const app = callbackApp(express, im, (req, res) => {
        const event = req.timCallback;
        res.json({
          blacklist: isCallbackEvent(event, 'Sns.CallbackBlackListAdd') ? event.pairs.length : null,
          friendAdd: isCallbackEvent(event, 'Sns.CallbackFriendAdd'),
        });
      });
      expect((await post(app, 'Sns.CallbackBlackListAdd')).body).toEqual({ blacklist: 3, friendAdd: false });
      expect([
        isCallbackEvent(undefined, 'Sns.CallbackFriendAdd'),
        isCallbackEvent(null, 'Sns.CallbackFriendAdd'),
      ]).toEqual([false, false]);
    });
  });

  describe('options', () => {
    it.each([
      ['unhandled', { unhandled: 'drop' }, /option "unhandled" must be 'next' or 'ack'; received "drop"/],
      [
        'beforeCallbackFallback',
        { beforeCallbackFallback: true },
        /option "beforeCallbackFallback" must be 'allow' or 'deny'; received true/,
      ],
      ['a misspelt option', { beforecallbackfallback: 'deny' }, /Did you mean "beforeCallbackFallback"\?/],
    ])('refuses a malformed %s', (_case, options, message) => {
      expect(() => createCallbackRouter({ sdkAppId: SDK_APP_ID, token: 't', logger, ...(options as object) })).toThrow(
        message,
      );
    });
  });
});
