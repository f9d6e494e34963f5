import type { IncomingMessage } from 'node:http';
import { CallbackRejection } from '../protocol/rejection';
import { encodingRefusal, invalidUtf8, lengthMismatch, tooLarge, unreadable } from './body-rejections';
import { canDecodeChunks, decodeUtf8Chunks } from './utf8-chunks';

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
 * Gives the request body to `done`: what a body parser already made of it, or else the body
 * read here up to `limit`: its bytes, or the text of one that came in several chunks (decoded
 * strictly, chunk by chunk, where Node has `isUtf8`, from 18.14; else the bytes).
 *
 * @param req - the incoming request
 * @param limit - the most bytes to read from the stream
 * @param done - gets `req.body` as a parser left it (object, string or Buffer), or a Buffer or
 *   string read here; or a {@link CallbackRejection} with status 413, 415 or 400 (415 for a body
 *   a form parser read, 400 for one that is not UTF-8)
 */
export function readBody(req: RequestWithBody, limit: number, done: (error: unknown, body?: unknown) => void): void {
  const parsed = parsedBodyKind(req);
  // A form parser's fields are not IM's JSON: their shape and types would pass for a packet.
  if (parsed === 'form') {
    done(
      new CallbackRejection(
        'body_parsed_as_form',
        'body was read as a form by a parser mounted before this router; mount the router before body parsers',
      ),
    );
    return;
  }
  if (parsed !== undefined) {
    done(undefined, req.body);
    return;
  }
  const refusal = encodingRefusal(req.headers['content-encoding']);
  if (refusal !== undefined) {
    done(refusal);
    return;
  }
  readStream(req, limit, done);
}

/**
 * Reads a `node:http` request's body up to `limit` bytes. raw-body did this before; what a
 * callback needs is a few lines: the declared length checked before a byte is read, the limit
 * checked on each chunk (a body past it is never buffered whole), and a body cut short refused.
 * Loading raw-body and its dependencies took longer than the rest of the package (a cold-start
 * cost for serverless functions), and its bookkeeping was a tenth of a small callback's time.
 * `done` is called from the stream's `end` event, so the reply can be written in that turn.
 *
 * @param req - the request, unread
 * @param limit - the most bytes to read
 * @param done - gets the bytes (or the text of a body of several chunks), or a {@link CallbackRejection} with status 413 or 400
 */
function readStream(req: IncomingMessage, limit: number, done: (error: unknown, body?: Buffer | string) => void): void {
  const declared = req.headers['content-length'];
  // Node's parser accepts only digits here, and holds the body to exactly this length.
  const length = declared === undefined ? undefined : Number(declared);
  if (length !== undefined && length > limit) {
    // Unread: the reply says Connection: close, so nothing else is read on this connection.
    done(tooLarge(limit));
    return;
  }
  if (!req.readable || req.readableEncoding !== null) {
    done(unreadable());
    return;
  }
  const before = (req as ReadingRequest)[reading];
  // Another read of this request under way (two handlers on one request): refused, rather
  // than both reading into one state.
  if (before instanceof BodyReading) {
    done(unreadable());
    return;
  }
  // One object per request holds the reading's state, and the listeners are shared functions
  // that find it on the request (an emitter calls them with `this` set to itself), instead of
  // four closures and their scope per request.
  (req as ReadingRequest)[reading] = new BodyReading(req, limit, length, done);
  // A request read before (whose read was refused) has them already.
  if (before === idle) return;
  req.on('data', onData);
  req.on('end', onEnd);
  req.on('error', onError);
  req.on('close', onClose);
}

/** Where a request being read keeps its {@link BodyReading}: {@link idle} once the read is over. */
const reading = Symbol('tencent-im-callback body reading');

/** What a request whose read is over keeps under {@link reading}: its listeners are attached, and do nothing. */
const idle = null;

type ReadingRequest = IncomingMessage & { [reading]?: BodyReading | typeof idle | undefined };

/** The state of one body being read. */
class BodyReading {
  readonly chunks: Buffer[] = [];
  size = 0;

  constructor(
    readonly request: ReadingRequest,
    readonly limit: number,
    readonly length: number | undefined,
    readonly done: (error: unknown, body?: Buffer | string) => void,
  ) {}
}

function finish(state: BodyReading, error: CallbackRejection | undefined): void {
  // The listeners stay attached, with no read to act on: they are shared functions and hold
  // nothing, and removing the four cost a small callback about 3 % more than leaving them
  // (bench/README.md). The request stops holding the state, and with it the body. An error the
  // request emits later reaches the idle listener and is ignored, as nobody reads it any more
  // (Node emits a request's 'error' only when it has a listener).
  state.request[reading] = idle;
  const { chunks, size } = state;
  if (error !== undefined) state.done(error);
  else if (chunks.length < 2 || !canDecodeChunks) {
    state.done(undefined, chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size));
  } else {
    // A large body is decoded chunk by chunk rather than copied into one buffer first.
    const text = decodeUtf8Chunks(chunks);
    if (text === undefined) state.done(invalidUtf8());
    else state.done(undefined, text);
  }
}

/** The read under way on the emitter a listener was called on. */
function readingOf(emitter: ReadingRequest | undefined): BodyReading | undefined {
  // Instrumentation that calls listeners without their emitter must not make them throw.
  return emitter?.[reading] ?? undefined;
}

function onData(this: ReadingRequest | undefined, chunk: Buffer): void {
  const state = readingOf(this);
  if (state === undefined) return;
  state.size += chunk.length;
  if (state.size > state.limit) {
    // Stop reading; the reply closes the connection, and with it the rest of the body.
    state.request.pause();
    finish(state, tooLarge(state.limit));
  } else {
    state.chunks.push(chunk);
  }
}

function onEnd(this: ReadingRequest | undefined): void {
  const state = readingOf(this);
  if (state === undefined) return;
  finish(state, state.length === undefined || state.size === state.length ? undefined : lengthMismatch());
}

// A client gone in the middle of the body: Node emits ECONNRESET ('aborted') to a request
// with an 'error' listener; a request destroyed without an error only closes.
function onError(this: ReadingRequest | undefined, error: unknown): void {
  const state = readingOf(this);
  if (state === undefined) return;
  const reset = (error as { code?: unknown } | null)?.code === 'ECONNRESET';
  finish(state, reset ? cutShort() : unreadable());
}

function onClose(this: ReadingRequest | undefined): void {
  const state = readingOf(this);
  if (state === undefined) return;
  finish(state, cutShort());
}

function cutShort(): CallbackRejection {
  return new CallbackRejection('body_unreadable', 'request was aborted before the body was complete');
}
