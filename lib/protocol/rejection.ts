/** One reason a packet does not match its schema, as ajv reports it. */
export interface SchemaError {
  /** Where in the packet, as a JSON pointer, e.g. `/PairList/0/To_Account`. */
  readonly instancePath: string;
  /** Where in the schema. */
  readonly schemaPath: string;
  /** The schema keyword that failed, e.g. `type`, `required`. */
  readonly keyword: string;
  /** The keyword's details, e.g. `{ missingProperty: 'PairList' }`. */
  readonly params: Readonly<Record<string, unknown>>;
  /** ajv's wording, e.g. `must be string`. */
  readonly message?: string;
}

/**
 * Why a callback request was rejected. Stable strings: match on these, not on messages.
 */
export type CallbackRejectionCode =
  | 'method_not_allowed'
  | 'command_conflict'
  | 'command_invalid'
  | 'sdkappid_missing'
  | 'sdkappid_mismatch'
  | 'sign_missing'
  | 'sign_mismatch'
  | 'request_time_invalid'
  | 'request_time_expired'
  | 'body_too_large'
  | 'body_unreadable'
  | 'encoding_unsupported'
  | 'body_parsed_as_form'
  | 'body_empty'
  | 'body_invalid_utf8'
  | 'body_invalid_json'
  | 'body_not_object'
  | 'packet_invalid'
  | 'command_mismatch';

const statusByCode: Readonly<Record<CallbackRejectionCode, number>> = {
  method_not_allowed: 405,
  command_conflict: 400,
  command_invalid: 400,
  sdkappid_missing: 403,
  sdkappid_mismatch: 403,
  sign_missing: 401,
  sign_mismatch: 401,
  request_time_invalid: 401,
  request_time_expired: 401,
  body_too_large: 413,
  body_unreadable: 400,
  encoding_unsupported: 415,
  body_parsed_as_form: 415,
  body_empty: 400,
  body_invalid_utf8: 400,
  body_invalid_json: 400,
  body_not_object: 400,
  packet_invalid: 400,
  command_mismatch: 400,
};

/**
 * A callback request that the package refused, with the HTTP status it is answered with.
 * Its message becomes the reply's `ErrorInfo`, so it never contains a token or a signature.
 */
export class CallbackRejection extends Error {
  /** Stable machine-readable reason. */
  readonly code: CallbackRejectionCode;
  /** HTTP status of the reply: 400, 401, 403, 405, 413 or 415. */
  readonly status: number;
  /** The schema errors, for `packet_invalid`; copies, so ajv's own objects are never exposed. */
  readonly validationErrors: readonly SchemaError[];

  /**
   * @param code - why the request was refused
   * @param message - the reply's `ErrorInfo`; must not contain secrets
   * @param validationErrors - ajv errors behind a `packet_invalid` rejection
   */
  constructor(code: CallbackRejectionCode, message: string, validationErrors: readonly SchemaError[] = []) {
    super(message);
    this.name = 'CallbackRejection';
    this.code = code;
    this.status = statusByCode[code];
    this.validationErrors = validationErrors.map((error) => ({ ...error }));
  }
}

/**
 * Tells whether a value is a {@link CallbackRejection}, also one made by another copy of the
 * package (a CommonJS and an ES module copy can both be loaded, so `instanceof` is not enough).
 *
 * @param value - anything caught
 */
export function isCallbackRejection(value: unknown): value is CallbackRejection {
  return (
    value instanceof Error &&
    value.name === 'CallbackRejection' &&
    typeof (value as Partial<CallbackRejection>).code === 'string' &&
    typeof (value as Partial<CallbackRejection>).status === 'number'
  );
}
