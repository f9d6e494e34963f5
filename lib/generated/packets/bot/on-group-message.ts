/* Generated from schemas/bot/on-group-message.schema.json by `npm run generate`. Do not edit. */
import type { MessageElement } from '../shared/message-element';

/**
 * Body of Tencent Cloud IM's Bot.OnGroupMessage callback, sent after a group message mentioned one or more chatbots (an @all mention does not count); AtRobots_Account lists the bots. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface BotOnGroupMessagePacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'Bot.OnGroupMessage';
  /**
   * The group the message was sent in.
   */
  GroupId: string;
  /**
   * The group type, e.g. Public, Private (Work), ChatRoom (Meeting), AVChatRoom or Community.
   */
  Type?: string;
  /**
   * UserID of the sender; @TLS#NOT_FOUND when an admin sends through the REST API without naming one.
   */
  From_Account: string;
  /**
   * UserID of who made the request; the admin account when the app sent it through the REST API.
   */
  Operator_Account?: string;
  /**
   * The random number of the send request, a 32-bit unsigned integer.
   */
  Random?: number;
  /**
   * The message's sequence number in the group; a later message has a larger one.
   */
  MsgSeq: number;
  /**
   * When the message was sent, in Unix seconds.
   */
  MsgTime?: number;
  /**
   * 1 for a message sent only to online members, else 0 (always 0 in audio-video groups).
   */
  OnlineOnlyFlag?: number;
  /**
   * The message's elements.
   *
   * @minItems 1
   */
  MsgBody: [MessageElement, ...MessageElement[]];
  /**
   * UserIDs of the chatbots the message mentioned (chatbot accounts start with @RBT#).
   */
  AtRobots_Account?: string[];
  /**
   * The message's custom data, as the sender set it.
   */
  CloudCustomData?: string;
  /**
   * The topic the message belongs to, in a community group with topics.
   */
  TopicId?: string;
  /**
   * When the event happened, in milliseconds since the epoch; some of IM's examples send it as a numeric string.
   */
  EventTime?: number | string;
}
