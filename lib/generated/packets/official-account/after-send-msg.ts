/* Generated from schemas/official-account/after-send-msg.schema.json by `npm run generate`. Do not edit. */
import type { MessageElement } from '../shared/message-element';

/**
 * Body of Tencent Cloud IM's OfficialAccount.CallbackAfterSendMsg callback, sent after IM delivered an official account's broadcast message to the subscribers; it carries the message and the MsgKey that recalls it. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface OfficialAccountAfterSendMsgPacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'OfficialAccount.CallbackAfterSendMsg';
  /**
   * ID of the official account that sent the message.
   */
  Official_Account: string;
  /**
   * The message's unique key within the official account, used to recall it through the REST API.
   */
  MsgKey?: string;
  /**
   * When the message was sent, in Unix seconds (server time).
   */
  MsgTime?: number;
  /**
   * 1 for a message sent only to online subscribers (not stored, no offline push), else 0.
   */
  OnlineOnlyFlag?: number;
  /**
   * The message's elements.
   *
   * @minItems 1
   */
  MsgBody: [MessageElement, ...MessageElement[]];
  /**
   * The message's custom data, stored with it and handed to the subscribers.
   */
  CloudCustomData?: string;
  /**
   * When the event happened, in milliseconds since the epoch; accepted as a number or a numeric string.
   */
  EventTime?: number | string;
}
