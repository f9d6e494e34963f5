import type { VerifiedQuery } from '../../protocol/query';
import type { CommandSpec } from '../command-spec';
import type { CallbackReplyBody } from '../../protocol/reply';
import type { MembersDecisionSpec } from '../../generated/x-im';
import { replyOf, type LazyAbort, type ListenersEnd } from '../event-record';
import { RefusableEventRecord } from './refusal';
import { targetsOf } from './targets';

/**
 * What the listeners of a request about several users decide with
 * (`Group.CallbackBeforeInviteJoinGroup`, `OfficialAccount.CallbackBeforeAddSubscriber`):
 * refuse some of the users, or the whole request.
 */
export interface MembersDecision {
  /** The users the request is about (the invitees, the subscribers), in IM's order. */
  readonly targets: readonly string[];
  /**
   * Refuses one user; the others go through. The reply lists the refused users
   * (`RefusedMembers_Account`, `RefusedSubscribers_Account`) with `ErrorCode` 0.
   *
   * @param target - one of `targets`
   * @throws RangeError when `target` is not one of `targets`; Error once the reply was sent
   */
  deny(target: string): void;
  /**
   * Refuses the whole request. It stands over every `deny`.
   *
   * @param code - 1, or a code in the family's custom range (Group 10100 to 10200,
   *   OfficialAccount 120001 to 130000). Defaults to 1.
   * @param info - the reply's `ErrorInfo`. Defaults to `''`.
   * @throws RangeError for any other code; Error once the reply was sent
   */
  refuse(code?: number, info?: string): void;
}

/** The event of a request about several users. */
export class MembersEvent<Packet extends object> extends RefusableEventRecord<Packet> implements MembersDecision {
  readonly targets: readonly string[];
  readonly #targetSet: ReadonlySet<string>;
  readonly #denied = new Set<string>();
  readonly #refusedField: string;

  /**
   * @param query - the checked query
   * @param body - the validated packet
   * @param abort - aborted when the listeners run late
   * @param spec - what the package knows of the command: where the targets are, the reply's field, the family's codes
   */
  constructor(
    query: VerifiedQuery,
    body: Packet,
    abort: LazyAbort,
    spec: CommandSpec & { decision: MembersDecisionSpec },
  ) {
    super(query, body, abort, spec);
    this.targets = targetsOf(body, spec.decision.targets);
    this.#targetSet = new Set(this.targets);
    this.#refusedField = spec.decision.refusedField;
    this.deny = this.deny.bind(this);
  }

  deny(target: string): void {
    this.checkOpen('deny');
    if (!this.#targetSet.has(target)) {
      throw new RangeError(
        `tencent-im-callback: deny() needs one of the targets (${this.targets.join(', ')}); received ${JSON.stringify(target)}.`,
      );
    }
    this.#denied.add(target);
  }

  override [replyOf](end: ListenersEnd = { failed: false }): CallbackReplyBody | undefined {
    const refused = this.refusalReply(end);
    if (refused !== undefined) return refused;
    // A 'deny' fallback refuses every target nobody allowed: here, all of them.
    const denied =
      end.failed && end.fallback === 'deny' ? this.targets : this.targets.filter((t) => this.#denied.has(t));
    if (denied.length === 0) return undefined;
    return { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '', [this.#refusedField]: denied };
  }

  protected override refusesWholeOnFallback(): boolean {
    return false;
  }
}
