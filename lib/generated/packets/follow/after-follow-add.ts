/* Generated from schemas/follow/after-follow-add.schema.json by `npm run generate`. Do not edit. */

/**
 * Body of Tencent Cloud IM's Follow.CallbackAfterFollowAdd callback, sent once a user has followed one or more users, from a client or through the REST API; it lists only the follows that succeeded. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface FollowAfterFollowAddPacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'Follow.CallbackAfterFollowAdd';
  /**
   * UserID of the user who followed.
   */
  From_Account: string;
  /**
   * The users now followed.
   *
   * @minItems 1
   */
  FollowList: [FollowAfterFollowAddItem, ...FollowAfterFollowAddItem[]];
  /**
   * When the event happened, in milliseconds since the epoch; it may come as a numeric string.
   */
  EventTime?: number | string;
}
/**
 * One user that From_Account now follows.
 */
export interface FollowAfterFollowAddItem {
  /**
   * UserID of the followed user.
   */
  To_Account: string;
}
