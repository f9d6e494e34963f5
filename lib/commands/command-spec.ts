import type { XIm } from '../generated/x-im';

/**
 * What the package knows about one command: the `x-im` metadata of its schema (see
 * `schemas/x-im.vocabulary.json`), the schema's `$id`, and its documented example.
 */
export interface CommandSpec extends Omit<XIm, 'command'> {
  /** The `$id` of the command's schema. */
  readonly schemaId: string;
  /** The documented sample body, the base of `samplePacket`. */
  readonly example: object;
  /** The most entries the sample's list may hold, when the schema limits it. */
  readonly sampleMax?: number;
}

/** How a before-callback's listeners answer: its `x-im.decision`. */
export type Decision = NonNullable<XIm['decision']>;

/** A decision kind: how a before-callback's listeners answer and what IM gets back. */
export type DecisionKind = Decision['kind'];
