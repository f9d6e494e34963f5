/* Generated from schemas/sns/blacklist-add.schema.json by `npm run generate`. Do not edit. */

/**
 * Body of Tencent Cloud IM's Sns.CallbackBlackListAdd callback, sent after users were added to a blocklist. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface BlackListAddPacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'Sns.CallbackBlackListAdd';
  /**
   * The relationships concerned.
   *
   * @minItems 1
   */
  PairList: [BlackListAddPair, ...BlackListAddPair[]];
  /**
   * When the event happened, in milliseconds since the epoch; some of IM's examples send it as a numeric string.
   */
  EventTime?: number | string;
}
/**
 * One block: From_Account added To_Account to its blocklist.
 */
export interface BlackListAddPair {
  /**
   * UserID whose blocklist gained To_Account.
   */
  From_Account: string;
  /**
   * UserID added to From_Account's blocklist.
   */
  To_Account: string;
}
