import schema from '../../schemas/friend-add.schema.json';
import type { FriendAddEvent, FriendAddPacket } from '../event';
import { compilePacketSchema } from '../validate';
import type { CommandDefinition } from '../command';

/** The command name of the after-friend-add callback. */
export const FRIEND_ADD = 'Sns.CallbackFriendAdd';

/** How `Sns.CallbackFriendAdd` is validated and turned into an event. */
export function friendAddCommand(): CommandDefinition<FriendAddEvent> {
  return {
    validate: compilePacketSchema<FriendAddPacket>(schema),
    createEvent: (base, body) => ({ ...base, body, pairs: body.PairList }),
  };
}
