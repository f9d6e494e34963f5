/* Generated from schemas/c2c/after-modify-msg.schema.json by `npm run generate`. Do not edit. */
import type { MessageElement } from '../shared/message-element';

/**
 * Body of Tencent Cloud IM's C2C.CallbackAfterModifyMsg callback, sent after a one-to-one message was edited, on a client or by the app admin through the REST API; it carries the message as it now reads. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface C2CAfterModifyMsgPacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'C2C.CallbackAfterModifyMsg';
  /**
   * UserID of who edited the message: a user, or the admin through the REST API.
   */
  Operator_Account?: string;
  /**
   * UserID of the message's sender; @TLS#NOT_FOUND when an admin sent it through the REST API without naming one.
   */
  From_Account: string;
  /**
   * UserID of the message's recipient.
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
   * When the message was first sent, in Unix seconds.
   */
  MsgTime?: number;
  /**
   * The edited message's unique key on the server; the same for every edit of it.
   */
  MsgKey: string;
  /**
   * The message's elements after the edit. Whether IM sends them when only CloudCustomData changed is not documented.
   */
  MsgBody?: MessageElement[];
  /**
   * The message's custom data after the edit.
   */
  CloudCustomData?: string;
  /**
   * When the edit happened, in milliseconds since the epoch; some of IM's examples send it as a numeric string.
   */
  EventTime?: number | string;
}
