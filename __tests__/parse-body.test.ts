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

  it.each([
    ['an own "__proto__" key', '{"a":1,"__proto__":{"polluted":true}}'],
    ['a "__proto__" key spelt with escapes', '{"a":1,"\\u005f\\u005fproto\\u005f\\u005f":{"polluted":true}}'],
    ['a "__proto__" key deep in a list', '{"a":1,"list":[{"b":[{"__proto__":{"polluted":true}}]}]}'],
    ['a "constructor" with a "prototype"', '{"a":1,"constructor":{"prototype":{"polluted":true}}}'],
    ['a "__proto__" key with "proto" itself escaped', '{"a":1,"__pr\\u006Fto__":{"polluted":true}}'],
    ['a "constructor" with an escaped "prototype"', '{"a":1,"constructor":{"\\u0070rototype":{"polluted":true}}}'],
    ['an escaped "constructor" with a "prototype"', '{"a":1,"\\u0063onstructor":{"prototype":{"polluted":true}}}'],
  ])('removes %s, so no listener can copy it into a prototype', (_case, text) => {
    const parsed = parseJsonBody(text);
    expect(parsed['a']).toBe(1);
    const keys = JSON.stringify(parsed, (_key, value: unknown) => value);
    expect(keys).not.toMatch(/__proto__|prototype/);
    expect(Object.assign({}, parsed, ...((parsed['list'] as object[] | undefined) ?? []))).not.toHaveProperty(
      'polluted',
    );
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('keeps a "constructor" that is plain data, and removes prototype keys from a body a parser made', () => {
    expect(parseJsonBody('{"constructor":"Alice"}')).toEqual({ constructor: 'Alice' });
    const made = JSON.parse('{"a":{"__proto__":{"x":1}}}') as Record<string, Record<string, unknown>>;
    expect(Object.hasOwn(parseJsonBody(made)['a'] as object, '__proto__')).toBe(false);
  });

  it('removes prototype keys from a body nested 100,000 levels deep without overflowing the stack', () => {
    const deep = `{"a":1,"x":${'['.repeat(100_000)}{"__proto__":{}}${']'.repeat(100_000)}}`;
    expect(parseJsonBody(deep)['a']).toBe(1);
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
