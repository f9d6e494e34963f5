import type { JsonObject } from '../body/parse-json';
import { validators } from '../generated/validators';
import { quoteCommand } from '../protocol/query';
import { CallbackRejection, type SchemaError } from '../protocol/rejection';

/**
 * A compiled packet check: true when `packet` has the schema's shape; on false, `errors` says
 * why (the first failing keyword; validation stops there, as ajv's security guidance asks for
 * untrusted input).
 */
export interface PacketValidator<Packet> {
  (packet: unknown): packet is Packet;
  errors?: readonly SchemaError[] | null;
}

/** The `$id` of the shared schema of a message element. */
export const MESSAGE_ELEMENT_SCHEMA_ID = 'urn:tencent-im-callback:schema:shared:message-element';

/** The `$id` of the schema of any callback: a JSON object with a command. */
export const CALLBACK_SCHEMA_ID = 'urn:tencent-im-callback:schema:callback';

/**
 * The validator of a packet schema. Every schema of the package is compiled at build time
 * (`npm run generate` writes ajv's standalone code to `lib/generated/validators.ts`), so nothing
 * is compiled, and no code is generated from strings, at run time: the package runs where
 * `eval` and `new Function` are forbidden (Cloudflare Workers, a strict CSP,
 * `node --disallow-code-generation-from-strings`), and starts in milliseconds.
 *
 * @param schemaId - the `$id` of one of the package's schemas
 * @throws Error for a schema that was not compiled, which means generated files are stale
 */
export function validatorOf<Packet>(schemaId: string): PacketValidator<Packet> {
  const validate = validators[schemaId] as PacketValidator<Packet> | undefined;
  if (validate === undefined) {
    throw new Error(`tencent-im-callback: no validator was generated for ${schemaId}; run npm run generate`);
  }
  return validate;
}

/**
 * Whether a value is a message element as IM documents them (the shared schema that every
 * `MsgBody` is checked against).
 *
 * @param value - anything
 */
export function isValidMessageElement(value: unknown): boolean {
  return validatorOf(MESSAGE_ELEMENT_SCHEMA_ID)(value);
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
export function describeErrors(errors: readonly SchemaError[]): string {
  const first = tellingError(errors);
  if (first === undefined) return 'body does not match the schema';
  if (first.keyword === 'required') {
    return `${first.instancePath}/${String(first.params['missingProperty'])} is required`;
  }
  return `${first.instancePath || 'body'} ${first.message ?? 'is invalid'}`;
}

/**
 * The error that says what is wrong. A message element is checked against each documented
 * element type (an inner `anyOf`) and then against the catch-all for types IM adds later, so a
 * bad element fails every branch, and ajv reports them in that order. The catch-all's `not` on
 * `MsgType` says the type is a documented one: then the telling error is that type's (not the
 * other types' `MsgType` mismatches). Otherwise the catch-all's own error is.
 */
function tellingError(errors: readonly SchemaError[]): SchemaError | undefined {
  const anyOfs = errors.flatMap((error, index) => (error.keyword === 'anyOf' ? [index] : []));
  const first = anyOfs[0];
  const last = anyOfs[anyOfs.length - 1];
  if (first === undefined || last === undefined) return errors[0];
  const atType = (error: SchemaError) => error.instancePath.endsWith('/MsgType');
  if (errors.some((error) => error.keyword === 'not' && atType(error))) {
    return errors.find(
      (error) => error.keyword !== 'anyOf' && error.keyword !== 'not' && !(error.keyword === 'const' && atType(error)),
    );
  }
  return errors.slice(first + 1, last).find((error) => error.keyword !== 'anyOf') ?? errors[last];
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
