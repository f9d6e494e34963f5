import type { CallbackEvent } from './event';
import type { PacketValidator } from './validate';

/** How one command's body is checked and turned into the event its listeners get. */
export interface CommandDefinition<E extends CallbackEvent<string, object>> {
  /** The compiled schema of the command's body. */
  readonly validate: PacketValidator<E['body']>;
  /**
   * Adds the command's own fields (`pairs`, `targets`, ...) to the common event and returns
   * it; absent when the common fields are all there is.
   */
  readonly complete?: (event: CallbackEvent<E['command'], E['body']>) => E;
}
