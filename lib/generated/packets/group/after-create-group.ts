/* Generated from schemas/group/after-create-group.schema.json by `npm run generate`. Do not edit. */

/**
 * Body of Tencent Cloud IM's Group.CallbackAfterCreateGroup callback, sent once a group was created, from a client or by the app admin through the REST API. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface GroupAfterCreateGroupPacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'Group.CallbackAfterCreateGroup';
  /**
   * The new group.
   */
  GroupId: string;
  /**
   * UserID of who created the group: a user, or an admin account for the REST API.
   */
  Operator_Account?: string;
  /**
   * UserID of the group owner.
   */
  Owner_Account?: string;
  /**
   * The group type, e.g. Public, Private (Work), ChatRoom (Meeting), AVChatRoom or Community; other values are accepted because IM may add some.
   */
  Type?: string;
  /**
   * The group name.
   */
  Name?: string;
  /**
   * The group's introduction; newer versions of the doc list it.
   */
  Introduction?: string;
  /**
   * The group's notice; newer versions of the doc list it.
   */
  Notification?: string;
  /**
   * The initial members; it may be empty.
   */
  MemberList?: GroupAfterCreateGroupMember[];
  /**
   * Custom group fields set at creation (a feature switched on in the console).
   */
  UserDefinedDataList?: GroupAfterCreateGroupUserDefinedData[];
  /**
   * When the event happened, in milliseconds since the epoch; IM's documented sample sends it as a numeric string.
   */
  EventTime?: number | string;
}
/**
 * One initial member.
 */
export interface GroupAfterCreateGroupMember {
  /**
   * UserID of the initial member.
   */
  Member_Account: string;
}
/**
 * One custom group field.
 */
export interface GroupAfterCreateGroupUserDefinedData {
  /**
   * The custom field's name.
   */
  Key: string;
  /**
   * The custom field's value.
   */
  Value?: string;
}
