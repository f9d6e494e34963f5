import type { NextFunction, Request, Response } from 'express';
import { CallbackEventRecord, LazyAbort } from './callback-event';
import type { CommandDefinition } from './command';
import { knownCommands, untypedCommand } from './commands';
import { decisionsOf, type BeforeCallbackFallback } from './decisions';
import { CallbackRejection, isCallbackRejection } from './errors';
import type { CallbackEvent, CallbackEventMap, KnownCommand, RouterEvent, UntypedCallbackEvent } from './event';
import { ListenerRegistry, runListeners, type CallbackListener } from './listeners';
import { parseRouterOptions, type CallbackRouterOptions, type ResolvedOptions } from './options';
import { parseJsonBody } from './parse-body';
import { commandOf, searchParamsOf, verifyQuery } from './query';
import { readBody } from './read-body';
import { decisionReply, failureReply, writeReply, type CallbackReplyBody } from './reply';
import { validatePacket } from './validate';

/** The request a listener gets: Express's, with `timCallback` set to the listener's own event. */
export type CallbackRequest<Event> = Request & { timCallback: Event };

/** The listener of an event: gets the event and the request, may be async. */
export type EventListener<Event> = CallbackListener<Event, CallbackRequest<Event>>;

/** Events by command name: what `.on(command, listener)` gives each listener. */
export type EventsByCommand<Events> = { readonly [C in keyof Events]: AnyCallbackEvent };

/** The listener of one command of an event table. */
export type ListenerFor<Events extends EventsByCommand<Events>, Command extends keyof Events> = EventListener<
  Events[Command]
>;

type AnyCallbackEvent = CallbackEvent<string, object>;

/** An Express middleware that handles some IM callback commands and passes the rest on. */
export interface CallbackMiddleware<Events extends EventsByCommand<Events>> {
  (req: Request, res: Response, next: NextFunction): Promise<void>;
  /**
   * Adds a listener for a command. Every listener of the command runs for each callback.
   *
   * @param command - the callback command, e.g. `'Sns.CallbackFriendAdd'`
   * @param listener - gets `(event, req)`; may be async; a throw or rejection makes the reply FAIL
   * @returns this middleware, for chaining
   */
  on<Command extends keyof Events & string>(command: Command, listener: ListenerFor<Events, Command>): this;
  /**
   * Removes a listener added with `on`: the most recently added copy of it.
   *
   * @param command - the command it was added for
   * @param listener - the same function
   * @returns this middleware, for chaining
   */
  off<Command extends keyof Events & string>(command: Command, listener: ListenerFor<Events, Command>): this;
}

/** A command string that is not one of the {@link KnownCommand}s. */
export type OtherCommand<C extends string> = C extends KnownCommand ? never : C;

/** The middleware returned by {@link createCallbackRouter}. */
export interface CallbackRouter {
  (req: Request, res: Response, next: NextFunction): Promise<void>;
  /**
   * Adds a listener for a command; the event's type follows from the command.
   *
   * @param command - a command with a schema, e.g. `'Sns.CallbackFriendDelete'`
   * @param listener - gets `(event, req)`; may be async
   * @returns this router, for chaining
   */
  on<C extends KnownCommand>(command: C, listener: EventListener<CallbackEventMap[C]>): this;
  /**
   * Adds a listener for a command without a schema of its own (`C2C.*`, `Group.*`, ...): its
   * body is checked to be a JSON object whose `CallbackCommand`, if any, matches the query.
   *
   * @param command - the command string
   * @param listener - gets `(event, req)` with the body untyped; may be async
   * @returns this router, for chaining
   */
  on<C extends string>(command: OtherCommand<C>, listener: EventListener<UntypedCallbackEvent>): this;
  /** Removes a listener added with `on`. @returns this router */
  off<C extends KnownCommand>(command: C, listener: EventListener<CallbackEventMap[C]>): this;
  /** Removes a listener added with `on`. @returns this router */
  off<C extends string>(command: OtherCommand<C>, listener: EventListener<UntypedCallbackEvent>): this;
  /**
   * Adds a listener for every callback the router handles, after the checks; it runs beside
   * the command's own listeners and counts toward the same reply.
   *
   * @param listener - gets `(event, req)`; may be async
   * @returns this router, for chaining
   */
  onAny(listener: EventListener<RouterEvent>): this;
  /** Removes a listener added with `onAny`. @returns this router */
  offAny(listener: EventListener<RouterEvent>): this;
}

/** How a router instance picks and treats commands. */
export interface RouterSpec {
  /** Commands with their own schema. */
  readonly commands: Readonly<Record<string, CommandDefinition<AnyCallbackEvent>>>;
  /** How other commands are checked; undefined when the router handles only `commands`. */
  readonly otherCommands: CommandDefinition<AnyCallbackEvent> | undefined;
  /** Whether a request naming `command` is handled here rather than passed to `next()`. */
  readonly handles: (command: string, hasListeners: boolean) => boolean;
  /** What before-callbacks answer for undecided targets when listeners fail. */
  readonly beforeCallbackFallback: BeforeCallbackFallback;
  /** The public function name, for messages. */
  readonly factory: string;
}

const ALLOW_POST = { Allow: 'POST' } as const;
// A symbol, so no command string can collide with the onAny listeners.
const ANY = Symbol('any command');

/**
 * Builds the one request pipeline every command shares: route, check, read, validate, run
 * listeners, reply. `createCallbackRouter` and `friendAddCallback` differ only in their spec.
 *
 * @param config - checked options
 * @param spec - which commands, and how unhandled ones are treated
 */
