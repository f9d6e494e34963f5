/* Generated from schemas/c2c/after-msg-report.schema.json by `npm run generate`. Do not edit. */

/**
 * Body of Tencent Cloud IM's C2C.CallbackAfterMsgReport callback, sent after a user (or the app admin through the REST API) marked a one-to-one conversation as read. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface C2CAfterMsgReportPacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'C2C.CallbackAfterMsgReport';
  /**
   * UserID of the user who read the messages.
   */
  Report_Account: string;
  /**
   * UserID of the other user in the conversation.
   */
  Peer_Account: string;
  /**
   * Up to when the conversation was read, in Unix seconds.
   */
  LastReadTime?: number;
  /**
   * How many one-to-one messages Report_Account still has not read, over all its conversations.
   */
  UnreadMsgNum?: number;
  /**
   * When the event happened, in milliseconds since the epoch. Not documented for this command but sent with many newer callbacks, sometimes as a numeric string.
   */
  EventTime?: number | string;
}
