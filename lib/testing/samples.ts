import { specOf } from '../commands/registry';
import { commandSpecs, type KnownCommand } from '../generated/commands';
import { commandSamples } from '../generated/samples';
import type { CallbackEventMap } from '../generated/events';

/** The packet type of each command with a schema. */
export type PacketOf<C extends KnownCommand> = CallbackEventMap[C]['body'];

/** What a generated sample looks like. */
export interface SampleOptions {
  /**
   * How many entries the command's list of users holds (pairs, targets, members, ...).
   * Defaults to the number of `to` users, or 1.
   */
  readonly count?: number | undefined;
  /** The acting user (`From_Account` and the like). Defaults to `'alice'`. */
  readonly from?: string | undefined;
  /** The other users, used in turn; more are made up as `user1`, `user2`, ... Defaults to `['bob']`. */
  readonly to?: readonly string[] | undefined;
}

/** The commands that have sample packets: every command with a schema, in the registry's order. */
export const SAMPLE_COMMANDS = Object.freeze(Object.keys(commandSpecs)) as readonly KnownCommand[];

type JsonObject = Record<string, unknown>;

/**
 * A realistic packet of a known command: the documented example from the command's schema,
 * with its list (pairs, targets, ...) grown or cut to `count` entries naming the `to` users,
 * and the acting user set to `from`. It passes the command's schema. Use it in tests, or send
 * it with the `send` command of the CLI.
 *
 * @param command - the callback command
 * @param options - how many entries, and which users
 *
 * @example
 * samplePacket('Sns.CallbackFriendAdd', { from: 'alice', to: ['bob', 'carol'], count: 2 });
 */
export function samplePacket<C extends KnownCommand>(command: C, options: SampleOptions = {}): PacketOf<C> {
  const { from = 'alice', to = ['bob'] } = options;
  // Naming the users says how many there are.
  const count = options.count ?? Math.max(1, options.to?.length ?? 1);
  if (!Number.isSafeInteger(count) || count < 1) {
    throw new RangeError(
      `tencent-im-callback: samplePacket() needs count to be a positive integer; received ${String(count)}.`,
    );
  }
  if (!Object.hasOwn(commandSpecs, command)) {
    throw new RangeError(
      `tencent-im-callback: samplePacket() has samples for Sns.CallbackFriendAdd and the ${SAMPLE_COMMANDS.length - 1} other known commands listed in SAMPLE_COMMANDS; received ${JSON.stringify(command)}.`,
    );
  }
  const { sample } = specOf(command);
  const { example, sampleMax } = commandSamples[command];
  if (count > 1 && sample?.list === undefined) {
    throw new RangeError(
      `tencent-im-callback: samplePacket() can make only one ${command}: its packet has no list of users to grow; received count ${String(count)}.`,
    );
  }
  if (sampleMax !== undefined && count > sampleMax) {
    throw new RangeError(
      `tencent-im-callback: samplePacket() can list at most ${sampleMax} entries in a ${command}, as IM does; received count ${String(count)}.`,
    );
  }
  const packet = structuredClone(example) as JsonObject;
  const listed = sample?.list === undefined ? undefined : packet[sample.list];
  let items: unknown[] = [];
  if (sample?.list !== undefined && Array.isArray(listed) && listed.length > 0) {
    const template: unknown = listed[0];
    const account = sample.to;
    items = Array.from({ length: count }, (_, i) => {
      const user = to[i] ?? `user${i + 1}`;
      // A list of the users' IDs themselves (Follow's To_Account), or of objects naming one.
      if (account === undefined || typeof template !== 'object' || template === null) return user;
      return { ...structuredClone(template), [account]: user };
    });
    packet[sample.list] = items;
  } else if (sample?.to !== undefined && sample.to in packet) {
    // No list: the one other user (a message's recipient) is a field of the packet itself.
    packet[sample.to] = to[0] ?? 'user1';
  }
  for (const field of sample?.from ?? []) {
    if (field in packet) packet[field] = from;
    for (const item of items) {
      if (typeof item === 'object' && item !== null && field in item) (item as JsonObject)[field] = from;
    }
  }
  return packet as unknown as PacketOf<C>;
}
