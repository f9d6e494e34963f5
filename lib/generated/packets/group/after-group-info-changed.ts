/* Generated from schemas/group/after-group-info-changed.schema.json by `npm run generate`. Do not edit. */

/**
 * Body of Tencent Cloud IM's Group.CallbackAfterGroupInfoChanged callback, sent after a group's name, introduction, notice or face URL was changed, from a client or by the app admin through the REST API; it carries only the fields that changed. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface GroupAfterGroupInfoChangedPacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'Group.CallbackAfterGroupInfoChanged';
  /**
   * The group whose profile changed.
   */
  GroupId: string;
  /**
   * The group type, e.g. Public, Private (Work), ChatRoom (Meeting), AVChatRoom or Community; other values are accepted because IM may add some.
   */
  Type?: string;
  /**
   * UserID of who made the change (@TLS#NOT_FOUND is possible for the REST API).
   */
  Operator_Account?: string;
  /**
   * The new group name, when it changed.
   */
  Name?: string;
  /**
   * The new introduction, when it changed.
   */
  Introduction?: string;
  /**
   * The new notice, when it changed.
   */
  Notification?: string;
  /**
   * The new URL of the group's face, when it changed.
   */
  FaceUrl?: string;
  /**
   * UNCONFIRMED (seen in real traffic, not documented): whether all members are muted, e.g. On or Off.
   */
  ShutUpAllMember?: string;
  /**
   * When the event happened, in milliseconds since the epoch; IM's documented sample sends it as a numeric string.
   */
  EventTime?: number | string;
}
