/* Generated from schemas/group/after-group-msg-extension.schema.json by `npm run generate`. Do not edit. */

/**
 * Body of Tencent Cloud IM's Group.CallbackAfterGroupMsgExtension callback, sent after the extension key-value pairs of a group message were set, deleted or cleared, by a user on a client or by the app admin through the REST API. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface GroupAfterGroupMsgExtensionPacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'Group.CallbackAfterGroupMsgExtension';
  /**
   * The group.
   */
  GroupId: string;
  /**
   * The message's sequence number in the group.
   */
  MsgSeq: number;
  /**
   * What was done: 1 set pairs, 2 deleted pairs, 3 cleared all pairs; other values are accepted because IM may add some.
   */
  OperateType?: number;
  /**
   * The pairs concerned, each with its version; empty when all were cleared.
   */
  ExtensionList?: GroupAfterGroupMsgExtensionEntry[];
  /**
   * The version number of the message's extensions as a whole, after this change.
   */
  Seq?: number;
  /**
   * When the event happened, in milliseconds since the epoch; some of IM's examples send it as a numeric string.
   */
  EventTime?: number | string;
}
/**
 * One extension key-value pair of the message.
 */
export interface GroupAfterGroupMsgExtensionEntry {
  /**
   * The pair's key.
   */
  Key?: string;
  /**
   * The pair's value; empty for a deleted pair.
   */
  Value?: string;
  /**
   * The pair's version number.
   */
  Seq?: number;
}
