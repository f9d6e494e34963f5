/* Generated from schemas/callback.schema.json by `npm run generate`. Do not edit. */

/**
 * What every IM callback body is: a JSON object. Used for commands without a schema of their own; CallbackCommand, when present, must equal the query's.
 */
export interface CallbackPacket {
  /**
   * The callback command; absent from some bodies, such as push callbacks' batches.
   */
  CallbackCommand?: string;
}
