/* Generated from schemas/c2c/after-send-msg.schema.json by `npm run generate`. Do not edit. */
import type { MessageElement } from '../shared/message-element';

/**
 * Body of Tencent Cloud IM's C2C.CallbackAfterSendMsg callback, sent once IM has handled a one-to-one message and tried to deliver it, also when delivery failed (SendMsgResult says how it went). Unknown extra fields are allowed because IM adds fields over time.
 */
export interface C2CAfterSendMsgPacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'C2C.CallbackAfterSendMsg';
  /**
   * UserID of the sender; @TLS#NOT_FOUND when an admin sends through the REST API without naming one.
   */
  From_Account: string;
  /**
   * UserID of the recipient.
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
   * The message's ID as clients see it; newer versions of the doc list it.
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
   * The message's elements (the replaced ones when the before-send callback changed them).
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
