/* Generated from schemas/group/after-new-member-join.schema.json by `npm run generate`. Do not edit. */

/**
 * Body of Tencent Cloud IM's Group.CallbackAfterNewMemberJoin callback, sent after users joined a group: by an approved request, by an invitation, or added by the app admin through the REST API. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface GroupAfterNewMemberJoinPacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'Group.CallbackAfterNewMemberJoin';
  /**
   * The group the users joined.
   */
  GroupId: string;
  /**
   * The group type, e.g. Public, Private (Work), ChatRoom (Meeting), AVChatRoom or Community.
   */
  Type?: string;
  /**
   * How they joined: Apply (an approved request) or Invited; other values are accepted because IM may add some.
   */
  JoinType?: string;
  /**
   * UserID of who made the change: the applicant, the inviter or the admin.
   */
  Operator_Account?: string;
  /**
   * The users who joined.
   *
   * @minItems 1
   */
  NewMemberList: [GroupNewMember, ...GroupNewMember[]];
  /**
   * When the event happened, in milliseconds since the epoch; IM's documented sample sends it as a numeric string.
   */
  EventTime?: number | string;
}
/**
 * One user who joined.
 */
export interface GroupNewMember {
  /**
   * UserID of the new member.
   */
  Member_Account: string;
}
