/* Generated from schemas/sns/friend-delete.schema.json by `npm run generate`. Do not edit. */

/**
 * Body of Tencent Cloud IM's Sns.CallbackFriendDelete callback, sent after friends were deleted (also when blocking a friend removes the friendship). Unknown extra fields are allowed because IM adds fields over time.
 */
export interface FriendDeletePacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'Sns.CallbackFriendDelete';
  /**
   * The relationships concerned.
   *
   * @minItems 1
   */
  PairList: [FriendDeletePair, ...FriendDeletePair[]];
  /**
   * When the event happened, in milliseconds since the epoch; some of IM's examples send it as a numeric string.
   */
  EventTime?: number | string;
}
/**
 * One deleted relationship: To_Account was removed from From_Account's friend list.
 */
export interface FriendDeletePair {
  /**
   * UserID whose friend list lost To_Account.
   */
  From_Account: string;
  /**
   * UserID removed from From_Account's friend list.
   */
  To_Account: string;
}
