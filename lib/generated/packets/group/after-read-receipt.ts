/* Generated from schemas/group/after-read-receipt.schema.json by `npm run generate`. Do not edit. */

/**
 * Body of Tencent Cloud IM's Group.CallbackAfterReadReceipt callback, sent after group members sent read receipts for group messages; for each message it gives the read and unread counts and who read it. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface GroupAfterReadReceiptPacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'Group.CallbackAfterReadReceipt';
  /**
   * The group.
   */
  GroupId: string;
  /**
   * The group type, e.g. Public, Private (Work), ChatRoom (Meeting), AVChatRoom or Community (the docs say Community is not supported yet); other values are accepted because IM may add some.
   */
  Type?: string;
  /**
   * The messages whose receipts changed.
   *
   * @minItems 1
   */
  GroupMsgReceiptList: [GroupAfterReadReceiptMsg, ...GroupAfterReadReceiptMsg[]];
  /**
   * When the event happened, in milliseconds since the epoch; IM's documented sample sends it as a numeric string.
   */
  EventTime?: number | string;
}
/**
 * The read state of one group message.
 */
export interface GroupAfterReadReceiptMsg {
  /**
   * The message's sequence number in the group.
   */
  MsgSeq: number;
  /**
   * How many members have read it.
   */
  ReadNum?: number;
  /**
   * How many members have not read it yet.
   */
  UnreadNum?: number;
  /**
   * The members who read it.
   */
  ReadReceiptMembers?: GroupAfterReadReceiptMember[];
}
/**
 * One member who read the message.
 */
export interface GroupAfterReadReceiptMember {
  /**
   * UserID of the member.
   */
  Member_Account?: string;
}
