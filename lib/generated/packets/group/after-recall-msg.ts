/* Generated from schemas/group/after-recall-msg.schema.json by `npm run generate`. Do not edit. */

/**
 * Body of Tencent Cloud IM's Group.CallbackAfterRecallMsg callback, sent after group messages were recalled, by a user on a client or by the app admin through the REST API; it lists the recalled messages by sequence number (and, in newer docs, message ID). Unknown extra fields are allowed because IM adds fields over time.
 */
export interface GroupAfterRecallMsgPacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'Group.CallbackAfterRecallMsg';
  /**
   * UserID of who recalled the messages.
   */
  Operator_Account?: string;
  /**
   * The group type, e.g. Public, Private (Work), ChatRoom (Meeting), AVChatRoom or Community; other values are accepted because IM may add some.
   */
  Type?: string;
  /**
   * The group.
   */
  GroupId: string;
  /**
   * The recalled messages.
   *
   * @minItems 1
   */
  MsgSeqList: [GroupAfterRecallMsgSeq, ...GroupAfterRecallMsgSeq[]];
  /**
   * The topic the messages were in, in a community with topics.
   */
  TopicId?: string;
  /**
   * When the event happened, in milliseconds since the epoch; IM's documented sample sends it as a numeric string.
   */
  EventTime?: number | string;
}
/**
 * One recalled message.
 */
export interface GroupAfterRecallMsgSeq {
  /**
   * The message's sequence number in the group (or topic).
   */
  MsgSeq: number;
  /**
   * The message's ID as clients see it; newer versions of the doc list it.
   */
  MsgId?: string;
}
