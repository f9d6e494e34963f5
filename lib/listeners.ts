import { ListenerTimeoutError } from './errors';

/**
 * A function that handles one callback. It may be async; a throw or a rejection turns the
 * reply into FAIL.
 */
export type CallbackListener<Event, Req> = (event: Event, req: Req) => unknown;

/** The result of running every listener of one event. */
export type ListenerOutcome =
  | { readonly ok: true }
  | { readonly ok: false; readonly error: unknown; readonly timedOut: boolean };

const succeeded: ListenerOutcome = { ok: true };

/**
 * Listeners by command. Registering copies the list, so an event being dispatched keeps the
 * listeners it started with even if one is added or removed meanwhile.
 */
export class ListenerRegistry<Req> {
  readonly #byCommand = new Map<string, readonly CallbackListener<never, Req>[]>();

  /**
   * @param command - the callback command
   * @param listener - the function to add
   * @param owner - the public function name, for messages
   */
  add(command: string, listener: unknown, owner: string): void {
    if (typeof command !== 'string' || command === '') {
      throw new TypeError(`tencent-im-callback: ${owner} needs a callback command such as 'Sns.CallbackFriendAdd'; received ${String(command)}.`);
    }
    if (typeof listener !== 'function') {
      throw new TypeError(`tencent-im-callback: ${owner} needs a listener function for ${command}; received ${typeof listener}.`);
    }
    const current = this.#byCommand.get(command) ?? [];
    this.#byCommand.set(command, [...current, listener as CallbackListener<never, Req>]);
  }

  /**
   * Removes the most recently added copy of a listener, as Node's EventEmitter does.
   *
   * @param command - the callback command
   * @param listener - the function to remove
   */
  remove(command: string, listener: unknown): void {
    const current = this.#byCommand.get(command);
    const index = current?.lastIndexOf(listener as CallbackListener<never, Req>) ?? -1;
    if (current === undefined || index === -1) return;
    const next = current.filter((_, i) => i !== index);
    if (next.length === 0) this.#byCommand.delete(command);
    else this.#byCommand.set(command, next);
  }

  /**
   * @param command - the callback command
   * @returns whether any listener is registered for it
   */
  has(command: string): boolean {
    return this.#byCommand.has(command);
  }

  /**
   * @param command - the callback command
   * @returns the listeners for it, in the order they were added
   */
  get<Event>(command: string): readonly CallbackListener<Event, Req>[] {
    return (this.#byCommand.get(command) ?? []) as readonly CallbackListener<Event, Req>[];
  }
}

/**
 * Runs all listeners of one event at once and waits for all of them, or until `timeoutMs`.
 *
 * @param listeners - the listeners to run
 * @param event - the event
 * @param req - the request, as the listeners' second argument
 * @param timeoutMs - the deadline; past it `abort` is aborted with a {@link ListenerTimeoutError}
 * @param abort - the controller behind `event.signal`
 * @param onLateFailure - gets failures of listeners that settle after the deadline, so none is swallowed
 */
export async function runListeners<Event, Req>(
  listeners: readonly CallbackListener<Event, Req>[],
  event: Event,
  req: Req,
  timeoutMs: number,
  abort: AbortController,
  onLateFailure: (error: unknown) => void,
): Promise<ListenerOutcome> {
  if (listeners.length === 0) return succeeded;
  // The executor turns a synchronous throw into a rejection, so one path handles both.
  const settled = Promise.allSettled(listeners.map((listener) => new Promise((resolve) => resolve(listener(event, req)))));
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<undefined>((resolve) => {
    timer = setTimeout(resolve, timeoutMs, undefined);
  });
  const results = await Promise.race([settled, deadline]);
  clearTimeout(timer);

  if (results === undefined) {
    const timeout = new ListenerTimeoutError(timeoutMs);
    abort.abort(timeout);
    void settled.then((late) => {
      // A listener that stops because of the abort is doing what was asked, not failing.
      const failures = failuresOf(late).filter((reason) => reason !== timeout);
      if (failures.length > 0) onLateFailure(combine(failures));
    });
    return { ok: false, error: timeout, timedOut: true };
  }
  const failures = failuresOf(results);
  return failures.length === 0 ? succeeded : { ok: false, error: combine(failures), timedOut: false };
}

function failuresOf(results: readonly PromiseSettledResult<unknown>[]): unknown[] {
  const failures: unknown[] = [];
  for (const result of results) if (result.status === 'rejected') failures.push(result.reason);
  return failures;
}

function combine(failures: unknown[]): unknown {
  return failures.length === 1 ? failures[0] : new AggregateError(failures, `${failures.length} callback listeners failed`);
}
