import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DefaultListenerRequest } from '../adapters/express/request-type';
import type { CallbackEvent, RouterEvent, UntypedCallbackEvent } from '../commands/event-types';
import type { KnownCommand } from '../generated/commands';
import type { CallbackEventMap } from '../generated/events';
import type { CallbackListener } from './listeners';

/**
 * What a listener gets as its second argument: the runtime's request, and on `node:http` and
 * Express also `timCallback`, set to the listener's own event.
 */
export type CallbackRequest<Event, Req = DefaultListenerRequest> = Req extends IncomingMessage
  ? Req & { timCallback: Event }
  : Req;

/**
 * The listener of an event: gets the event and the request, may be async; a throw or a
 * rejection makes the reply FAIL. (Named so rather than `EventListener`, the DOM's type.)
 */
export type CallbackEventListener<Event, Req = DefaultListenerRequest> = CallbackListener<
  Event,
  CallbackRequest<Event, Req>
>;

/** Events by command name: what `.on(command, listener)` gives each listener. */
export type EventsByCommand<Events> = { readonly [C in keyof Events]: CallbackEvent<string, object> };

/** The listener of one command of an event table. */
export type ListenerFor<
  Events extends EventsByCommand<Events>,
  Command extends keyof Events,
  Req = DefaultListenerRequest,
> = CallbackEventListener<Events[Command], Req>;

/**
 * Called as middleware: by Express (`app.use(path, router)`), or with `node:http`'s request and
 * response and a `next` for what it does not handle. Never rejects: every failure is a reply.
 */
export type CallbackMiddlewareCall<Req> = (
  req: Req & IncomingMessage,
  res: ServerResponse,
  next: (error?: unknown) => void,
) => Promise<void>;

/**
 * Type-level only, never set: the request type a router's listeners take, which adapters read
 * to refuse a router whose listeners expect another runtime's request.
 */
export interface ListenerRequestMarker<Req> {
  readonly '~listenerRequest'?: Req;
}

/** A middleware that handles some IM callback commands and passes the rest on. */
export interface CallbackMiddleware<Events extends EventsByCommand<Events>, Req = DefaultListenerRequest>
  extends CallbackMiddlewareCall<Req>, ListenerRequestMarker<Req> {
  /**
   * Adds a listener for a command. Every listener of the command runs for each callback.
   *
   * @param command - the callback command, e.g. `'Sns.CallbackFriendAdd'`
   * @param listener - gets `(event, req)`; may be async; a throw or rejection makes the reply FAIL
   * @returns this middleware, for chaining
   */
  on<Command extends keyof Events & string>(command: Command, listener: ListenerFor<Events, Command, Req>): this;
  /**
   * Removes a listener added with `on`: the most recently added copy of it.
   *
   * @param command - the command it was added for
   * @param listener - the same function
   * @returns this middleware, for chaining
   */
  off<Command extends keyof Events & string>(command: Command, listener: ListenerFor<Events, Command, Req>): this;
}

/** A command string that is not one of the {@link KnownCommand}s. */
export type OtherCommand<C extends string> = C extends KnownCommand ? never : C;

/**
 * The router returned by `createCallbackRouter`: Express middleware (and `node:http`
 * middleware) for every IM callback on one URL, which `createNodeHandler` also serves.
 * `Req` is what its listeners get as their second argument.
 */
export interface CallbackRouter<Req = DefaultListenerRequest>
  extends CallbackMiddlewareCall<Req>, ListenerRequestMarker<Req> {
  /**
   * Adds a listener for a command; the event's type follows from the command.
   *
   * @param command - a command with a schema, e.g. `'Sns.CallbackFriendDelete'`
   * @param listener - gets `(event, req)`; may be async
   * @returns this router, for chaining
   */
  on<C extends KnownCommand>(command: C, listener: CallbackEventListener<CallbackEventMap[C], Req>): this;
  /**
   * Adds a listener for a command without a schema of its own: its body is checked to be a JSON
   * object whose `CallbackCommand`, if any, matches the query.
   *
   * @param command - the command string
   * @param listener - gets `(event, req)` with the body untyped; may be async
   * @returns this router, for chaining
   */
  on<C extends string>(command: OtherCommand<C>, listener: CallbackEventListener<UntypedCallbackEvent, Req>): this;
  /** Removes a listener added with `on`. @returns this router */
  off<C extends KnownCommand>(command: C, listener: CallbackEventListener<CallbackEventMap[C], Req>): this;
  /** Removes a listener added with `on`. @returns this router */
  off<C extends string>(command: OtherCommand<C>, listener: CallbackEventListener<UntypedCallbackEvent, Req>): this;
  /**
   * Adds a listener for every callback the router handles, after the checks; it runs beside
   * the command's own listeners and counts toward the same reply.
   *
   * @param listener - gets `(event, req)`; may be async
   * @returns this router, for chaining
   */
  onAny(listener: CallbackEventListener<RouterEvent, Req>): this;
  /** Removes a listener added with `onAny`. @returns this router */
  offAny(listener: CallbackEventListener<RouterEvent, Req>): this;
}
