import blackListAddSchema from '../schemas/blacklist-add.schema.json';
import blackListDeleteSchema from '../schemas/blacklist-delete.schema.json';
import callbackSchema from '../schemas/callback.schema.json';
import friendAddSchema from '../schemas/friend-add.schema.json';
import friendDeleteSchema from '../schemas/friend-delete.schema.json';
import prevFriendAddSchema from '../schemas/prev-friend-add.schema.json';
import prevFriendResponseSchema from '../schemas/prev-friend-response.schema.json';
import type { CommandDefinition } from './command';
import { attachDecisions, Decisions } from './decisions';
import type {
  BlackListAddEvent,
  BlackListDeleteEvent,
  CallbackEventMap,
  FriendAddEvent,
  FriendDeleteEvent,
  KnownCommand,
  PrevFriendAddEvent,
  PrevFriendResponseEvent,
  UntypedCallbackEvent,
} from './event';
import { compilePacketSchema } from './validate';

/** The command name of the after-friend-add callback. */
export const FRIEND_ADD = 'Sns.CallbackFriendAdd';

type PairListEvent = FriendAddEvent | FriendDeleteEvent | BlackListAddEvent | BlackListDeleteEvent;

/** An after-callback whose body lists relationships in `PairList`; the event adds `pairs`. */
function pairListCommand<E extends PairListEvent>(schema: { $id: string }): CommandDefinition<E> {
  return {
    validate: compilePacketSchema<E['body']>(schema),
    complete: (event) => Object.assign(event, { pairs: event.body.PairList }) as E,
  };
}

/** A before-callback whose body lists targets; the event decides on each. */
function decisionCommand<E extends PrevFriendAddEvent | PrevFriendResponseEvent>(
  schema: { $id: string },
  targetsOf: (body: E['body']) => string[],
): CommandDefinition<E> {
  return {
    validate: compilePacketSchema<E['body']>(schema),
    complete: (event) => {
      const decisions = new Decisions(targetsOf(event.body));
      attachDecisions(event, decisions);
      return Object.assign(event, {
        targets: decisions.targets,
        allow: (target: string) => {
          decisions.allow(target);
        },
        deny: (target: string, code?: number, info?: string) => {
          decisions.deny(target, code, info);
        },
      }) as E;
    },
  };
}

/** Every command with its own schema, compiled once per process on first use. */
export function knownCommands(): { readonly [C in KnownCommand]: CommandDefinition<CallbackEventMap[C]> } {
  return {
    'Sns.CallbackFriendAdd': pairListCommand<FriendAddEvent>(friendAddSchema),
    'Sns.CallbackFriendDelete': pairListCommand<FriendDeleteEvent>(friendDeleteSchema),
    'Sns.CallbackBlackListAdd': pairListCommand<BlackListAddEvent>(blackListAddSchema),
    'Sns.CallbackBlackListDelete': pairListCommand<BlackListDeleteEvent>(blackListDeleteSchema),
    'Sns.CallbackPrevFriendAdd': decisionCommand<PrevFriendAddEvent>(prevFriendAddSchema, (body) =>
      body.FriendItem.map((item) => item.To_Account),
    ),
    'Sns.CallbackPrevFriendResponse': decisionCommand<PrevFriendResponseEvent>(prevFriendResponseSchema, (body) =>
      body.ResponseFriendItem.map((item) => item.To_Account),
    ),
  };
}

/** Any other command: its body must be a JSON object, handed over as it is. */
export function untypedCommand(): CommandDefinition<UntypedCallbackEvent> {
  return { validate: compilePacketSchema<UntypedCallbackEvent['body']>(callbackSchema) };
}
