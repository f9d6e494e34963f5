/* Generated from schemas/group/send-msg-exception.schema.json by `npm run generate`. Do not edit. */
import type { MessageElement } from '../shared/message-element';

/**
 * Body of Tencent Cloud IM's Group.CallbackSendMsgException callback, sent when IM could not deliver a group message (a bad parameter such as an unknown group, a rate limit, a content-moderation hit or a muted sender). The body carries the message and its own ErrorCode and ErrorInfo saying why it failed; they are not the reply's. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface GroupSendMsgExceptionPacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'Group.CallbackSendMsgException';
  /**
   * The group the message was sent to.
   */
  GroupId: string;
  /**
   * The group type, e.g. Public, Private (Work), ChatRoom (Meeting), AVChatRoom or Community; other values are accepted because IM may add some.
   */
  Type?: string;
  /**
   * UserID of the sender; @TLS#NOT_FOUND when an admin sends through the REST API without naming one.
   */
  From_Account?: string;
  /**
   * UserID of who made the request; it tells an admin request from a user one.
   */
  Operator_Account?: string;
  /**
   * The request's random number, a 32-bit unsigned integer.
   */
  Random?: number;
  /**
   * 1 for a message sent only to online users, else 0 (always 0 in audio-video groups).
   */
  OnlineOnlyFlag?: number;
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
   * The topic the message was sent to, in a community with topics.
   */
  TopicId?: string;
  /**
   * Why delivery failed: an IM error code such as 10023 (message rate limit). Part of the event, not of the reply.
   */
  ErrorCode?: number;
  /**
   * A description of the failure, from IM.
   */
  ErrorInfo?: string;
  /**
   * When the event happened, in milliseconds since the epoch; IM's documented sample sends it as a numeric string.
   */
  EventTime?: number | string;
}
