import { friendAddCallback, type FriendAddCallbackOptions } from '../lib';
import { parseOptions } from '../lib/pipeline/parse-options';
import { runCallback } from '../lib/testing';

const quiet = { warn: jest.fn(), error: jest.fn() };

describe('options', () => {
  it('applies the documented defaults', () => {
    const config = parseOptions({ sdkAppId: 1400000000, token: 't', logger: quiet }, 'friendAddCallback');
    expect(config).toMatchObject({
      sdkAppId: '1400000000',
      tokens: ['t'],
      maxClockSkewMs: 60_000,
      bodyLimit: 1024 * 1024,
      listenerTimeoutMs: 1500,
      autoReply: true,
      now: Date.now,
    });
  });

  it('treats an option set to undefined as not given', () => {
    const config = parseOptions(
      { sdkAppId: '1400000000', token: 't', bodyLimit: undefined, maxClockSkewSeconds: undefined, logger: quiet },
      'friendAddCallback',
    );
    expect(config.maxClockSkewMs).toBe(60_000);
    expect(config.bodyLimit).toBe(1024 * 1024);
  });

  it.each([
    ['a size string', '512kb', 512 * 1024],
    ['a size with spaces and capitals', ' 100 KB ', 100 * 1024],
    ['a fractional size', '1.5mb', 1.5 * 1024 * 1024],
    ['bytes', '2048b', 2048],
    ['a byte count', 2048, 2048],
  ])('reads bodyLimit as %s', (_case, bodyLimit, expected) => {
    expect(parseOptions({ sdkAppId: 1, token: 't', bodyLimit, logger: quiet }, 'f').bodyLimit).toBe(expected);
  });

  it.each(['1m', '1 megabyte', '1e3', '-5kb', '1kib', '0kb', 'mb', '1,024kb'])(
    'refuses bodyLimit %j instead of misreading it',
    (bodyLimit) => {
      expect(() => friendAddCallback({ sdkAppId: 1, token: 't', bodyLimit })).toThrow(
        `tencent-im-callback: friendAddCallback() option "bodyLimit" must be a positive whole number of bytes, or a size with the unit b, kb, mb or gb such as '512kb' or '1mb'; received ${JSON.stringify(bodyLimit)}.`,
      );
    },
  );

  it.each([
    ['left out', { sdkAppId: 1 }, 'undefined'],
    ['undefined, as an unset environment variable gives it', { sdkAppId: 1, token: undefined }, 'undefined'],
    ['empty', { sdkAppId: 1, token: '' }, 'an empty string'],
  ])('fails closed when the token is %s, saying how to fix it', (_case, options, received) => {
    expect(() => friendAddCallback(options as FriendAddCallbackOptions)).toThrow(
      new TypeError(
        `tencent-im-callback: friendAddCallback() option "token" is required: the callback authentication token from the IM console (callback configuration, authentication), as in token: process.env.IM_CALLBACK_TOKEN; received ${received}. If it comes from the environment, check that the variable is set. To accept unsigned callbacks (local development only), pass token: false.`,
      ),
    );
  });

  it('says once, at construction, that signatures are not verified with token: false', () => {
    const logger = { warn: jest.fn(), error: jest.fn() };
    friendAddCallback({ sdkAppId: 1400000000, token: false, logger });
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn.mock.calls[0]?.[0]).toMatch(/token: false, so callback signatures .* are not verified/);
    friendAddCallback({ sdkAppId: 1400000000, token: 'secret', logger });
    expect(logger.warn).toHaveBeenCalledTimes(1);
  });

  it('logs to console when no logger is given', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    friendAddCallback({ sdkAppId: 1400000000, token: false });
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('accepts an onError that returns something, such as Array.prototype.push', () => {
    const errors: unknown[] = [];
    expect(() => friendAddCallback({ sdkAppId: 1, token: 't', onError: (error) => errors.push(error) })).not.toThrow();
  });

  it('sends listener failures to console.error when neither logger nor onError is given', async () => {
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const failure = new Error('db down');
    const friendAdd = friendAddCallback({ sdkAppId: 1400000000, token: false }).on('Sns.CallbackFriendAdd', () => {
      throw failure;
    });
    const { reply } = await runCallback(friendAdd, { command: 'Sns.CallbackFriendAdd', sdkAppId: 1400000000 });
    expect(reply?.ActionStatus).toBe('FAIL');
    expect(error).toHaveBeenCalledWith('tencent-im-callback: a Sns.CallbackFriendAdd listener failed', failure);
  });

  it.each<[string, unknown, RegExp]>([
    ['no options', undefined, /needs an options object/],
    ['an array', [], /needs an options object/],
    ['a missing sdkAppId', {}, /"sdkAppId" .* received undefined/],
    ['a zero sdkAppId', { sdkAppId: 0 }, /"sdkAppId"/],
    ['a fractional sdkAppId', { sdkAppId: 14.5 }, /"sdkAppId"/],
    ['a padded sdkAppId string', { sdkAppId: ' 1400000000' }, /"sdkAppId" .* received " 1400000000"/],
    ['a zero-prefixed sdkAppId string', { sdkAppId: '01400000000' }, /"sdkAppId"/],
    ['a misspelt sdkAppID', { sdkAppID: 1400000000 }, /unknown option "sdkAppID". Did you mean "sdkAppId"\?/],
    ['an unknown option', { sdkAppId: 1, secret: 'x' }, /unknown option "secret". Known options: sdkAppId, token/],
    ['an empty token list', { sdkAppId: 1, token: [] }, /"token" .* received an empty array/],
    [
      'a token list with an empty token',
      { sdkAppId: 1, token: ['ok', ''] },
      /"token" .* received an array with an empty/,
    ],
    ['a numeric token', { sdkAppId: 1, token: 123 }, /"token" .* received a number\./],
    [
      'a negative maxClockSkewSeconds',
      { sdkAppId: 1, maxClockSkewSeconds: -1 },
      /"maxClockSkewSeconds" .* received -1/,
    ],
    [
      'a string maxClockSkewSeconds',
      { sdkAppId: 1, maxClockSkewSeconds: '60' },
      /"maxClockSkewSeconds" .* received "60"/,
    ],
    ['an infinite maxClockSkewSeconds', { sdkAppId: 1, maxClockSkewSeconds: Infinity }, /"maxClockSkewSeconds"/],
    ['an unreadable bodyLimit', { sdkAppId: 1, bodyLimit: 'lots' }, /"bodyLimit" .* received "lots"/],
    ['a zero bodyLimit', { sdkAppId: 1, bodyLimit: 0 }, /"bodyLimit"/],
    ['a fractional listenerTimeoutMs', { sdkAppId: 1, listenerTimeoutMs: 1.5 }, /"listenerTimeoutMs" .* received 1.5/],
    ['a zero listenerTimeoutMs', { sdkAppId: 1, listenerTimeoutMs: 0 }, /"listenerTimeoutMs"/],
    ['a listenerTimeoutMs past the timer range', { sdkAppId: 1, listenerTimeoutMs: 2 ** 31 }, /"listenerTimeoutMs"/],
    ['a string autoReply', { sdkAppId: 1, autoReply: 'no' }, /"autoReply" must be true or false; received "no"/],
    ['a number for now', { sdkAppId: 1, now: 5 }, /"now" must be a function/],
    ['an object for onError', { sdkAppId: 1, onError: {} }, /"onError" must be a function .* received an object/],
    [
      'a logger without error()',
      { sdkAppId: 1, logger: { warn() {} } },
      /"logger" must be an object with warn\(\) and error\(\)/,
    ],
    ['a function as logger', { sdkAppId: 1, logger: () => undefined }, /"logger" .* received a function/],
  ])('refuses %s with a TypeError that names the option and the fix', (_case, options, message) => {
    // A token is added to every object of options, so each case fails for its own reason.
    const given =
      options !== null && typeof options === 'object' && !Array.isArray(options) ? { token: 't', ...options } : options;
    const construct = () => friendAddCallback(given as FriendAddCallbackOptions);
    expect(construct).toThrow(TypeError);
    expect(construct).toThrow(/^tencent-im-callback: friendAddCallback\(\) /);
    expect(construct).toThrow(message);
  });

  it('never shows a token in its error messages', () => {
    expect(() => friendAddCallback({ sdkAppId: 1, token: ['very-secret-token', ''] })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('very-secret-token') }),
    );
  });

  it('never shows a token that a config loader turned into a number', () => {
    const construct = () => friendAddCallback({ sdkAppId: 1, token: 83920174652 as unknown as string });
    expect(construct).toThrow(/received a number\.$/);
    expect(construct).toThrow(expect.objectContaining({ message: expect.not.stringContaining('83920174652') }));
  });
});

describe('options of friendAddCallback', () => {
  it("refuses the router's own options, which it has no use for", () => {
    expect(() => friendAddCallback({ sdkAppId: 1, token: 't', unhandled: 'ack' } as FriendAddCallbackOptions)).toThrow(
      /unknown option "unhandled"/,
    );
  });
});
