/* Generated from schemas/group/before-invite-join-group.schema.json by `npm run generate`. Do not edit. */

/**
 * Body of Tencent Cloud IM's Group.CallbackBeforeInviteJoinGroup callback, sent when a member (from a client) or the app admin (through the REST API) adds users to a group, before IM adds them: the reply lets them all in, refuses some of them, or refuses the whole request. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface GroupBeforeInviteJoinGroupPacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'Group.CallbackBeforeInviteJoinGroup';
  /**
   * The group the users would be added to.
   */
  GroupId: string;
  /**
   * The group type, e.g. Public, Private (Work), ChatRoom (Meeting), AVChatRoom or Community; other values are accepted because IM may add some.
   */
  Type?: string;
  /**
   * UserID of who adds them: a member, or the app admin for the REST API (@TLS#NOT_FOUND is possible).
   */
  Operator_Account?: string;
  /**
   * The users to be added; a reply can refuse some of them by UserID.
   *
   * @minItems 1
   */
  DestinationMembers: [GroupBeforeInviteJoinGroupMember, ...GroupBeforeInviteJoinGroupMember[]];
  /**
   * When the event happened, in milliseconds since the epoch; IM's documented sample sends it as a numeric string.
   */
  EventTime?: number | string;
}
/**
 * One user to be added.
 */
export interface GroupBeforeInviteJoinGroupMember {
  /**
   * UserID of the user to be added.
   */
  Member_Account: string;
}
