import type { CallbackEvent } from './event';
import type { PacketValidator } from './validate';

/** The fields of an event that come from the query and the request, before the body. */
export type EventBase<E extends CallbackEvent<string, object>> = Omit<CallbackEvent<E['command']>, 'body'>;

/** How one command's body is checked and turned into the event its listeners get. */
export interface CommandDefinition<E extends CallbackEvent<string, object>> {
  /** The compiled schema of the command's body. */
  readonly validate: PacketValidator<E['body']>;
  /** Builds the event from the query facts and the validated body. */
  readonly createEvent: (base: EventBase<E>, body: E['body']) => E;
}
