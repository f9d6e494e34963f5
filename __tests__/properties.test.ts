import { Readable } from 'node:stream';
import fc from 'fast-check';
import { computeSign, createCallbackRouter, type CallbackRouter, type FriendAddEvent } from 'tencent-im-callback';
import friendAddSchema from '../schemas/sns/friend-add.schema.json';
import { validatorOf } from '../lib/commands/validate';
import { parseJsonBody } from '../lib/body/parse-json';
import { decodeUtf8Chunks } from '../lib/body/utf8-chunks';
import { readCallbackQuery, REPEATED } from '../lib/protocol/query';

const TOKEN = 'property-token';
const NOW_S = 1669872112;
const isValidPacket = validatorOf(friendAddSchema.$id);
const documentedStatuses = new Set([200, 400, 401, 403, 405, 413, 415]);
const commandName = /^[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9_]*)+$/;
// A fixed seed keeps CI repeatable; set FC_SEED to another number to explore new cases.
const seed = Number(process.env['FC_SEED'] ?? 20261128);

/** Runs the router on one raw request (no sockets) and records every reply and next() call. */
function dispatch(router: CallbackRouter, method: string, url: string, body: string) {
  return new Promise<{ replies: { status: number; text: string }[]; nexts: number }>((resolve) => {
    const replies: { status: number; text: string }[] = [];
    let nexts = 0;
    const req = Object.assign(Readable.from([Buffer.from(body)]), {
      method,
      url,
      headers: { 'content-length': String(Buffer.byteLength(body)) },
    });
    const res = {
      headersSent: false,
      writableEnded: false,
      statusCode: 200,
      setHeader: () => undefined,
      writeHead(status: number) {
        res.statusCode = status;
      },
      end(text: string) {
        res.headersSent = true;
        res.writableEnded = true;
        replies.push({ status: res.statusCode, text });
      },
    };
    void Promise.resolve(router(req as never, res as never, () => void nexts++)).then(() =>
      resolve({ replies, nexts }),
    );
  });
}

function routerWithProbe() {
  const seen: FriendAddEvent[] = [];
  const router = createCallbackRouter({
    sdkAppId: 1400000000,
    token: TOKEN,
    now: () => NOW_S * 1000,
    logger: { warn() {}, error() {} },
    bodyLimit: 4096,
  });
  router.on('Sns.CallbackFriendAdd', (event) => void seen.push(event));
  return { router, seen };
}

const account = fc.string({ minLength: 1, maxLength: 12 });
const validPacket = fc.record(
  {
    CallbackCommand: fc.constant('Sns.CallbackFriendAdd'),
    PairList: fc.array(
      fc.record(
        { From_Account: account, To_Account: account, Initiator_Account: fc.string({ maxLength: 12 }) },
        { requiredKeys: ['From_Account', 'To_Account'] },
      ),
      { minLength: 1, maxLength: 6 },
    ),
    ClientCmd: fc.constantFrom('friend_add', 'FriendAdd', 'friend_response', 'FriendResponse', 'something_new'),
    Admin_Account: fc.string({ maxLength: 8 }),
    ForceFlag: fc.integer({ min: 0, max: 1 }),
    EventTime: fc.oneof(fc.integer({ min: 0 }), fc.integer({ min: 0 }).map(String)),
    Extra: fc.jsonValue({ maxDepth: 2 }),
  },
  { requiredKeys: ['CallbackCommand', 'PairList'] },
);
const anyBody = fc.oneof(
  validPacket.map((packet) => JSON.stringify(packet)),
  // a valid packet with one field replaced by any JSON value
  fc
    .tuple(
      validPacket,
      fc.constantFrom('CallbackCommand', 'PairList', 'ClientCmd', 'ForceFlag', 'EventTime'),
      fc.jsonValue({ maxDepth: 2 }),
    )
    .map(([packet, field, value]) => JSON.stringify({ ...packet, [field]: value })),
  fc.json({ maxDepth: 3 }),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constant('x'.repeat(5000)),
);
const queryValue = (good: string) => fc.oneof(fc.constant(good), fc.string({ maxLength: 10 }), fc.constant(''));
const anyQuery = fc
  .record(
    {
      SdkAppid: queryValue('1400000000'),
      CallbackCommand: fc.oneof(
        fc.constant('Sns.CallbackFriendAdd'),
        fc.constantFrom('Sns.CallbackFriendDelete', 'C2C.CallbackAfterSendMsg'),
        fc.string({ maxLength: 10 }),
      ),
      Sign: queryValue(computeSign(TOKEN, NOW_S)),
      RequestTime: fc.oneof(
        fc.constant(String(NOW_S)),
        fc.integer({ min: NOW_S - 120, max: NOW_S + 120 }).map(String),
        fc.string({ maxLength: 10 }),
      ),
      ClientIP: fc.string({ maxLength: 10 }),
    },
    { requiredKeys: [] },
  )
  .chain((params) => {
    const names = Object.keys(params);
    const repeated =
      names.length === 0 ? fc.constant(undefined) : fc.option(fc.constantFrom(...names), { nil: undefined });
    return fc.tuple(fc.constant(params), repeated, fc.string({ maxLength: 10 }));
  })
  .map(([params, repeated, again]) => {
    const search = new URLSearchParams(params as Record<string, string>);
    if (repeated !== undefined) search.append(repeated, again);
    return search.toString();
  });

