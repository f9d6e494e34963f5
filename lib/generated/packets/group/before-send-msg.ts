/* Generated from schemas/group/before-send-msg.schema.json by `npm run generate`. Do not edit. */
import type { MessageElement } from '../shared/message-element';

/**
 * Body of Tencent Cloud IM's Group.CallbackBeforeSendMsg callback, sent when IM has received a group message (from a client or the REST API) and before it delivers it to the members: the reply lets it through, refuses it, discards it silently or replaces its body. IM waits at most 2 seconds. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface GroupBeforeSendMsgPacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'Group.CallbackBeforeSendMsg';
  /**
   * The group the message is sent to.
   */
  GroupId: string;
  /**
   * The group type, e.g. Public, Private (Work), ChatRoom (Meeting), AVChatRoom, Community, or Live in live rooms; other values are accepted because IM may add some.
   */
  Type?: string;
  /**
   * UserID of the sender; the app admin may send in the name of any user, or without naming one (@TLS#NOT_FOUND is possible).
   */
  From_Account?: string;
  /**
   * UserID of who made the request; tells an admin request from a user one.
   */
  Operator_Account?: string;
  /**
   * The send request's 32-bit random number.
   */
  Random?: number;
  /**
   * The message's ID as clients see it; IM's live-room doc lists it.
   */
  MsgId?: string;
  /**
   * 1 for a message sent only to online members (not stored), else 0; always 0 in AVChatRoom groups.
   */
  OnlineOnlyFlag?: number;
  /**
   * The message as sent.
   *
   * @minItems 1
   */
  MsgBody: [MessageElement, ...MessageElement[]];
  /**
   * The message's custom data, as the sender set it.
   */
  CloudCustomData?: string;
  /**
   * The topic the message was sent in, in communities with topics; absent otherwise.
   */
  TopicId?: string;
  /**
   * When the event happened, in milliseconds since the epoch; IM's documented sample sends it as a numeric string.
   */
  EventTime?: number | string;
}
