import type { VerifiedQuery } from '../../protocol/query';
import type { CommandSpec } from '../command-spec';
import type { CallbackReplyBody } from '../../protocol/reply';
import type { FriendRequestDecisionSpec } from '../../generated/x-im';
import { CallbackEventRecord, replyOf, type LazyAbort, type ListenersEnd } from '../event-record';
import { targetsOf } from './targets';
import { UNDECIDED_INFO } from './refusal';

/** One entry of a before-callback reply's `ResultItem`: the verdict on one target. */
export interface ResultItem {
  /** The target's UserID. */
  readonly To_Account: string;
  /** 0 allows; a code from 38000 to 39000 refuses. */
  readonly ResultCode: number;
  /** Why it was refused; empty when allowed. */
  readonly ResultInfo: string;
}

/** What a before-callback's listeners decide with: allow or refuse each target. */
export interface FriendRequestDecision {
  /** The `To_Account` of each item, in the order IM sent them. The reply answers each. */
  readonly targets: readonly string[];
  /**
   * Allows a target. Targets are allowed unless refused, so this only documents intent; a
   * refusal by any listener stands.
   *
   * @param toAccount - one of `targets`
   * @throws RangeError when `toAccount` is not a target; Error once the reply was sent
   */
  allow(toAccount: string): void;
  /**
   * Refuses a target.
   *
   * @param toAccount - one of `targets`
   * @param resultCode - from 38000 to 39000, as IM requires for a refusal. Defaults to 38000.
   * @param resultInfo - why; sent to IM as `ResultInfo`. Defaults to `''`.
   * @throws RangeError when `toAccount` is not a target or `resultCode` is outside 38000 to 39000;
   *   Error once the reply was sent
   */
  deny(toAccount: string, resultCode?: number, resultInfo?: string): void;
}

/** The lowest `ResultCode` that refuses a target. */
export const MIN_REFUSAL_CODE = 38000;
/** The highest `ResultCode` that refuses a target. */
export const MAX_REFUSAL_CODE = 39000;

const fallbackRefusal = { code: MIN_REFUSAL_CODE, info: UNDECIDED_INFO };

/**
 * The event of `Sns.CallbackPrevFriendAdd` and `Sns.CallbackPrevFriendResponse`: IM asks, per
 * target, whether a friend request (or an answer to one) may go through, and reads the reply's
 * `ResultItem`, one entry per target. `allow` and `deny` are bound, so they can be passed on.
 */
export class FriendRequestEvent<Packet extends object>
  extends CallbackEventRecord<Packet>
  implements FriendRequestDecision
{
  readonly targets: readonly string[];
  readonly #targetSet: ReadonlySet<string>;
  readonly #refusals = new Map<string, { code: number; info: string }>();

  /**
   * @param query - the checked query
   * @param body - the validated packet
   * @param abort - aborted when the listeners run late
   * @param spec - what the package knows of the command: where the body lists the targets
   */
  constructor(
    query: VerifiedQuery,
    body: Packet,
    abort: LazyAbort,
    spec: CommandSpec & { decision: FriendRequestDecisionSpec },
  ) {
    super(query, body, abort, spec);
    this.targets = targetsOf(body, spec.decision.targets);
    this.#targetSet = new Set(this.targets);
    this.allow = this.allow.bind(this);
    this.deny = this.deny.bind(this);
  }

  allow(toAccount: string): void {
    this.#check(toAccount, 'allow');
  }

  deny(toAccount: string, resultCode = MIN_REFUSAL_CODE, resultInfo = ''): void {
    this.#check(toAccount, 'deny');
    if (!Number.isInteger(resultCode) || resultCode < MIN_REFUSAL_CODE || resultCode > MAX_REFUSAL_CODE) {
      throw new RangeError(
        `tencent-im-callback: deny() needs a ResultCode from ${MIN_REFUSAL_CODE} to ${MAX_REFUSAL_CODE}, as IM requires for a refusal; received ${String(resultCode)}.`,
      );
    }
    if (typeof resultInfo !== 'string') {
      throw new TypeError(
        `tencent-im-callback: deny() needs resultInfo to be a string; received ${typeof resultInfo}.`,
      );
    }
    // The first refusal of a target is the one reported.
    if (!this.#refusals.has(toAccount)) this.#refusals.set(toAccount, { code: resultCode, info: resultInfo });
  }

  /**
   * Always OK with one `ResultItem` per target, in IM's order; when the listeners failed, the
   * targets nobody refused get the fallback. Seals the decisions: later calls throw.
   */
  override [replyOf](end: ListenersEnd = { failed: false }): CallbackReplyBody {
    this.closeDecisions();
    const fallback = end.failed && end.fallback === 'deny' ? fallbackRefusal : undefined;
    const items = this.targets.map((target): ResultItem => {
      const refusal = this.#refusals.get(target) ?? fallback;
      return refusal
        ? { To_Account: target, ResultCode: refusal.code, ResultInfo: refusal.info }
        : { To_Account: target, ResultCode: 0, ResultInfo: '' };
    });
    return { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '', ResultItem: items };
  }

  #check(toAccount: string, method: string): void {
    if (this.decisionsClosed) {
      throw new Error(`tencent-im-callback: ${method}(${JSON.stringify(toAccount)}) came after the reply was sent.`);
    }
    if (!this.#targetSet.has(toAccount)) {
      throw new RangeError(
        `tencent-im-callback: ${method}() needs one of the targets (${this.targets.join(', ')}); received ${JSON.stringify(toAccount)}.`,
      );
    }
  }
}
