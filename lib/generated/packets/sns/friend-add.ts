/* Generated from schemas/sns/friend-add.schema.json by `npm run generate`. Do not edit. */

/**
 * Body of Tencent Cloud IM's Sns.CallbackFriendAdd callback, sent after friends were added. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface FriendAddPacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'Sns.CallbackFriendAdd';
  /**
   * The friend relationships that were added.
   *
   * @minItems 1
   */
  PairList: [FriendAddPair, ...FriendAddPair[]];
  /**
   * What triggered the add: friend_add or FriendAdd for an add request, friend_response or FriendResponse for a reply to one. Other values are accepted because IM may add spellings.
   */
  ClientCmd?: string;
  /**
   * The admin account when the app backend triggered the add, otherwise an empty string.
   */
  Admin_Account?: string;
  /**
   * 1 when an admin forced the add, 0 for a normal add.
   */
  ForceFlag?: number;
  /**
   * When the event happened, in milliseconds since the epoch. Not documented for this command but sent with many newer callbacks, sometimes as a numeric string.
   */
  EventTime?: number | string;
}
/**
 * One added relationship: To_Account was added to From_Account's friend list.
 */
export interface FriendAddPair {
  /**
   * UserID whose friend list gained To_Account.
   */
  From_Account: string;
  /**
   * UserID that was added to From_Account's friend list.
   */
  To_Account: string;
  /**
   * UserID of the user who started the friend request.
   */
  Initiator_Account?: string;
}
