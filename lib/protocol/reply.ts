import type { ResultItem } from '../commands/decisions/friend-request';
import type { MessageElement } from '../generated/packets/shared/message-element';

/** The JSON body IM expects in reply to a callback. */
export interface CallbackReplyBody {
  /** `OK` when the app handled the callback (whatever its verdict), `FAIL` otherwise. */
  readonly ActionStatus: 'OK' | 'FAIL';
  /**
   * 0 with `OK` for an after-callback. For a before-callback, the verdict: 0 lets the request
   * through, 1 or a family's custom code refuses it, 2 discards a message silently.
   */
  readonly ErrorCode: number;
  /** Why it failed or was refused; empty otherwise. */
  readonly ErrorInfo: string;
  /** `Sns.CallbackPrevFriend*`: the verdict on each target. */
  readonly ResultItem?: readonly ResultItem[];
  /** Message before-callbacks: the replacement body. */
  readonly MsgBody?: readonly MessageElement[];
  /** Message before-callbacks: the replacement custom data. */
  readonly CloudCustomData?: string;
  /** `Group.CallbackBeforeInviteJoinGroup`: the invitees refused. */
  readonly RefusedMembers_Account?: readonly string[];
  /** `OfficialAccount.CallbackBeforeAddSubscriber`: the subscribers refused. */
  readonly RefusedSubscribers_Account?: readonly string[];
  /** `Chatbot.OnC2CSignalMessage`: the data handed back to the chatbot. */
  readonly RspData?: string;
}

/** IM's plain OK reply, serialised once. */
export const OK_REPLY_JSON = JSON.stringify({
  ActionStatus: 'OK',
  ErrorCode: 0,
  ErrorInfo: '',
} satisfies CallbackReplyBody);

/**
 * A reply as the pipeline hands it to an adapter: a body to serialise, or the reply's JSON text
 * when a decision has written it already (a replacement message is serialised once, when the
 * listener gives it, rather than copied then and serialised again for the reply).
 */
export type OutgoingReply = CallbackReplyBody | string;

/**
 * The JSON text of a reply.
 *
 * @param reply - a body, or the whole reply's JSON text (passed through as it is, so only a
 *   decision that wrote it gives one), or undefined for IM's plain OK
 * @returns the text to send
 */
export function replyJson(reply: OutgoingReply | undefined): string {
  if (reply === undefined) return OK_REPLY_JSON;
  return typeof reply === 'string' ? reply : JSON.stringify(reply);
}

/**
 * The reply body for a failure.
 *
 * @param errorInfo - why it failed
 * @param errorCode - a non-zero code; 1 by default
 */
export function failureReply(errorInfo: string, errorCode = 1): CallbackReplyBody {
  return { ActionStatus: 'FAIL', ErrorCode: errorCode, ErrorInfo: errorInfo };
}
