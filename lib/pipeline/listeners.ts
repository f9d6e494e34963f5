/**
 * A function that handles one callback. It may be async; a throw or a rejection turns the
 * reply into FAIL.
 */
export type CallbackListener<Event, Req> = (event: Event, req: Req) => unknown;

/**
 * Passed to `event.signal` and to `onError` when listeners are still running after
 * `listenerTimeoutMs`.
 */
export class ListenerTimeoutError extends Error {
  /** Always `'listener_timeout'`. */
  readonly code = 'listener_timeout';
  /** The deadline that passed, in milliseconds. */
  readonly timeoutMs: number;

  /** @param timeoutMs - the deadline that passed, in milliseconds */
  constructor(timeoutMs: number) {
    super(`callback listeners did not finish within ${timeoutMs} ms`);
    this.name = 'ListenerTimeoutError';
    this.timeoutMs = timeoutMs;
  }
}

/** The result of running every listener of one event. */
export type ListenerOutcome =
  { readonly ok: true } | { readonly ok: false; readonly error: unknown; readonly timedOut: boolean };

const succeeded: ListenerOutcome = { ok: true };
/** Waited for in the place of a listener that threw at once. */
const nothing = Promise.resolve();

/**
 * Listeners by command. Registering copies the list, so an event being dispatched keeps the
 * listeners it started with even if one is added or removed meanwhile.
 */
export class ListenerRegistry {
  readonly #byCommand = new Map<string | symbol, readonly CallbackListener<never, never>[]>();

  /**
   * @param command - the callback command, or a symbol for listeners of every command
   * @param listener - the function to add
   * @param owner - the public function name, for messages
   */
  add(command: string | symbol, listener: unknown, owner: string): void {
    if (typeof command !== 'symbol' && (typeof command !== 'string' || command === '')) {
      throw new TypeError(
        `tencent-im-callback: ${owner} needs a callback command such as 'Sns.CallbackFriendAdd'; received ${JSON.stringify(command)}.`,
      );
    }
    if (typeof listener !== 'function') {
      throw new TypeError(
        `tencent-im-callback: ${owner} needs a listener function for ${typeof command === 'symbol' ? 'every command' : command}; received ${typeof listener}.`,
      );
    }
    const current = this.#byCommand.get(command) ?? [];
    this.#byCommand.set(command, [...current, listener as CallbackListener<never, never>]);
  }

  /**
   * Removes the most recently added copy of a listener, as Node's EventEmitter does.
   *
   * @param command - the callback command
   * @param listener - the function to remove
   */
  remove(command: string | symbol, listener: unknown): void {
    const current = this.#byCommand.get(command);
    const index = current?.lastIndexOf(listener as CallbackListener<never, never>) ?? -1;
    if (current === undefined || index === -1) return;
    const next = current.filter((_, i) => i !== index);
    if (next.length === 0) this.#byCommand.delete(command);
    else this.#byCommand.set(command, next);
  }

  /**
   * @param command - the callback command
   * @returns whether any listener is registered for it
   */
  has(command: string | symbol): boolean {
    return this.#byCommand.has(command);
  }

