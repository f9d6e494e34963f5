import type { NextFunction, Request, Response } from 'express';
import type { CommandDefinition, EventBase } from './command';
import { CallbackRejection, isCallbackRejection } from './errors';
import type { CallbackEvent } from './event';
import { ListenerRegistry, runListeners, type CallbackListener } from './listeners';
import type { ResolvedOptions } from './options';
import { parseJsonBody } from './parse-body';
import { commandOf, searchParamsOf, verifyQuery } from './query';
import { readBody } from './read-body';
import { failureReply, writeReply } from './reply';
import { validatePacket } from './validate';

/** Events by command name: what `.on(command, listener)` gives each listener. */
export type EventsByCommand = { readonly [command: string]: AnyCallbackEvent };

type AnyCallbackEvent = CallbackEvent<string, object>;

/** The listener of one command: gets the typed event and the Express request. */
export type ListenerFor<Events extends EventsByCommand, Command extends keyof Events> = CallbackListener<
  Events[Command],
  Request
>;

/** An Express middleware that handles some IM callback commands and passes the rest on. */
export interface CallbackMiddleware<Events extends EventsByCommand> {
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
   * Removes a listener added with {@link CallbackMiddleware.on}.
   *
   * @param command - the command it was added for
   * @param listener - the same function
   * @returns this middleware, for chaining
   */
  off<Command extends keyof Events & string>(command: Command, listener: ListenerFor<Events, Command>): this;
}

type CommandTable<Events extends EventsByCommand> = { readonly [C in keyof Events]: CommandDefinition<Events[C]> };

const ALLOW_POST = { Allow: 'POST' } as const;

/**
 * Builds the middleware for a set of commands: the one request pipeline every command shares.
 *
 * @param config - checked options
 * @param commands - the commands handled, with their schema and event shape
 * @param factory - the public function name, for messages
 */
export function createCallbackMiddleware<Events extends EventsByCommand>(
  config: ResolvedOptions,
  commands: CommandTable<Events>,
  factory: string,
): CallbackMiddleware<Events> {
  const listeners = new ListenerRegistry<Request>();
  // Each definition pairs its own schema with its own event type; here they are handled alike.
  const definitions = new Map(Object.entries(commands) as [string, CommandDefinition<AnyCallbackEvent>][]);
  const { logger } = config;

  function report(error: unknown, event: AnyCallbackEvent): void {
    // onError is app code: whatever it does, a failure there must not become a crash.
    const logReportFailure = (failure: unknown) =>
      logger.error('tencent-im-callback: the onError handler failed', failure);
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
    writeReply(res, error.status, failureReply(error.message), error.code === 'method_not_allowed' ? ALLOW_POST : undefined);
  }

  async function accept(req: Request, definition: CommandDefinition<AnyCallbackEvent>, params: URLSearchParams) {
    if (req.method !== 'POST') throw new CallbackRejection('method_not_allowed', 'IM callbacks are POST requests');
    const query = verifyQuery(params, config, config.now());
    const packet = parseJsonBody(await readBody(req, config.bodyLimit));
    const body = validatePacket(definition.validate, packet, query.command);
    const abort = new AbortController();
    const base: EventBase<AnyCallbackEvent> = {
      command: query.command,
      sdkAppId: query.sdkAppId,
      clientIp: query.clientIp,
      optPlatform: query.optPlatform,
      requestTime: query.requestTime,
      signal: abort.signal,
    };
    return { event: definition.createEvent(base, body), abort };
  }

  async function imCallbackMiddleware(req: Request, res: Response, next: NextFunction): Promise<void> {
    const params = searchParamsOf(req.url);
    const command = commandOf(params);
    const definition = command === undefined ? undefined : definitions.get(command);
    if (command === undefined || definition === undefined) {
      // Not ours: the body stays unread for whatever handles this command.
      next();
      return;
    }
    let accepted: Awaited<ReturnType<typeof accept>>;
    try {
      accepted = await accept(req, definition, params);
    } catch (error) {
      reject(res, command, error);
      return;
    }
    const { event, abort } = accepted;
    (req as { timCallback?: unknown }).timCallback = event;
    const outcome = await runListeners(listeners.get<AnyCallbackEvent>(command), event, req, config.listenerTimeoutMs, abort, (late) =>
      report(late, event),
    );
    if (!outcome.ok) {
      report(outcome.error, event);
      // The listener's own message stays in the app's logs: the reply goes to whoever called.
      writeReply(
        res,
        200,
        failureReply(outcome.timedOut ? `listeners did not finish within ${config.listenerTimeoutMs} ms` : 'a callback listener failed'),
      );
      return;
    }
    if (config.autoReply) writeReply(res, 200, undefined);
    else next();
  }

  const middleware = imCallbackMiddleware as CallbackMiddleware<Events>;
  middleware.on = function on(command, listener) {
    listeners.add(command, listener, `${factory}().on()`);
    return this;
  };
  middleware.off = function off(command, listener) {
    listeners.remove(command, listener);
    return this;
  };
  return middleware;
}
