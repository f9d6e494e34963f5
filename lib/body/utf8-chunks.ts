// A namespace import: `isUtf8` came in Node 18.14, and a named import of it would not even
// load on the Node 18 releases before.
import * as buffers from 'node:buffer';

const isUtf8: ((input: Uint8Array) => boolean) | undefined = (buffers as { isUtf8?: (input: Uint8Array) => boolean })
  .isUtf8;

/** Whether {@link decodeUtf8Chunks} can run here (Node 18.14 and later, Bun, Deno). */
export const canDecodeChunks = typeof isUtf8 === 'function';

/**
 * The text of a body that arrived in several chunks, decoded chunk by chunk, exactly as a fatal
 * `TextDecoder` decodes their concatenation (a leading byte order mark dropped): or undefined
 * when the bytes are not UTF-8. A large body is then never copied into one buffer first: each
 * piece of text is small enough for V8 to make it cheaply, and the pieces are joined once, when
 * the text is first read.
 *
 * Each chunk is cut after its last whole character, and the bytes of a character that runs on
 * into the next chunk are carried over to it. The pieces then tile the body, and the body is
 * UTF-8 exactly when every piece is: a concatenation of UTF-8 texts is UTF-8, and cuts only
 * fall between characters of a body that is.
 *
 * @param chunks - the body's chunks, in order; call only when {@link canDecodeChunks}
 */
export function decodeUtf8Chunks(chunks: readonly Uint8Array[]): string | undefined {
  const valid = isUtf8 as (input: Uint8Array) => boolean;
  let text = '';
  let carried: Uint8Array | undefined;
  for (const chunk of chunks) {
    const bytes = carried === undefined ? chunk : Buffer.concat([carried, chunk]);
    const end = wholeCharactersEnd(bytes);
    const piece = bytes.subarray(0, end);
    if (!valid(piece)) return undefined;
    text += asBuffer(piece).toString('utf8');
    carried = end < bytes.length ? bytes.subarray(end) : undefined;
  }
  // The body ends in the middle of a character.
  if (carried !== undefined) return undefined;
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Where the last whole character of `bytes` ends: before a lead byte in the last three whose
 * sequence needs more bytes than are left. Bytes that are not UTF-8 are left to the check.
 */
function wholeCharactersEnd(bytes: Uint8Array): number {
  const { length } = bytes;
  for (let back = 1; back <= 3 && back <= length; back++) {
    const byte = bytes[length - back] as number;
    // A continuation byte (10xxxxxx): look further back for its lead.
    if ((byte & 0xc0) === 0x80) continue;
    const needs = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needs > back ? length - back : length;
  }
  return length;
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
