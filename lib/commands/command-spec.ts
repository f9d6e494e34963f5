import type { XIm } from '../generated/x-im';

/**
 * What the package knows about one command: the `x-im` metadata of its schema (see
 * `schemas/x-im.vocabulary.json`) and the schema's `$id`.
 */
export interface CommandSpec extends Omit<XIm, 'command'> {
  /** The `$id` of the command's schema. */
  readonly schemaId: string;
}

/** How a before-callback's listeners answer: its `x-im.decision`. */
export type Decision = NonNullable<XIm['decision']>;

/** A decision kind: how a before-callback's listeners answer and what IM gets back. */
export type DecisionKind = Decision['kind'];
