import { parseJsonBody } from '../body/parse-json';
import { LazyAbort, replyOf, type CallbackEventRecord, type ListenersEnd } from '../commands/event-record';
import { nearestCommand } from '../commands/command-names';
import type { CommandDefinition } from '../commands/registry';
import { validatePacket } from '../commands/validate';
import {
  commandOf,
  quoteCommand,
  readCallbackQuery,
  verifyQuery,
  type CallbackQuery,
  type VerifiedQuery,
} from '../protocol/query';
import { CallbackRejection, isCallbackRejection } from '../protocol/rejection';
import { failureReply, type OutgoingReply } from '../protocol/reply';
import { ListenerRegistry, runListeners, timeLeft, type ListenerOutcome } from './listeners';
import type { ResolvedOptions } from './options';

/**
 * What the pipeline needs from a runtime's request, given once per adapter rather than as a
 * closure per request.
 */
export interface AdapterIO<Req> {
  /**
   * Reads the body (only once the query checks passed) and calls `done` once: with the bytes,
   * the text, or a value a framework already parsed; or with the reason it cannot be read.
   * Called back from the stream's own `end` event, so that a callback whose listeners return at
   * once is answered in that same turn, without a round of promise resolutions (which cost a
   * small callback a tenth of its time on `node:http`).
   *
   * @param done - gets a `CallbackRejection` for a body too large, compressed or cut off
   */
  readBody(request: Req, limit: number, done: (error: unknown, body?: unknown) => void): void;
  /** Makes the event reachable from the request (`req.timCallback`) before listeners run. */
  attachEvent?(request: Req, event: object): void;
  /** What a body parser that ran before the router made of the body, if one did. */
  parsedBy?(request: Req): 'raw' | 'text' | 'form' | 'json' | undefined;
}

/** Gets what the pipeline made of one request; called exactly once per request. */
export type OutcomeHandler = (outcome: CallbackOutcome) => void;

/** What the pipeline made of one request; the adapter turns it into its runtime's response. */
export type CallbackOutcome =
  /** Not a callback this router handles: the adapter passes the request on (`next()`). */
  | { readonly kind: 'pass' }
  /** Answer with this status and IM's JSON, as a body or as its text (undefined: the plain OK). */
  | {
      readonly kind: 'reply';
      readonly status: number;
      readonly body: OutgoingReply | undefined;
      /** Set on a 405: the `Allow` header's value. */
      readonly allow?: string;
    }
  /** `autoReply: false`: the listeners succeeded and the app answers, with this event's reply. */
  | { readonly kind: 'handover'; readonly event: CallbackEventRecord<object> };

/** How a router instance picks and treats commands. */
export interface PipelineSpec {
  /** Commands with their own schema. */
  readonly commands: ReadonlyMap<string, CommandDefinition>;
  /** How other commands are checked; undefined when the router handles only `commands`. */
  readonly otherCommands: CommandDefinition | undefined;
  /** Whether a request naming `command` is handled here rather than passed on. */
  readonly handles: (command: string, hasListeners: boolean) => boolean;
  /** The public function name, for messages. */
  readonly factory: string;
}

/** A symbol, so no command string can collide with the key of the `onAny` listeners. */
export const ANY_COMMAND = Symbol('any command');

const passOn: CallbackOutcome = { kind: 'pass' };
const ok: CallbackOutcome = { kind: 'reply', status: 200, body: undefined };

/**
 * The one request pipeline every command and every runtime shares: route, check the query,
 * read and validate the body, build the event, run the listeners, and decide the reply.
 * Adapters (Express, `node:http`) feed it requests and write what it decides.
 */
export class CallbackPipeline {
  /** The listeners, by command, and under {@link ANY_COMMAND} those of every command. */
  readonly listeners = new ListenerRegistry();
  readonly #config: ResolvedOptions;
  readonly #spec: PipelineSpec;

  /**
   * @param config - checked options
   * @param spec - which commands, and how unhandled ones are treated
   */
  constructor(config: ResolvedOptions, spec: PipelineSpec) {
    this.#config = config;
    this.#spec = spec;
    if (config.tokens.length === 0) {
      config.logger.warn(
        'tencent-im-callback: token: false, so callback signatures (Sign, RequestTime) are not verified and anyone who knows the URL can post callbacks that look like IM\'s. Use it for local development only; in production set "token" to the callback authentication token from the IM console.',
      );
    }
  }

