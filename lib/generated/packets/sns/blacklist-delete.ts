/* Generated from schemas/sns/blacklist-delete.schema.json by `npm run generate`. Do not edit. */

/**
 * Body of Tencent Cloud IM's Sns.CallbackBlackListDelete callback, sent after users were removed from a blocklist. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface BlackListDeletePacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'Sns.CallbackBlackListDelete';
  /**
   * The relationships concerned.
   *
   * @minItems 1
   */
  PairList: [BlackListDeletePair, ...BlackListDeletePair[]];
  /**
   * When the event happened, in milliseconds since the epoch; some of IM's examples send it as a numeric string.
   */
  EventTime?: number | string;
}
/**
 * One unblock: From_Account removed To_Account from its blocklist.
 */
export interface BlackListDeletePair {
  /**
   * UserID whose blocklist lost To_Account.
   */
  From_Account: string;
  /**
   * UserID removed from From_Account's blocklist.
   */
  To_Account: string;
}
