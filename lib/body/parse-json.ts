import { CallbackRejection } from '../protocol/rejection';
import { invalidUtf8 } from './body-rejections';

/** A JSON object as it came off the wire, not yet validated. */
export type JsonObject = Record<string, unknown>;

// fatal: bytes that are not UTF-8 are an error, not silently replaced. A leading BOM is dropped.
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Turns a request body into a JSON object, whatever form a body parser left it in.
 * IM's `Content-Type` is not documented, so a string or bytes are always parsed as JSON.
 *
 * @param body - a Buffer or Uint8Array, a string, an already parsed value, or undefined
 * @throws {@link CallbackRejection} with status 400 when the body is empty, not UTF-8, not JSON or not an object
 */
export function parseJsonBody(body: unknown): JsonObject {
  let value: unknown = body;
  if (body instanceof Uint8Array) {
    if (body.length === 0) throw emptyBody();
    let text: string;
    try {
      text = utf8.decode(body);
    } catch {
      throw invalidUtf8();
    }
    value = parseJsonText(text);
  } else if (typeof body === 'string') {
    value = parseJsonText(body);
  } else if (body === undefined) {
    throw emptyBody();
  } else {
    // Parsed by a body parser mounted before the router: its text is gone, so look everywhere.
    removePrototypeKeys(value);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new CallbackRejection('body_not_object', 'body must be a JSON object');
  }
  return value as JsonObject;
}

function parseJsonText(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // Only a failed parse asks whether the body was blank: the usual body is not copied to trim it.
    if (text.trim() === '') throw emptyBody();
    // The parser's message quotes the body back; a short fixed text is enough for IM's log.
    throw new CallbackRejection('body_invalid_json', 'body is not valid JSON');
  }
  // Only a text that could spell such a key needs the walk: `__proto__` and `prototype` (what
  // makes a `constructor` key dangerous) both contain "proto", and any of them spelt with
  // escapes contains "\u00". Two searches for rare words: on a 230 kB body, a twentieth of the
  // time of one regular expression for the three keys, which scanned at every position.
  if (text.includes('proto') || text.includes('\\u00')) removePrototypeKeys(value);
  return value;
}

/**
 * Removes what would let a listener's innocent `Object.assign({}, item)` or `{ ...item }` set a
 * prototype: own `__proto__` keys (JSON.parse creates them as plain data), and `constructor`
 * keys whose value has a `prototype`. IM never sends either; secure-json-parse, which Fastify
 * uses, treats them the same way. Iterative, so a body nested 100,000 levels deep cannot
 * overflow the stack.
 *
 * @param root - a parsed JSON value, changed in place
 */
export function removePrototypeKeys(root: unknown): void {
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const node = pending.pop();
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (const item of node) if (item !== null && typeof item === 'object') pending.push(item);
      continue;
    }
    const record = node as Record<string, unknown>;
    if (Object.hasOwn(record, '__proto__')) delete record['__proto__'];
    const ctor = record['constructor'];
    if (
      Object.hasOwn(record, 'constructor') &&
      ctor !== null &&
      typeof ctor === 'object' &&
      Object.hasOwn(ctor, 'prototype')
    ) {
      delete record['constructor'];
    }
    for (const key of Object.keys(record)) {
      const child = record[key];
      if (child !== null && typeof child === 'object') pending.push(child);
    }
  }
}

function emptyBody(): CallbackRejection {
  return new CallbackRejection('body_empty', 'body is empty');
}
