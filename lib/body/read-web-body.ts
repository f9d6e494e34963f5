import { CallbackRejection } from '../protocol/rejection';
import { encodingRefusal, lengthMismatch, tooLarge, unreadable } from './body-rejections';

/**
 * Gives a Web `Request`'s body as bytes to `done`, up to `limit`: one that announces too large a
 * `Content-Length` is refused before a byte is read; one of undeclared length is read from its
 * stream and never buffered whole past the limit; one of declared length is read in one call,
 * then refused if it holds more bytes than the limit or other than it declared (which HTTP's
 * framing prevents, but a `Request` made in-process may do). Callback-style, like the node
 * reader, so a body whose length is declared reaches the pipeline with one promise in between.
 *
 * @param request - the Web request
 * @param limit - the most bytes to read
 * @param done - gets the bytes, or a {@link CallbackRejection} with status 413, 415 or 400
 */
export function readWebBody(request: Request, limit: number, done: (error: unknown, body?: Uint8Array) => void): void {
  const refusal = encodingRefusal(request.headers.get('content-encoding'));
  if (refusal !== undefined) {
    done(refusal);
    return;
  }
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > limit) {
    done(tooLarge(limit));
    return;
  }
  // A declared length within the limit bounds a body received over HTTP (its framing holds it
  // to that length), so it is read in one call, which runtimes and adapters serve without a
  // stream. A Request made in-process is held to nothing: its header may say less than its body
  // holds, so the bytes are checked against the limit and the length once read.
  if (declared !== null && /^[0-9]+$/.test(declared)) {
    request.arrayBuffer().then(
      (bytes) => {
        if (bytes.byteLength > limit) done(tooLarge(limit));
        else if (bytes.byteLength !== Number(declared)) done(lengthMismatch());
        else done(undefined, new Uint8Array(bytes));
      },
      () => {
        done(unreadable());
      },
    );
    return;
  }
  const stream = request.body;
  if (stream === null) {
    done(undefined, new Uint8Array(0));
    return;
  }
  readWebStream(stream as ReadableStream<Uint8Array>, limit).then(
    (body) => {
      done(undefined, body);
    },
    (error: unknown) => {
      done(error);
    },
  );
}

/** Reads a body of undeclared length chunk by chunk, stopping the sender past `limit`. */
async function readWebStream(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    // Inside the try: a body read before (by a middleware's `c.req.text()`, say) is a locked
    // stream, whose getReader() throws; it is a body that cannot be read, as on the declared path.
    const reader = stream.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        // Stop the sender: the rest is never read.
        void reader.cancel().catch(() => undefined);
        throw tooLarge(limit);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof CallbackRejection) throw error;
    throw unreadable();
  }
  if (chunks.length === 1 && chunks[0] !== undefined) return chunks[0];
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
