/* Generated from schemas/chatbot/on-c2c-signal-message.schema.json by `npm run generate`. Do not edit. */

/**
 * Body of Tencent Cloud IM's Chatbot.OnC2CSignalMessage callback, sent when a user's custom pass-through content reaches a chatbot; IM hands the reply's RspData back to the bot when ErrorCode is 0. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface ChatbotOnC2CSignalMessagePacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'Chatbot.OnC2CSignalMessage';
  /**
   * UserID of the user who sent the content.
   */
  From_Account: string;
  /**
   * UserID of the chatbot (chatbot accounts start with @RBT#).
   */
  To_Account: string;
  /**
   * The message's sequence number, a 32-bit unsigned integer.
   */
  MsgSeq?: number;
  /**
   * The message's random number, a 32-bit unsigned integer.
   */
  MsgRandom?: number;
  /**
   * The message's unique key on the server.
   */
  MsgKey?: string;
  /**
   * The data field of the custom pass-through content, as the app defines it.
   */
  Data: string;
  /**
   * When the event happened, in milliseconds since the epoch; some of IM's examples send it as a numeric string.
   */
  EventTime?: number | string;
}