  /** Whether the router answers (true) or hands the event to the app's own route (`autoReply: false`). */
  get autoReply(): boolean {
    return this.#config.autoReply;
  }

  /**
   * Adds a listener for a command, or for every command under {@link ANY_COMMAND}. A command
   * that is not known but is close to one is most likely a typo, and is refused here rather
   * than left waiting for callbacks that never come.
   *
   * @param command - the command, or ANY_COMMAND
   * @param listener - the function
   * @param method - the public method, for messages (`on`, `onAny`)
   * @throws TypeError for a listener that is not a function, an empty command, a near-miss of
   *   a known command, or a command this router does not handle
   */
  addListener(command: string | symbol, listener: unknown, method: string): void {
    const owner = `${this.#spec.factory}().${method}()`;
    if (typeof command === 'string' && command !== '' && !this.#spec.commands.has(command)) {
      const known = [...this.#spec.commands.keys()];
      if (this.#spec.otherCommands === undefined) {
        throw new TypeError(
          `tencent-im-callback: ${owner} handles only ${known.join(', ')}; received ${JSON.stringify(command)}. createCallbackRouter() handles every command.`,
        );
      }
      const near = nearestCommand(command, known);
      if (near !== undefined) {
        throw new TypeError(
          `tencent-im-callback: ${owner} got ${JSON.stringify(command)}, which is not a command IM sends. Did you mean ${JSON.stringify(near)}? (Command names are case-sensitive; a command this package does not know yet is accepted by its exact name.)`,
        );
      }
    }
    this.listeners.add(command, listener, owner);
  }

  /**
   * Processes one request and hands what to answer to `done`, exactly once: at once when no
   * body needs reading, from the body stream's `end` event when every listener returns at once
   * (no promise in the way), or later when a listener, or the dedupe store, is asynchronous.
   * Nothing thrown inside reaches the caller or the stream: a fault becomes a 500 reply.
   *
   * @param request - the runtime's request; listeners get it as their second argument
   * @param method - its HTTP method
   * @param url - its target: a path with the query, or a whole URL
   * @param io - how to read its body
   * @param done - what to do with the outcome: write the reply, or pass the request on
   */
  handle<Req>(
    request: Req,
    method: string | undefined,
    url: string | undefined,
    io: AdapterIO<Req>,
    done: OutcomeHandler,
  ): void {
    let answered = false;
    const answer = (outcome: CallbackOutcome): void => {
      if (answered) return;
      answered = true;
      try {
        done(outcome);
      } catch (error) {
        this.reportAnswerFailure(error);
      }
    };
    const params = readCallbackQuery(url);
    let command: string | undefined;
    try {
      command = commandOf(params);
    } catch (error) {
      answer(this.#reject('(repeated)', error));
      return;
    }
    if (command === undefined) {
      answer(passOn); // not an IM callback at all
      return;
    }
    try {
      this.#start(request, method, params, command, io, answer);
    } catch (error) {
      answer(this.#reject(command, error));
    }
  }

  /**
   * Logs that a request could not be answered as planned: writing the reply threw, or the
   * handler after the router did (the adapter has answered 500 then).
   *
   * @param error - what was thrown
   */
  reportAnswerFailure(error: unknown): void {
    this.#config.logger.error('tencent-im-callback: answering the request failed', error);
  }

  /** Routes by command and checks the query, then reads the body. */
  #start<Req>(
    request: Req,
    method: string | undefined,
    params: CallbackQuery,
    command: string,
    io: AdapterIO<Req>,
    answer: OutcomeHandler,
  ): void {
    const config = this.#config;
    const known = this.#spec.commands.get(command);
    // From here on the registry's copy of the name: the query's is a new string every request,
    // and every later lookup by it (listeners, handles) compared its text with the key's; the
    // registry's own string is compared by identity.
    if (known?.command !== undefined) command = known.command;
    const definition = known ?? this.#spec.otherCommands;
    if (definition === undefined || !this.#spec.handles(command, this.listeners.has(command))) {
      // Another handler's command. Only an authentic request is passed on (its query checked,
      // its body left unread for that handler), so nothing forged reaches it in IM's name.
      verifyQuery(params, command, config, config.now());
      answer(passOn);
      return;
    }
    if (method !== 'POST') throw new CallbackRejection('method_not_allowed', 'IM callbacks are POST requests');
    // The query is checked before the body is read: an unsigned request costs no reading. The
    // same reading of the clock starts listenerTimeoutMs (a second one cost a small callback
    // about 1.5 % of its CPU): from here on, the body, the claim and the listeners all count, as
    // they do for IM's 2 seconds.
    const startedAt = config.now();
    const query = verifyQuery(params, command, config, startedAt);
    if (!this.#warnedParsedBody) this.#warnIfParsedBefore(io.parsedBy?.(request));
    io.readBody(request, config.bodyLimit, (error, body) => {
      // Called from the stream's events: whatever happens, it ends in an answer, not a throw.
      if (error !== undefined) {
        answer(this.#reject(query.command, error));
        return;
      }
      try {
        this.#process(request, io, definition, query, body, startedAt, answer);
      } catch (fault) {
        answer(this.#reject(query.command, fault));
      }
    });
  }

  /** Validates the body, builds the event, skips a duplicate, and runs the listeners. */
  #process<Req>(
    request: Req,
    io: AdapterIO<Req>,
    definition: CommandDefinition,
    query: VerifiedQuery,
    body: unknown,
    startedAt: number,
    answer: OutcomeHandler,
  ): void {
    const abort = new LazyAbort();
    const packet = validatePacket(definition.validate, parseJsonBody(body), query.command);
    const event = definition.createEvent(query, packet, abort);
    io.attachEvent?.(request, event);
    // A duplicate after-callback is answered at once; a before-callback's reply always matters.
    if (this.#config.dedupe !== undefined && definition.timing === 'after') {
      this.#isDuplicate(event, startedAt).then(
        (duplicate) => {
          if (duplicate) answer(ok);
          else this.#runListeners(request, event, abort, startedAt, answer);
        },
        (fault: unknown) => {
          answer(this.#reject(event.command, fault));
        },
      );
      return;
    }
    this.#runListeners(request, event, abort, startedAt, answer);
  }

  /** Runs the listeners and answers: never throws, whether they end at once or later. */
  #runListeners(
    request: unknown,
    event: CallbackEventRecord<object>,
    abort: LazyAbort,
    startedAt: number,
    answer: OutcomeHandler,
  ): void {
    let running: ListenerOutcome | Promise<ListenerOutcome>;
    try {
      running = runListeners(
        this.#listenersOf(event.command),
        event,
        request,
        this.#config.listenerTimeoutMs,
        startedAt,
        this.#config.now,
        abort,
        this.#reportLate,
      );
    } catch (fault) {
      answer(this.#reject(event.command, fault));
      return;
    }
    if (!(running instanceof Promise)) {
      // Listeners that returned at once: answered in this same turn.
      this.#answerAfter(event, running, answer);
      return;
    }
    running.then(
      (outcome) => {
        this.#answerAfter(event, outcome, answer);
      },
      (fault: unknown) => {
        answer(this.#reject(event.command, fault));
      },
    );
  }

  /**
   * Answers with the reply the listeners' end calls for. A fault while working it out becomes
   * a 500 here: from a promise's callback it would otherwise be an unhandled rejection.
   */
  #answerAfter(event: CallbackEventRecord<object>, outcome: ListenerOutcome, answer: OutcomeHandler): void {
    let reply: CallbackOutcome;
    try {
      reply = this.#outcomeAfter(event, outcome);
    } catch (fault) {
      reply = this.#reject(event.command, fault);
    }
    answer(reply);
  }

  /** The reply once the listeners ended: their decisions, or the failure reply and fallback. */
  #outcomeAfter(event: CallbackEventRecord<object>, outcome: ListenerOutcome): CallbackOutcome {
    const config = this.#config;
    if (!outcome.ok) {
      this.#report(outcome.error, event);
      const end: ListenersEnd = {
        failed: true,
        // The listener's own message stays in the app's logs: the reply goes to whoever called.
        info: outcome.timedOut
          ? `listeners did not finish within ${config.listenerTimeoutMs} ms`
          : 'a callback listener failed',
        fallback: config.beforeCallbackFallback,
      };
      return { kind: 'reply', status: 200, body: event[replyOf](end) };
    }
    if (!config.autoReply) return { kind: 'handover', event };
    const body = event[replyOf]();
    return body === undefined ? ok : { kind: 'reply', status: 200, body };
  }

  /**
   * Claims the event's key in the dedupe store. A store that fails, throws, or does not answer
   * in time leaves the callback to be processed (never lost), and the error goes to `onError`.
   */
  async #isDuplicate(event: CallbackEventRecord<object>, startedAt: number): Promise<boolean> {
    const { dedupe, logger, listenerTimeoutMs, now } = this.#config;
    if (dedupe === undefined) return false;
    // At most a second, and no more than is left of listenerTimeoutMs (a slow body used some).
    const limit = Math.min(timeLeft(startedAt, listenerTimeoutMs, now), 1000);
    let claimed: boolean;
    try {
      claimed = await withDeadline(dedupe.store.claim(event.key, dedupe.ttlMs), limit);
    } catch (error) {
      this.#report(new DedupeStoreError(error), event);
      return false;
    }
    if (claimed) return false;
    logger.debug?.(
      `tencent-im-callback: ${quoteCommand(event.command)} delivered again (${event.key}): answered OK without running listeners`,
    );
    try {
      Promise.resolve(dedupe.onDuplicate?.(event)).catch((error: unknown) => {
        this.#report(error, event);
      });
    } catch (error) {
      this.#report(error, event);
    }
    return true;
  }

  #warnedParsedBody = false;

  /** Says once, per router, that a body parser runs before it, and what that costs. */
  #warnIfParsedBefore(kind: string | undefined): void {
    if (kind === undefined) return;
    this.#warnedParsedBody = true;
    this.#config.logger.warn(
      `tencent-im-callback: a ${kind} body parser read a callback's body before ${this.#spec.factory}() could. ` +
        (kind === 'form'
          ? 'Form bodies are refused with 415. '
          : "The body is used as that parser left it, but its size limit, its errors (an HTML page, before any Sign check) and its decompression apply instead of this package's. ") +
        "Mount the router before body parsers, e.g. app.use('/im/callback', im) before app.use(express.json()).",
    );
  }

