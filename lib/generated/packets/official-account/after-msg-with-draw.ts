/* Generated from schemas/official-account/after-msg-with-draw.schema.json by `npm run generate`. Do not edit. */

/**
 * Body of Tencent Cloud IM's OfficialAccount.CallbackAfterMsgWithDraw callback, sent after messages of an official account were recalled, from a client or by the app admin through the REST API; it lists the recalled messages by MsgKey. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface OfficialAccountAfterMsgWithDrawPacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'OfficialAccount.CallbackAfterMsgWithDraw';
  /**
   * ID of the official account whose messages were recalled (the documented sample writes it '#TOA#_123', without the usual @).
   */
  Official_Account: string;
  /**
   * The recalled messages.
   *
   * @minItems 1
   */
  WithdrawMsgList: [OfficialAccountAfterMsgWithDrawItem, ...OfficialAccountAfterMsgWithDrawItem[]];
  /**
   * When the event happened, in milliseconds since the epoch; accepted as a number or a numeric string.
   */
  EventTime?: number | string;
}
/**
 * One recalled message.
 */
export interface OfficialAccountAfterMsgWithDrawItem {
  /**
   * The MsgKey of the recalled message, as OfficialAccount.CallbackAfterSendMsg gave it.
   */
  MsgKey: string;
}
