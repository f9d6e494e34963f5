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

/** What a before-callback answers when its listeners fail or run late. */
export type BeforeCallbackFallback = 'allow' | 'deny';

/** The lowest `ResultCode` that refuses a target. */
export const MIN_REFUSAL_CODE = 38000;
/** The highest `ResultCode` that refuses a target. */
export const MAX_REFUSAL_CODE = 39000;

const fallbackRefusal = { code: MIN_REFUSAL_CODE, info: 'refused because the app could not decide' };

/** The verdicts of one before-callback, collected from its listeners. */
export class Decisions implements FriendRequestDecision {
  readonly targets: readonly string[];
  readonly #targetSet: ReadonlySet<string>;
  readonly #refusals = new Map<string, { code: number; info: string }>();
  #sealed = false;

  /** @param targets - the `To_Account` of each item */
  constructor(targets: readonly string[]) {
    this.targets = Object.freeze([...targets]);
    this.#targetSet = new Set(targets);
    this.allow = this.allow.bind(this);
    this.deny = this.deny.bind(this);
  }

  allow(toAccount: string): void {
    this.#check(toAccount, 'allow');
  }

  deny(toAccount: string, resultCode = MIN_REFUSAL_CODE, resultInfo = ''): void {
    this.#check(toAccount, 'deny');
    if (typeof resultInfo !== 'string') {
      throw new TypeError(
        `tencent-im-callback: deny() needs resultInfo to be a string; received ${typeof resultInfo}.`,
      );
    }
    if (!Number.isInteger(resultCode) || resultCode < MIN_REFUSAL_CODE || resultCode > MAX_REFUSAL_CODE) {
      throw new RangeError(
        `tencent-im-callback: deny() needs a ResultCode from ${MIN_REFUSAL_CODE} to ${MAX_REFUSAL_CODE}, as IM requires for a refusal; received ${String(resultCode)}.`,
      );
    }
    // The first refusal of a target is the one reported.
    if (!this.#refusals.has(toAccount)) this.#refusals.set(toAccount, { code: resultCode, info: resultInfo });
  }

  /**
   * The reply's `ResultItem`, one per target. Seals the decisions: later calls throw.
   *
   * @param fallback - when the listeners failed: what targets nobody refused get
   */
  resultItems(fallback?: BeforeCallbackFallback): ResultItem[] {
    this.#sealed = true;
    return this.targets.map((target) => {
      const refusal = this.#refusals.get(target) ?? (fallback === 'deny' ? fallbackRefusal : undefined);
      return refusal
        ? { To_Account: target, ResultCode: refusal.code, ResultInfo: refusal.info }
        : { To_Account: target, ResultCode: 0, ResultInfo: '' };
    });
  }

  #check(toAccount: string, method: string): void {
    if (this.#sealed) {
      throw new Error(`tencent-im-callback: ${method}(${JSON.stringify(toAccount)}) came after the reply was sent.`);
    }
    if (!this.#targetSet.has(toAccount)) {
      throw new RangeError(
        `tencent-im-callback: ${method}() needs one of the targets (${this.targets.join(', ')}); received ${JSON.stringify(toAccount)}.`,
      );
    }
  }
}

const decisionsByEvent = new WeakMap<object, Decisions>();

/**
 * Links an event to its decisions, so the reply (and `sendCallbackReply`) can find them
 * without a public field.
 */
export function attachDecisions(event: object, decisions: Decisions): void {
  decisionsByEvent.set(event, decisions);
}

/** The decisions of a before-callback event; undefined for any other value. */
export function decisionsOf(event: unknown): Decisions | undefined {
  return typeof event === 'object' && event !== null ? decisionsByEvent.get(event) : undefined;
}
