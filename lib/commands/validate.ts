import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import messageElementSchema from '../../schemas/shared/message-element.schema.json';
import vocabulary from '../../schemas/x-im.vocabulary.json';
import type { JsonObject } from '../body/parse-json';
import { quoteCommand } from '../protocol/query';
import { CallbackRejection } from '../protocol/rejection';

/** A compiled packet check: true when `packet` has the schema's shape. */
export type PacketValidator<Packet> = ValidateFunction<Packet>;

let sharedAjv: Ajv | undefined;

function packageAjv(): Ajv {
  // strict: a typo in a schema keyword fails at start-up instead of validating nothing.
  // allErrors stays off: untrusted input stops at its first error (ajv's security guidance).
  // allowUnionTypes: EventTime is documented both as a number and as a numeric string.
  // x-im: each command's metadata, checked against its vocabulary whenever a schema compiles.
  if (sharedAjv === undefined) {
    sharedAjv = new Ajv({ strict: true, allErrors: false, allowUnionTypes: true });
    sharedAjv.addKeyword({ keyword: 'x-im', metaSchema: vocabulary });
    sharedAjv.addSchema(messageElementSchema);
  }
  return sharedAjv;
}

/**
 * Compiles a packet schema, once per process: ajv caches by `$id`, so every middleware made
 * from the same schema shares one compiled function.
 *
 * @param schema - a JSON Schema with an `$id`
 */
export function compilePacketSchema<Packet>(schema: { readonly $id: string }): PacketValidator<Packet> {
  const ajv = packageAjv();
  return (ajv.getSchema(schema.$id) as PacketValidator<Packet> | undefined) ?? ajv.compile<Packet>(schema);
}

/**
 * Whether a value is a message element as IM documents them (the shared schema that every
 * `MsgBody` is checked against).
 *
 * @param value - anything
 */
export function isValidMessageElement(value: unknown): boolean {
  return compilePacketSchema(messageElementSchema)(value);
}

/**
 * Checks a parsed body against a command's schema and against the query's command.
 *
 * @param validate - the command's compiled schema
 * @param packet - the parsed body
 * @param command - the `CallbackCommand` from the query
 * @returns the same object, now typed
 * @throws {@link CallbackRejection} with status 400 naming the first failing field
 */
export function validatePacket<Packet>(validate: PacketValidator<Packet>, packet: JsonObject, command: string): Packet {
  const bodyCommand = packet['CallbackCommand'];
  if (bodyCommand !== undefined && bodyCommand !== command) {
    throw new CallbackRejection(
      'command_mismatch',
      `/CallbackCommand in the body (${describe(bodyCommand)}) does not match the query (${quoteCommand(command)})`,
    );
  }
  if (validate(packet)) return packet;
  const errors = validate.errors ?? [];
  throw new CallbackRejection('packet_invalid', describeErrors(errors), errors);
}

/**
 * Formats ajv errors as a short path-first sentence, e.g. `/PairList/0/To_Account must be string`.
 *
 * @param errors - ajv's errors
 */
export function describeErrors(errors: readonly ErrorObject[]): string {
  const first = tellingError(errors);
  if (first === undefined) return 'body does not match the schema';
  if (first.keyword === 'required') {
    return `${first.instancePath}/${String(first.params['missingProperty'])} is required`;
  }
  return `${first.instancePath || 'body'} ${first.message ?? 'is invalid'}`;
}

/**
 * The error that says what is wrong. A message element is checked against each documented
 * element type and then against the catch-all for types IM adds later (an `anyOf`), so a bad
 * element fails every branch. The catch-all's error tells which branch was meant: if it says
 * `MsgType` names a documented type, the error of that type's branch (not the other types'
 * `MsgType` mismatches) is the telling one; otherwise the catch-all's own error is.
 */
function tellingError(errors: readonly ErrorObject[]): ErrorObject | undefined {
  const anyOf = errors.find((error) => error.keyword === 'anyOf');
  if (anyOf === undefined) return errors[0];
  const inside = errors.filter((error) => error !== anyOf && error.keyword !== 'anyOf');
  const catchAll = inside.find((error) => error.schemaPath.includes('/OtherMessageElement/'));
  if (catchAll === undefined) return inside[0] ?? anyOf;
  const documentedType = catchAll.keyword === 'not' && catchAll.instancePath.endsWith('/MsgType');
  if (!documentedType) return catchAll;
  return inside.find((error) => !(error.keyword === 'const' && error.instancePath.endsWith('/MsgType'))) ?? anyOf;
}

/**
 * A short, safe rendering of an untrusted value for an `ErrorInfo`: strings are cut before they
 * are quoted (a 15 MB string is never copied whole), and objects and arrays are named, never
 * serialised (a value nested thousands of levels deep would overflow the stack).
 */
function describe(value: unknown): string {
  if (typeof value === 'string') {
    const text = JSON.stringify(value.length > 64 ? value.slice(0, 64) : value);
    return text.length > 64 ? `${text.slice(0, 61)}...` : text;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : 'an object'; // all JSON leaves besides these are strings
}
