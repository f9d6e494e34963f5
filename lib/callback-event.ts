import type { CallbackEvent } from './event';
import type { VerifiedQuery } from './query';

/**
 * An AbortSignal made only when asked for. Most listeners never read `event.signal`, and an
 * AbortController per request was the largest single cost of the pipeline in the profile.
 */
export class LazyAbort {
  #controller: AbortController | undefined;
  #aborted = false;
  #reason: unknown;

  /** The signal; aborted already if {@link LazyAbort.abort} came first. */
  get signal(): AbortSignal {
    if (this.#controller === undefined) {
      this.#controller = new AbortController();
      if (this.#aborted) this.#controller.abort(this.#reason);
    }
    return this.#controller.signal;
  }

  /** @param reason - what the signal's `reason` becomes */
  abort(reason: unknown): void {
    this.#aborted = true;
    this.#reason = reason;
    this.#controller?.abort(reason);
  }
}

/**
 * The event object the router hands to listeners: the query facts and the body as own
 * fields, the signal made on demand. Commands add their own fields (`pairs`, `targets`, ...).
 */
export class CallbackEventRecord<Packet extends object> implements CallbackEvent<string, Packet> {
  readonly command: string;
  readonly sdkAppId: string;
  readonly clientIp: string | undefined;
  readonly optPlatform: string | undefined;
  readonly requestTime: number | undefined;
  readonly body: Packet;
  readonly #abort: LazyAbort;

  /**
   * @param query - the checked query
   * @param body - the validated packet
   * @param abort - aborted when the listeners run late
   */
  constructor(query: VerifiedQuery, body: Packet, abort: LazyAbort) {
    this.command = query.command;
    this.sdkAppId = query.sdkAppId;
    this.clientIp = query.clientIp;
    this.optPlatform = query.optPlatform;
    this.requestTime = query.requestTime;
    this.body = body;
    this.#abort = abort;
  }

  get signal(): AbortSignal {
    return this.#abort.signal;
  }
}
