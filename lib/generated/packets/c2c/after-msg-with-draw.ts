/* Generated from schemas/c2c/after-msg-with-draw.schema.json by `npm run generate`. Do not edit. */

/**
 * Body of Tencent Cloud IM's C2C.CallbackAfterMsgWithDraw callback, sent after a one-to-one message was recalled, by its sender on a client or by the app admin through the REST API. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface C2CAfterMsgWithDrawPacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'C2C.CallbackAfterMsgWithDraw';
  /**
   * UserID of the recalled message's sender; @TLS#NOT_FOUND when an admin sent it through the REST API without naming one.
   */
  From_Account: string;
  /**
   * UserID of the recalled message's recipient.
   */
  To_Account: string;
  /**
   * The recalled message's unique key on the server.
   */
  MsgKey: string;
  /**
   * How many one-to-one messages To_Account has not read, over all its conversations.
   */
  UnreadMsgNum?: number;
  /**
   * When the event happened, in milliseconds since the epoch. Not documented for this command but sent with many newer callbacks, sometimes as a numeric string.
   */
  EventTime?: number | string;
}