  /**
   * @param command - the callback command
   * @returns the listeners for it, in the order they were added
   */
  get<Event, Req>(command: string | symbol): readonly CallbackListener<Event, Req>[] {
    return (this.#byCommand.get(command) ?? []) as readonly CallbackListener<Event, Req>[];
  }
}

/** What runListeners aborts when the deadline passes. */
export interface Abortable {
  abort(reason: unknown): void;
}

/**
 * Runs all listeners of one event at once and waits for all of them, or until `timeoutMs`.
 * Returns the outcome at once when no listener returned a promise.
 *
 * @param listeners - the listeners to run
 * @param event - the event
 * @param req - the request, as the listeners' second argument
 * @param timeoutMs - the deadline; past it `abort` is aborted with a {@link ListenerTimeoutError}
 * @param startedAt - when the deadline's time began, on `clock`: when the request's query was
 *   checked, so that neither the body's reading, the store's claim nor a listener's
 *   synchronous work is left out of it
 * @param clock - the router's clock (`Date.now` unless the app gave `now`)
 * @param abort - what backs `event.signal`
 * @param onLateFailure - past the deadline, gets (with the event) what listeners threw at once, then the failure of
 *   each that fails late, as it fails, so none is swallowed
 */
export function runListeners<Event, Req>(
  listeners: readonly CallbackListener<Event, Req>[],
  event: Event,
  req: Req,
  timeoutMs: number,
  startedAt: number,
  clock: () => number,
  abort: Abortable,
  onLateFailure: (error: unknown, event: Event) => void,
): ListenerOutcome | Promise<ListenerOutcome> {
  // What the listeners that did not simply return left behind, in listener order: a promise,
  // or what one threw. Made only once there is one: the usual callback, whose listeners all
  // return at once, allocates nothing here.
  let results: (PromiseLike<unknown> | Thrown)[] | undefined;
  let anyPromise = false;
  for (const listener of listeners) {
    try {
      const returned = listener(event, req);
      if (isThenable(returned)) {
        (results ??= []).push(returned);
        anyPromise = true;
      }
    } catch (thrown) {
      (results ??= []).push(new Thrown(thrown));
    }
  }
  if (results === undefined) return succeeded;
  // Listeners that return no promise are done: no timer, no extra turn of the event loop.
  if (!anyPromise) return outcomeOf(results.map((result) => (result as Thrown).error));

  // Read once the listeners' synchronous work is done: it used some of the deadline.
  return settleWithin(results, timeoutMs, timeLeft(startedAt, timeoutMs, clock), abort, onLateFailure, event);
}

/**
 * What is left now of a deadline of `timeoutMs` that began at `startedAt`, both on `clock`:
 * never below 0, and never above the whole of it, so a clock set back cannot stretch it.
 *
 * @param startedAt - when the deadline began, as `clock` read it
 * @param timeoutMs - the whole deadline
 * @param clock - the clock it is measured on
 * @returns milliseconds
 */
export function timeLeft(startedAt: number, timeoutMs: number, clock: () => number): number {
  return Math.min(timeoutMs, Math.max(0, startedAt + timeoutMs - clock()));
}

/**
 * Waits for the listeners' promises until the deadline, then gives their failures and those
 * thrown at once in listener order. Past the deadline, aborts; what was thrown at once is
 * reported then, and what the promises reject with when (if ever) they settle.
 */
async function settleWithin<Event>(
  results: readonly (PromiseLike<unknown> | Thrown)[],
  timeoutMs: number,
  remainingMs: number,
  abort: Abortable,
  onLateFailure: (error: unknown, event: Event) => void,
  event: Event,
): Promise<ListenerOutcome> {
  // Each thenable subscribed to once, as a promise: waited for here, and past the deadline, watched.
  const promises = results.map((result) => (result instanceof Thrown ? nothing : Promise.resolve(result)));
  const settled = Promise.allSettled(promises);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<undefined>((resolve) => {
    timer = setTimeout(resolve, remainingMs, undefined);
  });
  const outcomes = await Promise.race([settled, deadline]);
  clearTimeout(timer);

  if (outcomes !== undefined) {
    // In listener order: the ones that threw at once keep their place among the rest.
    const failures: unknown[] = [];
    outcomes.forEach((outcome, index) => {
      const result = results[index];
      if (result instanceof Thrown) failures.push(result.error);
      else if (outcome.status === 'rejected') failures.push(outcome.reason);
    });
    return outcomeOf(failures);
  }
  const timeout = new ListenerTimeoutError(timeoutMs);
  abort.abort(timeout);
  // Known now, so reported now: a listener that never settles must not hold them back.
  const thrownAtOnce = results.filter((result) => result instanceof Thrown).map((result) => result.error);
  if (thrownAtOnce.length > 0) onLateFailure(combine(thrownAtOnce), event);
  // Each as it fails: a listener that never settles must not hold back another's failure.
  const reportLate = (reason: unknown): void => {
    // A listener that stops because of the abort is doing what was asked, not failing.
    if (reason !== timeout) onLateFailure(reason, event);
  };
  for (const promise of promises) if (promise !== nothing) promise.then(undefined, reportLate);
  return { ok: false, error: timeout, timedOut: true };
}

/** What a listener threw, kept in its place among the others' promises. */
class Thrown {
  constructor(readonly error: unknown) {}
}

/**
 * Whether a value has a `then` method, as a promise's resolution treats it.
 *
 * @param value - anything a listener or a logger returned
 */
export function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    (typeof value === 'object' || typeof value === 'function') &&
    value !== null &&
    typeof (value as PromiseLike<unknown>).then === 'function'
  );
}

function outcomeOf(failures: unknown[]): ListenerOutcome {
  return failures.length === 0 ? succeeded : { ok: false, error: combine(failures), timedOut: false };
}

function combine(failures: unknown[]): unknown {
  return failures.length === 1
    ? failures[0]
    : new AggregateError(failures, `${failures.length} callback listeners failed`);
}
