/* Generated from schemas/group/after-modify-msg.schema.json by `npm run generate`. Do not edit. */
import type { MessageElement } from '../shared/message-element';

/**
 * Body of Tencent Cloud IM's Group.CallbackAfterModifyMsg callback, sent after a group message was edited, by a user on a client or by the app admin through the REST API; it carries the message's new body. A message may be edited more than once. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface GroupAfterModifyMsgPacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'Group.CallbackAfterModifyMsg';
  /**
   * UserID of who edited the message.
   */
  Operator_Account?: string;
  /**
   * The group.
   */
  GroupId: string;
  /**
   * The topic the message is in, in a community with topics; empty ("") or absent otherwise.
   */
  TopicId?: string;
  /**
   * The edited message's sequence number in the group (or topic).
   */
  MsgSeq: number;
  /**
   * The message's elements after the edit. Whether IM sends it when only CloudCustomData changed is not documented.
   */
  MsgBody?: MessageElement[];
  /**
   * When the event happened, in milliseconds since the epoch; some of IM's examples send it as a numeric string.
   */
  EventTime?: number | string;
}
