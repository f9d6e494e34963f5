import { commandSpecs, type KnownCommand } from '../generated/commands';
import type { VerifiedQuery } from '../protocol/query';
import type { CommandSpec, DecisionKind } from './command-spec';
import { ChatbotEvent } from './decisions/chatbot';
import { FriendRequestEvent } from './decisions/friend-request';
import { GateEvent } from './decisions/gate';
import { MembersEvent } from './decisions/members';
import { MessageEvent } from './decisions/message';
import { AddsEventRecord, CallbackEventRecord, type LazyAbort } from './event-record';
import { CALLBACK_SCHEMA_ID, validatorOf, type PacketValidator } from './validate';

/** Builds the event of one callback once its body is valid. */
export type EventFactory = (query: VerifiedQuery, body: object, abort: LazyAbort) => CallbackEventRecord<object>;

/** How one command's body is checked and turned into the event its listeners get. */
export interface CommandDefinition {
  /**
   * The command's name, for a known command: the registry's own copy of the text, which the
   * pipeline uses in place of the query's once the command is found.
   */
  readonly command?: string;
  /** The compiled schema of the command's body. */
  readonly validate: PacketValidator<object>;
  /** Makes the event: the common fields, plus what the command's metadata adds. */
  readonly createEvent: EventFactory;
  /** Whether IM acts on the reply (a before-callback) or only reports (an after-callback). */
  readonly timing: 'before' | 'after';
}

type SpecOf<K extends DecisionKind> = CommandSpec & {
  decision: Extract<NonNullable<CommandSpec['decision']>, { kind: K }>;
};

/**
 * The event class of each decision kind. Keyed by every kind the vocabulary allows, so a kind
 * added to `schemas/x-im.vocabulary.json` without its module fails to compile here.
 */
const decisionEvents: { readonly [K in DecisionKind]: (spec: SpecOf<K>) => EventFactory } = {
  'friend-request': (spec) => (query, body, abort) => new FriendRequestEvent(query, body, abort, spec),
  message: (spec) => (query, body, abort) => new MessageEvent(query, body, abort, spec),
  gate: (spec) => (query, body, abort) => new GateEvent(query, body, abort, spec),
  members: (spec) => (query, body, abort) => new MembersEvent(query, body, abort, spec),
  chatbot: (spec) => (query, body, abort) => new ChatbotEvent(query, body, abort, spec),
};

function eventFactory(spec: CommandSpec): EventFactory {
  const { decision } = spec;
  if (decision !== undefined) {
    return (decisionEvents[decision.kind] as (spec: CommandSpec) => EventFactory)(spec);
  }
  if (spec.adds !== undefined) {
    const adds = Object.entries(spec.adds);
    return (query, body, abort) => new AddsEventRecord(query, body, abort, spec, adds);
  }
  return (query, body, abort) => new CallbackEventRecord(query, body, abort, spec);
}

/**
 * The definition of one command with a schema. Its schema is compiled once per process (ajv
 * caches it by `$id`), whichever router asks first.
 *
 * @param command - a known command
 */
export function knownCommand(command: KnownCommand): CommandDefinition {
  const spec: CommandSpec = commandSpecs[command];
  return {
    command,
    validate: validatorOf<object>(spec.schemaId),
    createEvent: eventFactory(spec),
    timing: spec.timing,
  };
}

let known: ReadonlyMap<string, CommandDefinition> | undefined;

/** Every command with a schema, compiled on first use and then shared by every router. */
export function knownCommands(): ReadonlyMap<string, CommandDefinition> {
  known ??= new Map(KNOWN_COMMANDS.map((command) => [command, knownCommand(command)]));
  return known;
}

/** Any other command: its body must be a JSON object, handed over as it is. */
export function otherCommand(): CommandDefinition {
  return {
    validate: validatorOf<object>(CALLBACK_SCHEMA_ID),
    createEvent: (query, body, abort) => new CallbackEventRecord(query, body, abort),
    timing: 'after',
  };
}

/** The commands with a schema, in the registry's order. */
export const KNOWN_COMMANDS = Object.freeze(Object.keys(commandSpecs)) as readonly KnownCommand[];

/**
 * The metadata of a command with a schema.
 *
 * @param command - a known command
 */
export function specOf(command: KnownCommand): CommandSpec {
  return commandSpecs[command];
}
