import { CallbackRejection } from '../protocol/rejection';

/**
 * Reads a Web `Request`'s body as bytes, up to `limit`, from its stream: a body over the limit
 * is never buffered whole, and one that announces too large a `Content-Length` is refused
 * before a byte is read.
 *
 * @param request - the Web request
 * @param limit - the most bytes to read
 * @throws {@link CallbackRejection} with status 413, 415 or 400
 */
export async function readWebBody(request: Request, limit: number): Promise<Uint8Array> {
  const encoding = request.headers.get('content-encoding');
  if (encoding !== null && encoding.toLowerCase() !== 'identity') {
    throw new CallbackRejection(
      'encoding_unsupported',
      `Content-Encoding ${JSON.stringify(encoding)} is not supported`,
    );
  }
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > limit) throw tooLarge(limit);
  // A declared length within the limit bounds the body (HTTP framing holds it to that length),
  // so it is read in one call, which runtimes and adapters serve without a stream.
  if (declared !== null && /^[0-9]+$/.test(declared)) {
    try {
      return new Uint8Array(await request.arrayBuffer());
    } catch {
      throw new CallbackRejection('body_unreadable', 'body could not be read');
    }
  }
  const stream = request.body;
  if (stream === null) return new Uint8Array(0);
  const reader = (stream as ReadableStream<Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
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
    throw new CallbackRejection('body_unreadable', 'body could not be read');
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

function tooLarge(limit: number): CallbackRejection {
  return new CallbackRejection('body_too_large', `body is larger than the ${limit}-byte limit`);
}
