import { computeSign } from '../lib';
import { verifySign } from '../lib/protocol/sign';
import { docNowMs, docVector } from './helpers/callback-request';

describe('computeSign', () => {
  it("reproduces the test vector of IM's documentation", () => {
    expect(computeSign(docVector.token, docVector.requestTime)).toBe(docVector.sign);
    expect(computeSign(docVector.token, String(docVector.requestTime))).toBe(docVector.sign);
  });

  it.each([
    ['an empty token', '', 1669872112],
    ['a token that is not a string', 42 as unknown as string, 1669872112],
    ['a fractional time', 'token', 1.5],
    ['a negative time', 'token', -1],
    ['a time string with a sign', 'token', '+1669872112'],
  ])('refuses %s', (_case, token, time) => {
    expect(() => computeSign(token, time)).toThrow(TypeError);
  });
});

describe('verifySign', () => {
  const check = { tokens: [docVector.token], maxClockSkewMs: 60_000 };
  const time = String(docVector.requestTime);

  it('returns RequestTime in seconds for a valid signature', () => {
    expect(verifySign(docVector.sign, time, check, docNowMs)).toBe(docVector.requestTime);
  });

  it('accepts a signature made with any of several tokens', () => {
    const rotating = { ...check, tokens: ['new-token', docVector.token] };
    expect(verifySign(docVector.sign, time, rotating, docNowMs)).toBe(docVector.requestTime);
  });

  it('accepts RequestTime exactly at the skew limit in both directions', () => {
    for (const offset of [-60, 60]) {
      const at = String(docVector.requestTime + offset);
      expect(verifySign(computeSign(docVector.token, at), at, check, docNowMs)).toBe(Number(at));
    }
  });

  it.each([
    ['no Sign', undefined, time, 'sign_missing'],
    ['no RequestTime', docVector.sign, undefined, 'sign_missing'],
    ['a RequestTime in milliseconds', docVector.sign, `${time}000`, 'request_time_expired'],
    ['a RequestTime with a decimal point', docVector.sign, `${time}.0`, 'request_time_invalid'],
    ['a RequestTime with leading zeros', docVector.sign, `0${time}`, 'request_time_invalid'],
    ['an empty RequestTime', docVector.sign, '', 'request_time_invalid'],
    [
      'a RequestTime 61 s in the past',
      computeSign(docVector.token, docVector.requestTime - 61),
      String(docVector.requestTime - 61),
      'request_time_expired',
    ],
    [
      'a RequestTime 61 s in the future',
      computeSign(docVector.token, docVector.requestTime + 61),
      String(docVector.requestTime + 61),
      'request_time_expired',
    ],
    ['an upper-case Sign', docVector.sign.toUpperCase(), time, 'sign_mismatch'],
    ['a truncated Sign', docVector.sign.slice(0, 63), time, 'sign_mismatch'],
    ['a Sign one digit longer', `${docVector.sign}0`, time, 'sign_mismatch'],
    // Each hex letter replaced by a character whose low byte is that letter (a → š, U+0161):
    // equal byte for byte once written as Latin-1, yet not the Sign.
    [
      'a Sign with characters past U+00FF that alias hex digits',
      docVector.sign.replace(/[a-f]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0x100)),
      time,
      'sign_mismatch',
    ],
    ['a Sign for another time', computeSign(docVector.token, docVector.requestTime - 1), time, 'sign_mismatch'],
    ['a Sign made with another token', computeSign('other', docVector.requestTime), time, 'sign_mismatch'],
  ])('refuses %s with 401', (_case, sign, requestTime, code) => {
    expect(() => verifySign(sign, requestTime, check, docNowMs)).toThrow(
      expect.objectContaining({ code, status: 401 }),
    );
  });
});
