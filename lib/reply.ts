import type { ServerResponse } from 'node:http';
import { decisionsOf, type ResultItem } from './decisions';

/** The JSON body IM expects in reply to a callback. */
export interface CallbackReplyBody {
  /** `OK` when the app handled the callback, `FAIL` otherwise. */
  readonly ActionStatus: 'OK' | 'FAIL';
  /** 0 with `OK`; non-zero with `FAIL` (1 unless the app chose another code). */
  readonly ErrorCode: number;
  /** Why it failed; empty with `OK`. */
  readonly ErrorInfo: string;
  /** Before-callbacks only: the verdict on each target. */
  readonly ResultItem?: readonly ResultItem[];
}

/** A failure to report with a code other than 1, for {@link sendCallbackReply}. */
export interface CallbackFailure {
  /** A non-zero integer. Defaults to 1. */
  readonly errorCode?: number | undefined;
  /** The reply's `ErrorInfo`. */
  readonly errorInfo: string;
}

const okJson = JSON.stringify({ ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '' } satisfies CallbackReplyBody);

/**
 * The reply body for a failure.
 *
 * @param errorInfo - why it failed
 * @param errorCode - a non-zero code; 1 by default
 */
export function failureReply(errorInfo: string, errorCode = 1): CallbackReplyBody {
  return { ActionStatus: 'FAIL', ErrorCode: errorCode, ErrorInfo: errorInfo };
}

/**
 * The OK reply of a before-callback, carrying the verdict on each target.
 *
 * @param resultItems - one per target
 */
export function decisionReply(resultItems: readonly ResultItem[]): CallbackReplyBody {
  return { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '', ResultItem: resultItems };
}

/**
 * Writes a JSON reply unless one was already written, so every request gets exactly one.
 *
 * @param res - the response
 * @param status - the HTTP status
 * @param body - the reply body, or undefined for IM's OK reply
 * @param headers - extra headers, e.g. `Allow` for a 405
 * @returns false when a reply had already been sent
 */
export function writeReply(
  res: ServerResponse,
  status: number,
  body: CallbackReplyBody | undefined,
  headers?: Readonly<Record<string, string>>,
): boolean {
  if (res.headersSent || res.writableEnded) return false;
  const json = body === undefined ? okJson : JSON.stringify(body);
  res.statusCode = status;
  if (headers !== undefined) for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(json));
  res.end(json);
  return true;
}

/**
 * Writes IM's reply yourself, for middleware made with `autoReply: false`: HTTP 200 with
 * `{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}`, or with `ActionStatus` `FAIL` when a
 * failure is given. For a before-callback, the OK reply also carries `ResultItem` with the
 * listeners' verdicts. Works on Express and on plain `node:http` responses.
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
    // A before-callback's OK must carry the listeners' verdicts, or IM would see none.
    const decisions = decisionsOf((res.req as { timCallback?: unknown } | undefined)?.timCallback);
    return writeReply(res, 200, decisions && decisionReply(decisions.resultItems()));
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
