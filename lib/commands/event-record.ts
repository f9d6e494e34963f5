import type { VerifiedQuery } from '../protocol/query';
import type { CommandSpec } from './command-spec';
import { eventKey } from './event-key';
import type { CallbackEvent } from './event-types';
import { failureReply, type OutgoingReply } from '../protocol/reply';

/** How the listeners of one callback ended, as the event's reply needs to know it. */
export type ListenersEnd =
  | { readonly failed: false }
  | {
      readonly failed: true;
      /** The reply's `ErrorInfo` for a FAIL: says what went wrong without the listener's own message. */
      readonly info: string;
      /** What a before-callback answers for what its listeners left undecided. */
      readonly fallback: 'allow' | 'deny';
    };

/**
 * The key of the method by which an event gives its reply. A symbol, so it is not part of the
 * event's public shape; `Symbol.for`, so a CommonJS and an ES module copy of the package agree.
 */
export const replyOf: unique symbol = Symbol.for('tencent-im-callback.replyOf');

/**
 * An AbortSignal made only when asked for. Most listeners never read `event.signal`, and an
 * AbortController per request was the largest single cost of the pipeline in the profile.
 * Aborted at the deadline, and then closed: the event's decisions are final.
 */
export class LazyAbort {
  #controller: AbortController | undefined;
  #aborted = false;
  #closed = false;
  #reason: unknown;

  /** The signal; aborted already if {@link LazyAbort.abort} came first. */
  get signal(): AbortSignal {
    if (this.#controller === undefined) {
      this.#controller = new AbortController();
      if (this.#aborted) this.#controller.abort(this.#reason);
    }
    return this.#controller.signal;
  }

  /**
   * Whether the event's decisions are final: its reply has been worked out ({@link close}), or
   * the deadline has passed and the signal's abort handlers have run. A decision made in such a
   * handler still counts (it is made before the reply); one made after throws. The reply is
   * worked out a few promise turns after the abort, so without this, what a listener decided in
   * those turns, say after a fetch the abort cancelled, would slip into it.
   */
  get closed(): boolean {
    return this.#closed;
  }

  /** Makes the event's decisions final, without aborting: its reply is being worked out. */
  close(): void {
    this.#closed = true;
  }

  /** @param reason - what the signal's `reason` becomes */
  abort(reason: unknown): void {
    this.#aborted = true;
    this.#reason = reason;
    // Dispatched synchronously: the handlers run here, before the event closes.
    this.#controller?.abort(reason);
    this.#closed = true;
  }
}

/**
 * The event object the router hands to listeners: the query facts and the body as own fields,
 * the signal made on demand. An after-callback's event replies OK, or FAIL when its listeners
 * failed; decision kinds (`decisions/`) extend it with their methods and their own reply.
 */
export class CallbackEventRecord<Packet extends object = Readonly<Record<string, unknown>>> implements CallbackEvent<
  string,
  Packet
> {
  readonly command: string;
  readonly sdkAppId: string;
  readonly clientIp: string | undefined;
  readonly optPlatform: string | undefined;
  readonly requestTime: number | undefined;
  readonly body: Packet;
  readonly #abort: LazyAbort;
  readonly #keyFields: readonly string[] | undefined;
  #key: string | undefined;

  /**
   * @param query - the checked query
   * @param body - the validated packet
   * @param abort - aborted when the listeners run late
   * @param spec - what the package knows of the command; undefined for a command it does not know
   */
  constructor(query: VerifiedQuery, body: Packet, abort: LazyAbort, spec?: CommandSpec) {
    this.command = query.command;
    this.sdkAppId = query.sdkAppId;
    this.clientIp = query.clientIp;
    this.optPlatform = query.optPlatform;
    this.requestTime = query.requestTime;
    this.body = body;
    this.#abort = abort;
    this.#keyFields = spec?.key;
  }

  get signal(): AbortSignal {
    return this.#abort.signal;
  }

  /**
   * Whether a decision now would reach nobody: the reply was worked out, or the listeners'
   * deadline has passed.
   */
  protected get decisionsClosed(): boolean {
    return this.#abort.closed;
  }

  /** Makes the decisions final: called as the reply is worked out, so later ones throw. */
  protected closeDecisions(): void {
    this.#abort.close();
  }

  /** The callback's identity, worked out the first time it is read (see {@link eventKey}). */
  get key(): string {
    this.#key ??= eventKey(this.command, this.body, this.#keyFields);
    return this.#key;
  }

  /**
   * The reply IM gets for this callback.
   *
   * @param end - how the listeners ended; omitted when the app answers with `sendCallbackReply`
   * @returns the body or its JSON text, or undefined for IM's plain OK
   */
  [replyOf](end: ListenersEnd = { failed: false }): OutgoingReply | undefined {
    return end.failed ? failureReply(end.info) : undefined;
  }
}

/**
 * An event that also exposes some of its body's fields under names of their own, as its
 * command's `x-im.adds` says: `pairs` for a `PairList`, `events` for a push batch's `Events`.
 */
export class AddsEventRecord<Packet extends object> extends CallbackEventRecord<Packet> {
  /**
   * @param query - the checked query
   * @param body - the validated packet
   * @param abort - aborted when the listeners run late
   * @param spec - what the package knows of the command
   * @param adds - `[name, field]`: the event's `name` is the body's `field` (`spec.adds`, as entries made once per command)
   */
  constructor(
    query: VerifiedQuery,
    body: Packet,
    abort: LazyAbort,
    spec: CommandSpec,
    adds: readonly (readonly [string, string])[],
  ) {
    super(query, body, abort, spec);
    // Plain assignments: defineProperty per field per request cost more than the rest of the event.
    for (const [name, field] of adds)
      (this as Record<string, unknown>)[name] = (body as Record<string, unknown>)[field];
  }
}
