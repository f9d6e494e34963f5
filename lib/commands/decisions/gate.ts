import type { CallbackReplyBody } from '../../protocol/reply';
import { replyOf, type ListenersEnd } from '../event-record';
import { RefusableEventRecord } from './refusal';

/**
 * What the listeners of a gate decide with (`Group.CallbackBeforeCreateGroup`,
 * `Group.CallbackBeforeApplyJoinGroup`, `Group.CallbackBeforeCreateTopic`,
 * `OfficialAccount.CallbackBeforeCreateOfficialAccount`): the request goes through unless a
 * listener refuses it.
 */
export interface GateDecision {
  /**
   * Refuses the request. The first refusal stands.
   *
   * @param code - 1 (IM's own refusal), or a code in the family's custom range, which IM passes
   *   on to the client (Group 10100 to 10200, OfficialAccount 120001 to 130000). Defaults to 1.
   * @param info - the reply's `ErrorInfo`. Defaults to `''`.
   * @throws RangeError for any other code; Error once the reply was sent
   */
  refuse(code?: number, info?: string): void;
}

/** The event of a gate: OK, or the refusal. */
export class GateEvent<Packet extends object> extends RefusableEventRecord<Packet> implements GateDecision {
  override [replyOf](end: ListenersEnd = { failed: false }): CallbackReplyBody | undefined {
    return this.refusalReply(end);
  }
}
