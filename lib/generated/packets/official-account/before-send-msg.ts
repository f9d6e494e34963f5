/* Generated from schemas/official-account/before-send-msg.schema.json by `npm run generate`. Do not edit. */
import type { MessageElement } from '../shared/message-element';

/**
 * Body of Tencent Cloud IM's OfficialAccount.CallbackBeforeSendMsg callback, sent when an official account is about to broadcast a message (from a client or through the REST API) and before IM delivers it to the subscribers: the reply lets it through, refuses it, discards it silently or replaces its body. IM waits at most 2 seconds. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface OfficialAccountBeforeSendMsgPacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'OfficialAccount.CallbackBeforeSendMsg';
  /**
   * ID of the official account sending the message.
   */
  Official_Account: string;
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
