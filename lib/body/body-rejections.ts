import { CallbackRejection } from '../protocol/rejection';

/**
 * The refusal of a compressed body, or undefined when the body is sent as it is: the node and
 * Web readers both ask this before reading a byte.
 *
 * @param encoding - the `Content-Encoding` header, if any
 */
export function encodingRefusal(encoding: string | null | undefined): CallbackRejection | undefined {
  if (encoding === null || encoding === undefined || encoding.toLowerCase() === 'identity') return undefined;
  return new CallbackRejection('encoding_unsupported', `Content-Encoding ${JSON.stringify(encoding)} is not supported`);
}

/** The refusal of a body past the limit: declared, or found while reading. */
export function tooLarge(limit: number): CallbackRejection {
  return new CallbackRejection('body_too_large', `body is larger than the ${limit}-byte limit`);
}

/** The refusal of a body the stream or runtime failed to deliver. */
export function unreadable(): CallbackRejection {
  return new CallbackRejection('body_unreadable', 'body could not be read');
}

/** The refusal of a body whose byte count is not the `Content-Length` it declared. */
export function lengthMismatch(): CallbackRejection {
  return new CallbackRejection('body_unreadable', 'body length does not match Content-Length');
}

/** The refusal of a body whose bytes are not UTF-8, wherever it is decoded. */
export function invalidUtf8(): CallbackRejection {
  return new CallbackRejection('body_invalid_utf8', 'body is not valid UTF-8');
}
