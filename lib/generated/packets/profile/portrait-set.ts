/* Generated from schemas/profile/portrait-set.schema.json by `npm run generate`. Do not edit. */

/**
 * Body of Tencent Cloud IM's Profile.CallbackPortraitSet callback, sent after a user's profile fields were changed, by the user from a client or by the app admin through the REST API; it lists the fields as they now are. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface ProfilePortraitSetPacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'Profile.CallbackPortraitSet';
  /**
   * UserID of who made the change: the user, or the admin account for a REST API call.
   */
  Operator_Account?: string;
  /**
   * UserID of the user whose profile changed.
   */
  From_Account: string;
  /**
   * The profile fields that were set, with their new values.
   *
   * @minItems 1
   */
  ProfileItem: [ProfilePortraitSetItem, ...ProfilePortraitSetItem[]];
  /**
   * When the event happened, in milliseconds since the epoch; it may come as a numeric string.
   */
  EventTime?: number | string;
}
/**
 * One profile field and its new value.
 */
export interface ProfilePortraitSetItem {
  /**
   * The field's name: a standard one such as Tag_Profile_IM_Nick, Tag_Profile_IM_Gender or Tag_Profile_IM_AllowType, or a custom Tag_Profile_Custom_* one.
   */
  Tag: string;
  /**
   * The field's new value: a string, or an integer for integer fields such as Tag_Profile_IM_BirthDay or Tag_Profile_IM_Level.
   */
  Value?: string | number;
}