describe('properties', () => {
  it('every request gets exactly one well-formed reply with a documented status, or is passed on untouched', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('POST', 'POST', 'POST', 'GET', 'PUT'),
        anyQuery,
        anyBody,
        async (method, query, body) => {
          const { router, seen } = routerWithProbe();
          const { replies, nexts } = await dispatch(router, method, `/?${query}`, body);
          const params = new URLSearchParams(query);
          const commands = new Set(params.getAll('CallbackCommand'));
          const command = commands.size === 1 ? [...commands][0] : undefined;
          if (commands.size === 0 || command === '') {
            // Not an IM callback at all: passed on untouched.
            expect({ replies, nexts }).toEqual({ replies: [], nexts: 1 });
            return;
          }
          const only = (name: string, value: string) => {
            const values = params.getAll(name);
            return values.length > 0 && values.every((v) => v === value);
          };
          const authentic =
            only('SdkAppid', '1400000000') &&
            only('Sign', computeSign(TOKEN, NOW_S)) &&
            only('RequestTime', String(NOW_S));
          if (command !== undefined && command !== 'Sns.CallbackFriendAdd' && authentic && commandName.test(command)) {
            // Another handler's command, from IM: passed on with its body unread.
            expect({ replies, nexts }).toEqual({ replies: [], nexts: 1 });
            return;
          }
          // Ours, or one that may not be passed on (forged, conflicting, malformed): one reply.
          expect(nexts).toBe(0);
          expect(replies).toHaveLength(1);
          const [reply] = replies as [{ status: number; text: string }];
          expect(documentedStatuses.has(reply.status)).toBe(true);
          const parsed = JSON.parse(reply.text) as Record<string, unknown>;
          expect(Object.keys(parsed)).toEqual(['ActionStatus', 'ErrorCode', 'ErrorInfo']);
          expect(parsed['ActionStatus']).toBe(reply.status === 200 ? 'OK' : 'FAIL');
          expect(parsed['ErrorCode']).toBe(reply.status === 200 ? 0 : 1);
          expect(typeof parsed['ErrorInfo']).toBe('string');
          if (command !== 'Sns.CallbackFriendAdd') expect(reply.status).not.toBe(200);
          // No listener sees an invalid packet, and a 200 means it saw exactly one.
          expect(seen).toHaveLength(reply.status === 200 ? 1 : 0);
          for (const event of seen) expect(isValidPacket(event.body)).toBe(true);
        },
      ),
      { numRuns: 3000, seed },
    );
  });

  it('every valid, signed packet reaches the listeners exactly once, as sent', async () => {
    await fc.assert(
      fc.asyncProperty(validPacket, fc.integer({ min: -60, max: 60 }), async (packet, skew) => {
        const { router, seen } = routerWithProbe();
        const time = NOW_S + skew;
        const query = new URLSearchParams({
          SdkAppid: '1400000000',
          CallbackCommand: 'Sns.CallbackFriendAdd',
          Sign: computeSign(TOKEN, time),
          RequestTime: String(time),
        });
        const { replies } = await dispatch(router, 'POST', `/?${query}`, JSON.stringify(packet));
        expect(replies).toEqual([{ status: 200, text: '{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}' }]);
        expect(seen).toHaveLength(1);
        expect(seen[0]?.body).toEqual(JSON.parse(JSON.stringify(packet)));
      }),
      { numRuns: 2000, seed },
    );
  });
});

describe('readCallbackQuery', () => {
  const names = ['SdkAppid', 'CallbackCommand', 'Sign', 'RequestTime', 'ClientIP', 'OptPlatform'] as const;
  // Plain queries (no % or +) take the light reader, escaped ones URLSearchParams: either way
  // each of IM's parameters must read as URLSearchParams reads it, repeated values included.
  const piece = fc.constantFrom(
    'SdkAppid',
    'CallbackCommand',
    'Sign',
    'ClientIP',
    'RequestTime',
    'OptPlatform',
    'Sig',
    'C',
    'a',
    'é',
    '=',
    '&',
    '&&',
    '==',
    '?',
    '#',
    '1',
    '2',
    '.',
    ';',
    ' ',
    '%53',
    '+',
  );
  const anyQuery = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''));
  /** What the package must read: the one value, REPEATED for different values, or undefined. */
  const expectedOf = (params: URLSearchParams, name: string) => {
    const values = params.getAll(name);
    return values.some((value) => value !== values[0]) ? REPEATED : values[0];
  };

  it("reads each of IM's parameters as URLSearchParams does, value for value", () => {
    fc.assert(
      fc.property(anyQuery, fc.constantFrom('', '/im/callback', 'http://host/im/callback'), (query, path) => {
        const read = readCallbackQuery(`${path}?${query}`);
        const expected = new URLSearchParams(query);
        for (const name of names) expect(read[name]).toBe(expectedOf(expected, name));
      }),
      { numRuns: 2000, seed },
    );
  });

  it('decodes escapes and + as URLSearchParams does', () => {
    const read = readCallbackQuery('/?CallbackCommand=Sns.Callback%46riendAdd&ClientIP=b+c&Sign=%E9&SdkAppid=%zz');
    expect(read.CallbackCommand).toBe('Sns.CallbackFriendAdd');
    expect(read.ClientIP).toBe('b c');
    expect(read.Sign).toBe('\uFFFD');
    expect(read.SdkAppid).toBe('%zz');
    expect(readCallbackQuery(undefined).Sign).toBeUndefined();
    expect(readCallbackQuery('/no-query').Sign).toBeUndefined();
  });
});

