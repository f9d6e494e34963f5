import { commandOf, readCallbackQuery, verifyQuery, type CallbackQuery, type QueryCheck } from '../lib/protocol/query';
import { docNowMs, docVector } from './helpers/callback-request';

const unsigned: QueryCheck = { sdkAppId: '1400000000', tokens: [], maxClockSkewMs: 60_000 };

describe('readCallbackQuery and commandOf', () => {
  it('reads the query of a request target', () => {
    expect(commandOf(readCallbackQuery('/cb?CallbackCommand=Sns.CallbackFriendAdd&x=1'))).toBe('Sns.CallbackFriendAdd');
  });

  it.each([undefined, '/cb', '/cb?', '/cb?callbackcommand=Sns.CallbackFriendAdd', '/cb?CallbackCommand='])(
    'finds no command in %p',
    (url) => {
      expect(commandOf(readCallbackQuery(url))).toBeUndefined();
    },
  );

  it.each(['CallbackCommand=a&CallbackCommand=b', 'CallbackCommand=C2C.X&CallbackCommand=Sns.CallbackFriendAdd'])(
    'refuses %s, whichever value comes first',
    (text) => {
      expect(() => commandOf(readCallbackQuery(`/?${text}`))).toThrow(
        expect.objectContaining({ status: 400, code: 'command_conflict' }),
      );
      const reversed = text.split('&').reverse().join('&');
      expect(() => commandOf(readCallbackQuery(`/?${reversed}`))).toThrow(
        expect.objectContaining({ code: 'command_conflict' }),
      );
    },
  );
});

describe('verifyQuery', () => {
  const query = (text: string) => readCallbackQuery(`/cb?${text}`);
  /** Checks a query as the pipeline does: routed by its command, then verified. */
  const verify = (params: CallbackQuery, check: QueryCheck, nowMs: number) =>
    verifyQuery(params, commandOf(params) ?? '', check, nowMs);

  it('returns the query facts of a valid unsigned request', () => {
    expect(
      verify(
        query('SdkAppid=1400000000&CallbackCommand=Sns.CallbackFriendAdd&ClientIP=10.0.0.1&OptPlatform=iOS'),
        unsigned,
        docNowMs,
      ),
    ).toEqual({
      command: 'Sns.CallbackFriendAdd',
      sdkAppId: '1400000000',
      clientIp: '10.0.0.1',
      optPlatform: 'iOS',
      requestTime: undefined,
    });
  });

  it('checks the signature when tokens are configured', () => {
    const signed = { ...unsigned, tokens: [docVector.token] };
    const base = 'SdkAppid=1400000000&CallbackCommand=Sns.CallbackFriendAdd';
    expect(
      verify(query(`${base}&Sign=${docVector.sign}&RequestTime=${docVector.requestTime}`), signed, docNowMs)
        .requestTime,
    ).toBe(docVector.requestTime);
    expect(() => verify(query(base), signed, docNowMs)).toThrow(expect.objectContaining({ status: 401 }));
  });

  it.each([
    ['no CallbackCommand', 'SdkAppid=1400000000', 400, 'command_invalid'],
    [
      'a CallbackCommand that is not a command name',
      'SdkAppid=1400000000&CallbackCommand=a%0Ab',
      400,
      'command_invalid',
    ],
    ['no SdkAppid', 'CallbackCommand=a', 403, 'sdkappid_missing'],
    [
      'SdkAppid twice with different values',
      'CallbackCommand=a&SdkAppid=1400000000&SdkAppid=1400000001',
      403,
      'sdkappid_mismatch',
    ],
    [
      'Sign twice with different values',
      `CallbackCommand=a&SdkAppid=1400000000&Sign=${docVector.sign}&Sign=x&RequestTime=${docVector.requestTime}`,
      401,
      'sign_mismatch',
    ],
    [
      'RequestTime twice with different values',
      `CallbackCommand=a&SdkAppid=1400000000&Sign=${docVector.sign}&RequestTime=${docVector.requestTime}&RequestTime=1`,
      401,
      'request_time_invalid',
    ],
  ])('refuses %s', (_case, text, status, code) => {
    const signed = { ...unsigned, tokens: code === 'command_invalid' ? [] : [docVector.token] };
    expect(() => verify(query(text), signed, docNowMs)).toThrow(expect.objectContaining({ status, code }));
  });

  it('accepts a parameter repeated with the same value', () => {
    expect(
      verify(query('CallbackCommand=Group.X&SdkAppid=1400000000&SdkAppid=1400000000'), unsigned, docNowMs).sdkAppId,
    ).toBe('1400000000');
  });

  it('leaves out ClientIP and OptPlatform repeated with different values, as ambiguous', () => {
    const facts = verify(
      query(
        'CallbackCommand=Group.X&SdkAppid=1400000000&ClientIP=10.0.0.1&ClientIP=10.0.0.2&OptPlatform=iOS&OptPlatform=iOS',
      ),
      unsigned,
      docNowMs,
    );
    expect(facts.clientIp).toBeUndefined();
    expect(facts.optPlatform).toBe('iOS');
    const other = verify(
      query('CallbackCommand=Group.X&SdkAppid=1400000000&OptPlatform=iOS&ClientIP=10.0.0.1&OptPlatform=Android'),
      unsigned,
      docNowMs,
    );
    expect(other.optPlatform).toBeUndefined();
    expect(other.clientIp).toBe('10.0.0.1');
  });
});
