import type { VerifiedQuery } from '../../protocol/query';
import type { CommandSpec } from '../command-spec';
import type { CallbackReplyBody } from '../../protocol/reply';
import type { CodeRangeSpec } from '../../generated/x-im';
import { CallbackEventRecord, type LazyAbort, type ListenersEnd } from '../event-record';

/** What a before-callback answers when its listeners fail or run late. */
export type BeforeCallbackFallback = 'allow' | 'deny';

/** The `ErrorInfo` of a refusal the package makes because the listeners could not decide. */
export const UNDECIDED_INFO = 'refused because the app could not decide';

/** A refusal of the whole request: the reply's `ErrorCode` and `ErrorInfo`. */
export interface Refusal {
  readonly code: number;
  readonly info: string;
}

/** A command whose listeners can refuse it, with its family's custom codes. */
export type RefusableSpec = CommandSpec & { readonly decision: { readonly refusalCodes: CodeRangeSpec } };

/**
 * The common ground of the before-callbacks that refuse a request as a whole (messages, gates,
 * member lists): `refuse(code?, info?)`, the first refusal standing over every other decision,
 * and no decision once the reply was sent. The verdict is `ErrorCode` in a reply whose
 * `ActionStatus` is `OK`, as IM's docs answer every decision.
 */
export abstract class RefusableEventRecord<Packet extends object> extends CallbackEventRecord<Packet> {
  #refusal: Refusal | undefined;
  readonly #codes: readonly [number, number];

  /**
   * @param query - the checked query
   * @param body - the validated packet
   * @param abort - aborted when the listeners run late
   * @param spec - what the package knows of the command: its family's custom codes
   */
  constructor(query: VerifiedQuery, body: Packet, abort: LazyAbort, spec: RefusableSpec) {
    super(query, body, abort, spec);
    this.#codes = spec.decision.refusalCodes;
    this.refuse = this.refuse.bind(this);
  }

  /**
   * Refuses the whole request. The first refusal stands over every other decision.
   *
   * @param code - 1, or a code in the family's custom range, which IM passes on to the client. Defaults to 1.
   * @param info - the reply's `ErrorInfo`. Defaults to `''`.
   * @throws RangeError for any other code; TypeError when `info` is not a string; Error once the reply was sent
   */
  refuse(code = 1, info = ''): void {
    this.checkOpen('refuse');
    const [lowest, highest] = this.#codes;
    if (code !== 1 && !(Number.isInteger(code) && code >= lowest && code <= highest)) {
      throw new RangeError(
        `tencent-im-callback: refuse() needs code 1 or a code from ${lowest} to ${highest}, as IM requires for ${this.command}; received ${String(code)}.`,
      );
    }
    if (typeof info !== 'string') {
      throw new TypeError(`tencent-im-callback: refuse() needs info to be a string; received ${typeof info}.`);
    }
    this.#refusal ??= { code, info };
  }

  /**
   * Throws once the reply was sent: a decision then would reach nobody.
   *
   * @param method - the decision's name, for the message
   */
  protected checkOpen(method: string): void {
    if (this.decisionsClosed) throw new Error(`tencent-im-callback: ${method}() came after the reply was sent.`);
  }

  /**
   * The reply of a refused request, or undefined when nobody refused and the listeners did not
   * fail into a `'deny'` fallback. Seals the event: later decisions throw.
   *
   * @param end - how the listeners ended
   * @param settled - whether the listeners made a decision the fallback must not override (a discard)
   */
  protected refusalReply(end: ListenersEnd, settled = false): CallbackReplyBody | undefined {
    this.closeDecisions();
    const fallback = end.failed && end.fallback === 'deny' && !settled && this.refusesWholeOnFallback();
    const refusal = this.#refusal ?? (fallback ? { code: 1, info: UNDECIDED_INFO } : undefined);
    return refusal && { ActionStatus: 'OK', ErrorCode: refusal.code, ErrorInfo: refusal.info };
  }

  /** Whether a `'deny'` fallback refuses the whole request (per-target kinds refuse the targets instead). */
  protected refusesWholeOnFallback(): boolean {
    return true;
  }
}
