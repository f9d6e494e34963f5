import { CallbackRejection } from '../protocol/rejection';

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
      throw new CallbackRejection('body_invalid_utf8', 'body is not valid UTF-8');
    }
    value = parseJsonText(text);
  } else if (typeof body === 'string') {
    value = parseJsonText(body);
  } else if (body === undefined) {
    throw emptyBody();
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new CallbackRejection('body_not_object', 'body must be a JSON object');
  }
  return value as JsonObject;
}

function parseJsonText(text: string): unknown {
  if (text.trim() === '') throw emptyBody();
  try {
    return JSON.parse(text);
  } catch {
    // The parser's message quotes the body back; a short fixed text is enough for IM's log.
    throw new CallbackRejection('body_invalid_json', 'body is not valid JSON');
  }
}

function emptyBody(): CallbackRejection {
  return new CallbackRejection('body_empty', 'body is empty');
}