  #listenersOf(command: string) {
    const own = this.listeners.get<object, unknown>(command);
    const any = this.listeners.get<object, unknown>(ANY_COMMAND);
    return any.length === 0 ? own : own.length === 0 ? any : [...own, ...any];
  }

  #reject(command: string, error: unknown): CallbackOutcome {
    const { logger } = this.#config;
    if (!isCallbackRejection(error)) {
      // Not a bad request but a fault here; answer, and say so without details.
      logger.error(`tencent-im-callback: unexpected error while handling ${quoteCommand(command)}`, error);
      return { kind: 'reply', status: 500, body: failureReply('internal error while handling the callback') };
    }
    logger.debug?.(
      `tencent-im-callback: rejected ${quoteCommand(command)} with ${error.status} (${error.code}): ${error.message}`,
    );
    const body = failureReply(error.message);
    return error.code === 'method_not_allowed'
      ? { kind: 'reply', status: error.status, body, allow: 'POST' }
      : { kind: 'reply', status: error.status, body };
  }

  /** {@link CallbackPipeline.#report}, made once rather than as a closure per callback. */
  readonly #reportLate = (error: unknown, event: object): void => {
    this.#report(error, event);
  };

  #report(error: unknown, event: object): void {
    const { onError, logger } = this.#config;
    // onError is app code: whatever it does, a failure there must not become a crash.
    const logReportFailure = (failure: unknown) => {
      logger.error('tencent-im-callback: the onError handler failed', failure);
    };
    try {
      Promise.resolve(onError(error, event as Parameters<typeof onError>[1])).catch(logReportFailure);
    } catch (failure) {
      logReportFailure(failure);
    }
  }
}

/** Passed to `onError` when the dedupe store failed and the callback was processed anyway. */
export class DedupeStoreError extends Error {
  /** Always `'dedupe_store_failed'`. */
  readonly code = 'dedupe_store_failed';

  /** @param cause - what the store threw or rejected with */
  constructor(cause: unknown) {
    super('the dedupe store failed; the callback was processed as if it were the first delivery', { cause });
    this.name = 'DedupeStoreError';
  }
}

/** The store's answer, or a rejection once `ms` passed: a store that hangs must not hold IM's reply. */
async function withDeadline(claim: Promise<boolean>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`the dedupe store did not answer within ${ms} ms`));
    }, ms);
  });
  try {
    const answer = await Promise.race([claim, late]);
    if (typeof answer !== 'boolean')
      throw new TypeError(`the dedupe store's claim() resolved to ${typeof answer}, not a boolean`);
    return answer;
  } finally {
    clearTimeout(timer);
  }
}
