/* Generated from schemas/follow/after-follow-delete.schema.json by `npm run generate`. Do not edit. */

/**
 * Body of Tencent Cloud IM's Follow.CallbackAfterFollowDelete callback, sent once a user has unfollowed one or more users, from a client or through the REST API. Unlike the follow-add callback, it lists the unfollowed users as plain UserIDs. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface FollowAfterFollowDeletePacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'Follow.CallbackAfterFollowDelete';
  /**
   * UserID of the user who unfollowed.
   */
  From_Account: string;
  /**
   * UserIDs of the users no longer followed.
   *
   * @minItems 1
   *
   * Items: UserID of one unfollowed user.
   */
  To_Account: [string, ...string[]];
  /**
   * When the event happened, in milliseconds since the epoch; it may come as a numeric string.
   */
  EventTime?: number | string;
}
