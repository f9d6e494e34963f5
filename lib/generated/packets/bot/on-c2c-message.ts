/* Generated from schemas/bot/on-c2c-message.schema.json by `npm run generate`. Do not edit. */
import type { MessageElement } from '../shared/message-element';

/**
 * Body of Tencent Cloud IM's Bot.OnC2CMessage callback, sent after IM handled a one-to-one message whose recipient is a chatbot account; it has the fields of C2C.CallbackAfterSendMsg. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface BotOnC2CMessagePacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'Bot.OnC2CMessage';
  /**
   * UserID of the sender; @TLS#NOT_FOUND when an admin sends through the REST API without naming one.
   */
  From_Account: string;
  /**
   * UserID of the chatbot that received the message (chatbot accounts start with @RBT#).
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
   * When the message was sent, in Unix seconds.
   */
  MsgTime?: number;
  /**
   * The message's unique key on the server (for recalling it through the REST API).
   */
  MsgKey: string;
  /**
   * The message's ID as clients see it; newer versions of the one-to-one message docs list it.
   */
  MsgId?: string;
  /**
   * 1 for a message sent only to online users (not stored, no offline push), else 0.
   */
  OnlineOnlyFlag?: number;
  /**
   * How delivery went: 0 when the message was delivered, otherwise IM's error code.
   */
  SendMsgResult?: number;
  /**
   * Why delivery failed; "send msg succeed" when it did not.
   */
  ErrorInfo?: string;
  /**
   * How many one-to-one messages To_Account has not read, over all its conversations.
   */
  UnreadMsgNum?: number;
  /**
   * The message's elements.
   *
   * @minItems 1
   */
  MsgBody: [MessageElement, ...MessageElement[]];
  /**
   * The message's custom data, as the sender set it.
   */
  CloudCustomData?: string;
  /**
   * When the event happened, in milliseconds since the epoch; some of IM's examples send it as a numeric string.
   */
  EventTime?: number | string;
}
