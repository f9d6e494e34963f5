/* Generated from schemas/group/after-send-msg.schema.json by `npm run generate`. Do not edit. */
import type { MessageElement } from '../shared/message-element';

/**
 * Body of Tencent Cloud IM's Group.CallbackAfterSendMsg callback, sent after a group message (from a client or the REST API) was sent to the members, as delivered: with the changes a before-send reply made, and not at all for a message that reply refused. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface GroupAfterSendMsgPacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'Group.CallbackAfterSendMsg';
  /**
   * The group the message was sent to.
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
   * The message's sequence number in the group; a later message has a larger one.
   */
  MsgSeq: number;
  /**
   * When the message was sent, in Unix seconds (server time).
   */
  MsgTime?: number;
  /**
   * The message's ID as clients see it; newer versions of the doc list it.
   */
  MsgId?: string;
  /**
   * 1 for a message sent only to online members (not stored), else 0; always 0 in AVChatRoom groups.
   */
  OnlineOnlyFlag?: number;
  /**
   * The message as delivered.
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
   * The members the message mentions (@), as a server SDK maps it; not in the doc sample.
   */
  GroupAtInfo?: GroupAfterSendMsgAtInfo[];
  /**
   * When the event happened, in milliseconds since the epoch; IM's documented sample sends it as a numeric string.
   */
  EventTime?: number | string;
}
/**
 * One mention.
 */
export interface GroupAfterSendMsgAtInfo {
  /**
   * 1 when the message mentions everyone (@all), else 0.
   */
  GroupAtAllFlag?: number;
  /**
   * UserID of the member mentioned.
   */
  GroupAt_Account?: string;
}