describe('parseJsonBody and prototype keys', () => {
  /** `word` with each character kept, or written as a \u00XX escape in either case of hex. */
  const spelt = (word: string) =>
    fc
      .array(fc.constantFrom('plain', 'lower', 'upper'), { minLength: word.length, maxLength: word.length })
      .map((ways) =>
        [...word]
          .map((char, i) => {
            const hex = char.charCodeAt(0).toString(16).padStart(4, '0');
            return ways[i] === 'plain' ? char : `\\u${ways[i] === 'upper' ? hex.toUpperCase() : hex}`;
          })
          .join(''),
      );

  it('removes __proto__ and constructor.prototype however their keys are escaped', () => {
    fc.assert(
      fc.property(spelt('__proto__'), spelt('constructor'), spelt('prototype'), (proto, ctor, prototype) => {
        const text = `{"a":1,"${proto}":{"polluted":true},"list":[{"${ctor}":{"${prototype}":{"polluted":true}}}]}`;
        const parsed = parseJsonBody(text);
        expect(Object.hasOwn(parsed, '__proto__')).toBe(false);
        expect(Object.hasOwn((parsed['list'] as object[])[0] as object, 'constructor')).toBe(false);
        expect(parsed['a']).toBe(1);
      }),
      { numRuns: 500, seed },
    );
  });
});

describe('decodeUtf8Chunks', () => {
  const fatal = new TextDecoder('utf-8', { fatal: true });
  /** What a fatal TextDecoder makes of the whole body, or undefined where it refuses it. */
  const decodedWhole = (bytes: Uint8Array) => {
    try {
      return fatal.decode(bytes);
    } catch {
      return undefined;
    }
  };
  /** `bytes` cut at the given places (taken modulo its length), as a body's chunks; a place twice makes an empty chunk. */
  const cut = (bytes: Uint8Array, places: number[]) => {
    const at = places.map((place) => place % (bytes.length + 1)).sort((a, b) => a - b);
    const chunks: Buffer[] = [];
    let from = 0;
    for (const place of [...at, bytes.length]) {
      chunks.push(Buffer.from(bytes.subarray(from, place)));
      from = place;
    }
    return chunks;
  };
  // Text of every width of UTF-8 (one to four bytes), a byte order mark in front or not, and
  // bytes that are no UTF-8 at all: lone continuations, truncated sequences, overlong forms,
  // encoded surrogates and bytes past U+10FFFF.
  const text = fc.string({ unit: 'grapheme', maxLength: 40 });
  const bom = fc.constantFrom('', '\uFEFF');
  const utf8Body = fc.tuple(bom, text).map(([mark, body]) => new Uint8Array(Buffer.from(mark + body, 'utf8')));
  const brokenBody = fc
    .tuple(
      utf8Body,
      fc.constantFrom(
        [0x80],
        [0xc3],
        [0xe2, 0x82],
        [0xf0, 0x9f, 0x98],
        [0xc0, 0xaf],
        [0xed, 0xa0, 0x80],
        [0xf4, 0x90, 0x80, 0x80],
        [0xff],
      ),
      fc.nat(),
    )
    .map(([body, bad, place]) => {
      const at = place % (body.length + 1);
      return new Uint8Array([...body.subarray(0, at), ...bad, ...body.subarray(at)]);
    });

  it('decodes a body cut anywhere exactly as a fatal TextDecoder decodes it whole, and refuses what it refuses', () => {
    fc.assert(
      fc.property(
        fc.oneof(utf8Body, brokenBody, fc.uint8Array({ maxLength: 40 })),
        fc.array(fc.oneof(fc.nat(), fc.constant(1)), { maxLength: 6 }),
        (bytes, places) => {
          expect(decodeUtf8Chunks(cut(bytes, places))).toBe(decodedWhole(bytes));
        },
      ),
      { numRuns: 3000, seed },
    );
  });
});
