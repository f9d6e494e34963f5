/* Generated from schemas/group/before-apply-join-group.schema.json by `npm run generate`. Do not edit. */

/**
 * Body of Tencent Cloud IM's Group.CallbackBeforeApplyJoinGroup callback, sent when a user asks from a client to join a group, before IM adds them (or, where the group needs approval, before its admins are asked): the reply lets the request go on or refuses it. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface GroupBeforeApplyJoinGroupPacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'Group.CallbackBeforeApplyJoinGroup';
  /**
   * The group the user asks to join.
   */
  GroupId: string;
  /**
   * The group type, e.g. Public, Private (Work), ChatRoom (Meeting), AVChatRoom or Community; other values are accepted because IM may add some.
   */
  Type?: string;
  /**
   * UserID of the user asking to join.
   */
  Requestor_Account: string;
  /**
   * When the event happened, in milliseconds since the epoch; IM's documented sample sends it as a numeric string.
   */
  EventTime?: number | string;
}
