import type { ResultItem } from '../commands/decisions/friend-request';

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

/** IM's plain OK reply, serialised once. */
export const OK_REPLY_JSON = JSON.stringify({
  ActionStatus: 'OK',
  ErrorCode: 0,
  ErrorInfo: '',
} satisfies CallbackReplyBody);

/**
 * The reply body for a failure.
 *
 * @param errorInfo - why it failed
 * @param errorCode - a non-zero code; 1 by default
 */
export function failureReply(errorInfo: string, errorCode = 1): CallbackReplyBody {
  return { ActionStatus: 'FAIL', ErrorCode: errorCode, ErrorInfo: errorInfo };
}
