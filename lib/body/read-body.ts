import type { IncomingMessage } from 'node:http';
import getRawBody from 'raw-body';
import { CallbackRejection } from '../protocol/rejection';

/** A request that a body parser (express.json, express.text, express.raw, ...) may have read. */
export interface RequestWithBody extends IncomingMessage {
  body?: unknown;
  /** Set by the body-parser family once it has read the stream. */
  _body?: boolean;
}

/** What a body parser mounted before the router made of the body: bytes, text, a form or JSON. */
export type ParsedBodyKind = 'raw' | 'text' | 'form' | 'json';

/**
 * Tells whether a body parser mounted before the router has read the body already, and as what.
 *
 * @param req - the incoming request
 * @returns undefined when the stream is still unread
 */
export function parsedBodyKind(req: RequestWithBody): ParsedBodyKind | undefined {
  // body-parser 1.x sets req.body = {} even when it skips a request, so only a consumed stream counts.
  if (req._body !== true && !req.readableEnded) return undefined;
  const { body } = req;
  if (Buffer.isBuffer(body)) return 'raw';
  if (typeof body === 'string') return 'text';
  const type = req.headers['content-type'] ?? '';
  return /^\s*(?:application\/x-www-form-urlencoded|multipart\/form-data)/i.test(type) ? 'form' : 'json';
}

/**
 * Returns the request body: what a body parser already made of it, or else the raw bytes,
 * read here up to `limit`.
 *
 * @param req - the incoming request
 * @param limit - the most bytes to read from the stream
 * @returns `req.body` as a parser left it (object, string or Buffer), or a Buffer
 * @throws {@link CallbackRejection} with status 413, 415 or 400; 415 for a body a form parser read
 */
export async function readBody(req: RequestWithBody, limit: number): Promise<unknown> {
  const parsed = parsedBodyKind(req);
  // A form parser's fields are not IM's JSON: their shape and types would pass for a packet.
  if (parsed === 'form') {
    throw new CallbackRejection(
      'body_parsed_as_form',
      'body was read as a form by a parser mounted before this router; mount the router before body parsers',
    );
  }
  if (parsed !== undefined) return req.body;

  const encoding = req.headers['content-encoding'];
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity') {
    throw new CallbackRejection(
      'encoding_unsupported',
      `Content-Encoding ${JSON.stringify(encoding)} is not supported`,
    );
  }
  try {
    return await getRawBody(req, { limit, length: req.headers['content-length'] ?? null });
  } catch (error) {
    throw rejectionFromReadError(error, limit);
  }
}

function rejectionFromReadError(error: unknown, limit: number): CallbackRejection {
  const type = (error as { type?: unknown } | null)?.type;
  switch (type) {
    case 'entity.too.large':
      return new CallbackRejection('body_too_large', `body is larger than the ${limit}-byte limit`);
    case 'request.aborted':
      return new CallbackRejection('body_unreadable', 'request was aborted before the body was complete');
    case 'request.size.invalid':
      return new CallbackRejection('body_unreadable', 'body length does not match Content-Length');
    default:
      return new CallbackRejection('body_unreadable', 'body could not be read');
  }
}
