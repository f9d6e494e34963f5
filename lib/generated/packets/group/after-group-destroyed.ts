/* Generated from schemas/group/after-group-destroyed.schema.json by `npm run generate`. Do not edit. */

/**
 * Body of Tencent Cloud IM's Group.CallbackAfterGroupDestroyed callback, sent after a group was disbanded, from a client or by the app admin through the REST API. Communities send no member list. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface GroupAfterGroupDestroyedPacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'Group.CallbackAfterGroupDestroyed';
  /**
   * The disbanded group.
   */
  GroupId: string;
  /**
   * The group type, e.g. Public, Private (Work), ChatRoom (Meeting), AVChatRoom or Community; other values are accepted because IM may add some.
   */
  Type?: string;
  /**
   * UserID of the group owner; empty for a group without one.
   */
  Owner_Account?: string;
  /**
   * The group name.
   */
  Name?: string;
  /**
   * The members of the group when it was disbanded; absent for communities.
   */
  MemberList?: GroupAfterGroupDestroyedMember[];
  /**
   * When the event happened, in milliseconds since the epoch; IM's documented sample sends it as a numeric string.
   */
  EventTime?: number | string;
}
/**
 * One member of the disbanded group.
 */
export interface GroupAfterGroupDestroyedMember {
  /**
   * UserID of the member.
   */
  Member_Account: string;
}
