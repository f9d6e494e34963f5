import type { CallbackEventMap, KnownCommand } from './event';

/** The packet type of each command with a schema. */
export type PacketOf<C extends KnownCommand> = CallbackEventMap[C]['body'];

/** What a generated sample looks like. */
export interface SampleOptions {
  /** How many pairs (or targets, for before-callbacks) to list. Defaults to 1. */
  readonly count?: number | undefined;
  /** The acting user, `From_Account`. Defaults to `'alice'`. */
  readonly from?: string | undefined;
  /** The other users, used in turn; more are made up as `user1`, `user2`, ... Defaults to `['bob']`. */
  readonly to?: readonly string[] | undefined;
}

/** The commands that have sample packets, in a stable order. */
export const SAMPLE_COMMANDS: readonly KnownCommand[] = [
  'Sns.CallbackFriendAdd',
  'Sns.CallbackFriendDelete',
  'Sns.CallbackBlackListAdd',
  'Sns.CallbackBlackListDelete',
  'Sns.CallbackPrevFriendAdd',
  'Sns.CallbackPrevFriendResponse',
];

/**
 * A realistic packet of a `Sns.*` command, shaped like IM's documented examples, that passes
 * the command's schema. Use it in tests, or send it with the `send` command of the CLI.
 *
 * @param command - the callback command
 * @param options - how many pairs or targets, and which users
 *
 * @example
 * samplePacket('Sns.CallbackFriendAdd', { from: 'alice', to: ['bob', 'carol'], count: 2 });
 */
export function samplePacket<C extends KnownCommand>(command: C, options: SampleOptions = {}): PacketOf<C> {
  const { count = 1, from = 'alice', to = ['bob'] } = options;
  if (!Number.isSafeInteger(count) || count < 1) {
    throw new RangeError(
      `tencent-im-callback: samplePacket() needs count to be a positive integer; received ${String(count)}.`,
    );
  }
  const others = Array.from({ length: count }, (_, i) => to[i] ?? `user${i + 1}`);
  const eventTime = Date.now();
  const packets: { readonly [K in KnownCommand]: () => PacketOf<K> } = {
    'Sns.CallbackFriendAdd': () => ({
      CallbackCommand: 'Sns.CallbackFriendAdd',
      PairList: nonEmpty(others.map((other) => ({ From_Account: from, To_Account: other, Initiator_Account: from }))),
      ClientCmd: 'friend_add',
      Admin_Account: '',
      ForceFlag: 0,
    }),
    'Sns.CallbackFriendDelete': () => ({
      CallbackCommand: 'Sns.CallbackFriendDelete',
      PairList: nonEmpty(others.map((other) => ({ From_Account: from, To_Account: other }))),
    }),
    'Sns.CallbackBlackListAdd': () => ({
      CallbackCommand: 'Sns.CallbackBlackListAdd',
      PairList: nonEmpty(others.map((other) => ({ From_Account: from, To_Account: other }))),
    }),
    'Sns.CallbackBlackListDelete': () => ({
      CallbackCommand: 'Sns.CallbackBlackListDelete',
      PairList: nonEmpty(others.map((other) => ({ From_Account: from, To_Account: other }))),
    }),
    'Sns.CallbackPrevFriendAdd': () => ({
      CallbackCommand: 'Sns.CallbackPrevFriendAdd',
      Requester_Account: from,
      From_Account: from,
      FriendItem: nonEmpty(
        others.map((other) => ({
          To_Account: other,
          Remark: '',
          GroupName: '',
          AddSource: 'AddSource_Type_Web',
          AddWording: `Hi ${other}`,
        })),
      ),
      AddType: 'Add_Type_Both',
      ForceAddFlags: 0,
      EventTime: eventTime,
    }),
    'Sns.CallbackPrevFriendResponse': () => ({
      CallbackCommand: 'Sns.CallbackPrevFriendResponse',
      Requester_Account: from,
      From_Account: from,
      ResponseFriendItem: nonEmpty(
        others.map((other) => ({
          To_Account: other,
          Remark: '',
          TagName: '',
          ResponseAction: 'Response_Action_AgreeAndAdd',
        })),
      ),
      EventTime: eventTime,
    }),
  };
  const make = packets[command] as (() => PacketOf<C>) | undefined;
  if (make === undefined) {
    throw new RangeError(
      `tencent-im-callback: samplePacket() has samples for ${SAMPLE_COMMANDS.join(', ')}; received ${JSON.stringify(command)}.`,
    );
  }
  return make();
}

function nonEmpty<T>(items: T[]): [T, ...T[]] {
  // count >= 1 is checked above, so the list always has a first item.
  return items as [T, ...T[]];
}
