import { parseJsonBody } from '../lib/body/parse-json';

describe('parseJsonBody', () => {
  it.each([
    ['a Buffer', Buffer.from('{"a":1}')],
    ['a Uint8Array', new TextEncoder().encode('{"a":1}')],
    ['a string', '{"a":1}'],
    ['an object a parser made', { a: 1 }],
    ['a Buffer with a UTF-8 byte order mark', Buffer.from('\uFEFF{"a":1}')],
  ])('reads %s', (_case, body) => {
    expect(parseJsonBody(body)).toEqual({ a: 1 });
  });

  it('keeps a "__proto__" key as data without touching any prototype', () => {
    const parsed = parseJsonBody('{"__proto__":{"polluted":true}}');
    expect(Object.prototype.hasOwnProperty.call(parsed, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it.each([
    ['undefined', undefined, 'body_empty'],
    ['an empty Buffer', Buffer.alloc(0), 'body_empty'],
    ['an empty string', '', 'body_empty'],
    ['white space only', ' \n\t', 'body_empty'],
    ['bytes that are not UTF-8', Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), 'body_invalid_utf8'],
    ['truncated JSON', '{"a":', 'body_invalid_json'],
    ['JSON with a trailing comma', '{"a":1,}', 'body_invalid_json'],
    ['a JSON array', '[{"a":1}]', 'body_not_object'],
    ['JSON null', 'null', 'body_not_object'],
    ['a JSON string', '"text"', 'body_not_object'],
    ['a JSON number', '42', 'body_not_object'],
    ['a parsed array', [1], 'body_not_object'],
    ['a parsed null', null, 'body_not_object'],
    ['a parsed number', 7, 'body_not_object'],
  ])('refuses %s with 400', (_case, body, code) => {
    expect(() => parseJsonBody(body)).toThrow(expect.objectContaining({ code, status: 400 }));
  });
});
