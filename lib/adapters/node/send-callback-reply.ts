import type { ServerResponse } from 'node:http';
import { replyOf, type CallbackEventRecord } from '../../commands/event-record';
import { failureReply, type CallbackReplyBody } from '../../protocol/reply';
import { HANDED_OVER_EVENT, writeReply, type ResponseWithEvent } from './serve';

/** A failure to report with a code other than 1, for {@link sendCallbackReply}. */
export interface CallbackFailure {
  /** A non-zero integer. Defaults to 1. */
  readonly errorCode?: number | undefined;
  /** The reply's `ErrorInfo`. */
  readonly errorInfo: string;
}

/**
 * Writes IM's reply yourself, for middleware made with `autoReply: false`: HTTP 200 with
 * `{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}`, or with `ActionStatus` `FAIL` when a
 * failure is given. For a before-callback, the OK reply carries the listeners' decisions (for
 * friend requests, `ResultItem`). Works on Express and on plain `node:http` responses.
 *
 * @param res - the response
 * @param failure - omitted, `undefined` or `null` for OK; an `Error` (its message becomes
 *   `ErrorInfo`), a string, or `{ errorCode, errorInfo }` for FAIL
 * @returns false when a reply had already been sent, true when this call wrote it
 * @throws TypeError when `errorCode` is not a non-zero integer
 *
 * @example
 * sendCallbackReply(res);                           // OK
 * sendCallbackReply(res, new Error('db is down'));  // FAIL, ErrorInfo 'db is down'
 */
export function sendCallbackReply(res: ServerResponse, failure?: Error | CallbackFailure | string | null): boolean {
  if (failure === undefined || failure === null) {
    // The router left the event on the response: a before-callback's OK carries its decisions.
    const event = (res as ResponseWithEvent)[HANDED_OVER_EVENT] as CallbackEventRecord<object> | undefined;
    return writeReply(res, 200, event?.[replyOf]());
  }
  return writeReply(res, 200, failureBody(failure));
}

function failureBody(failure: Error | CallbackFailure | string): CallbackReplyBody {
  if (typeof failure === 'string') return failureReply(failure);
  if (failure instanceof Error) return failureReply(failure.message || failure.name);
  const { errorCode = 1, errorInfo } = failure;
  if (!Number.isInteger(errorCode) || errorCode === 0) {
    throw new TypeError(
      `tencent-im-callback: sendCallbackReply() needs errorCode to be a non-zero integer; received ${JSON.stringify(errorCode)}. Omit it to send 1.`,
    );
  }
  return failureReply(errorInfo, errorCode);
}
