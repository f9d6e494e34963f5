/* Generated from schemas/c2c/after-c2c-msg-extension.schema.json by `npm run generate`. Do not edit. */

/**
 * Body of Tencent Cloud IM's C2C.CallbackAfterC2CMsgExtension callback, sent after the key-value extensions of a one-to-one message were set, deleted or cleared; it lists the changed entries and the message's new extension version. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface C2CAfterC2CMsgExtensionPacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'C2C.CallbackAfterC2CMsgExtension';
  /**
   * UserID of the message's sender.
   */
  From_Account: string;
  /**
   * UserID of the message's recipient.
   */
  To_Account: string;
  /**
   * The unique key of the message whose extensions changed.
   */
  MsgKey: string;
  /**
   * What was done: 1 set, 2 delete, 3 clear; other values are accepted because IM may add some.
   */
  OperateType?: number;
  /**
   * The entries changed; deleted entries come with an empty Value, and a clear may list none.
   */
  ExtensionList?: C2CAfterC2CMsgExtensionItem[];
  /**
   * The version number of the message's extensions as a whole, after the change.
   */
  Seq?: number;
  /**
   * When the event happened, in milliseconds since the epoch; some of IM's examples send it as a numeric string.
   */
  EventTime?: number | string;
}
/**
 * One changed extension entry.
 */
export interface C2CAfterC2CMsgExtensionItem {
  /**
   * The entry's key.
   */
  Key?: string;
  /**
   * The entry's value after the change; empty once deleted.
   */
  Value?: string;
  /**
   * The entry's version number.
   */
  Seq?: number;
}