export function buildRouter(config: ResolvedOptions, spec: RouterSpec): CallbackRouter {
  const listeners = new ListenerRegistry<Request>();
  const definitions = new Map(Object.entries(spec.commands));
  const { logger } = config;

  function report(error: unknown, event: AnyCallbackEvent): void {
    // onError is app code: whatever it does, a failure there must not become a crash.
    const logReportFailure = (failure: unknown) => {
      logger.error('tencent-im-callback: the onError handler failed', failure);
    };
    try {
      Promise.resolve(config.onError(error, event)).catch(logReportFailure);
    } catch (failure) {
      logReportFailure(failure);
    }
  }

  function reject(res: Response, command: string, error: unknown): void {
    if (!isCallbackRejection(error)) {
      // Not a bad request but a fault here; answer, and say so without details.
      logger.error(`tencent-im-callback: unexpected error while handling ${command}`, error);
      writeReply(res, 500, failureReply('internal error while handling the callback'));
      return;
    }
    logger.debug?.(`tencent-im-callback: rejected ${command} with ${error.status} (${error.code}): ${error.message}`);
    writeReply(
      res,
      error.status,
      failureReply(error.message),
      error.code === 'method_not_allowed' ? ALLOW_POST : undefined,
    );
  }

  function listenersOf(command: string) {
    const own = listeners.get<AnyCallbackEvent>(command);
    const any = listeners.get<AnyCallbackEvent>(ANY);
    return any.length === 0 ? own : own.length === 0 ? any : [...own, ...any];
  }

  /** The reply once the listeners are done: a before-callback always carries its decisions. */
  function replyAfterListeners(
    event: AnyCallbackEvent,
    failed: boolean,
    failureInfo: string,
  ): CallbackReplyBody | undefined {
    const decisions = decisionsOf(event);
    if (decisions !== undefined)
      return decisionReply(decisions.resultItems(failed ? spec.beforeCallbackFallback : undefined));
    return failed ? failureReply(failureInfo) : undefined;
  }

  async function imCallbackRouter(req: Request, res: Response, next: NextFunction): Promise<void> {
    const params = searchParamsOf(req.url);
    const command = commandOf(params);
    const definition = command === undefined ? undefined : (definitions.get(command) ?? spec.otherCommands);
    if (command === undefined || definition === undefined || !spec.handles(command, listeners.has(command))) {
      // Not ours: the body stays unread for whatever handles this command.
      next();
      return;
    }
    let event: AnyCallbackEvent;
    let abort: LazyAbort;
    try {
      if (req.method !== 'POST') throw new CallbackRejection('method_not_allowed', 'IM callbacks are POST requests');
      // The query is checked before the body is read: an unsigned request costs no reading.
      const query = verifyQuery(params, config, config.now());
      const packet = parseJsonBody(await readBody(req, config.bodyLimit));
      const body = validatePacket(definition.validate, packet, query.command);
      abort = new LazyAbort();
      const record = new CallbackEventRecord(query, body, abort) as AnyCallbackEvent;
      event = definition.complete?.(record) ?? record;
    } catch (error) {
      reject(res, command, error);
      return;
    }
    (req as { timCallback?: unknown }).timCallback = event;
    const running = runListeners(listenersOf(command), event, req, config.listenerTimeoutMs, abort, (late) => {
      report(late, event);
    });
    // Listeners that returned at once need no extra turn of the microtask queue.
    const outcome = running instanceof Promise ? await running : running;
    if (!outcome.ok) {
      report(outcome.error, event);
      // The listener's own message stays in the app's logs: the reply goes to whoever called.
      const info = outcome.timedOut
        ? `listeners did not finish within ${config.listenerTimeoutMs} ms`
        : 'a callback listener failed';
      writeReply(res, 200, replyAfterListeners(event, true, info));
      return;
    }
    if (config.autoReply) writeReply(res, 200, replyAfterListeners(event, false, ''));
    else next();
  }

  const router = imCallbackRouter as CallbackRouter;
  router.on = function on(command: string, listener: unknown) {
    listeners.add(command, listener, `${spec.factory}().on()`);
    return this;
  };
  router.off = function off(command: string, listener: unknown) {
    listeners.remove(command, listener);
    return this;
  };
  router.onAny = function onAny(listener) {
    listeners.add(ANY, listener, `${spec.factory}().onAny()`);
    return this;
  };
  router.offAny = function offAny(listener) {
    listeners.remove(ANY, listener);
    return this;
  };
  return router;
}

/**
 * Creates an Express middleware for all of an app's IM callbacks on one URL: the six `Sns.*`
 * friend-relationship callbacks with typed events, and any other command by its string.
 * A command with no listener goes to `next()` (or is answered OK with `unhandled: 'ack'`).
 *
 * @param options - at least `sdkAppId`; see {@link CallbackRouterOptions}
 * @returns the router, with `on`, `off`, `onAny` and `offAny`
 * @throws TypeError when an option is missing, malformed or unknown
 *
 * @example
 * const im = createCallbackRouter({ sdkAppId: 1400000000, token: process.env.IM_CALLBACK_TOKEN });
 * im.on('Sns.CallbackFriendDelete', (event) => unlink(event.pairs));
 * im.on('Sns.CallbackPrevFriendAdd', (event) => event.deny('id2', 38001, 'blocked by policy'));
 * app.use('/im/callback', im);
 */
export function createCallbackRouter(options: CallbackRouterOptions): CallbackRouter {
  const config = parseRouterOptions(options, 'createCallbackRouter');
  const ack = config.unhandled === 'ack';
  return buildRouter(config, {
    commands: knownCommands() as unknown as RouterSpec['commands'],
    otherCommands: untypedCommand() as unknown as RouterSpec['otherCommands'],
    handles: (_command, hasListeners) => ack || hasListeners,
    beforeCallbackFallback: config.beforeCallbackFallback,
    factory: 'createCallbackRouter',
  });
}
