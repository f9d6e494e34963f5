/* Generated from schemas/group/after-change-group-owner.schema.json by `npm run generate`. Do not edit. */

/**
 * Body of Tencent Cloud IM's Group.CallbackAfterChangeGroupOwner callback, sent after the ownership of a group passed from one user to another, by a user on a client or by the app admin through the REST API. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface GroupAfterChangeGroupOwnerPacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'Group.CallbackAfterChangeGroupOwner';
  /**
   * The group.
   */
  GroupId: string;
  /**
   * The group type, e.g. Public, Private (Work), ChatRoom (Meeting), AVChatRoom or Community; other values are accepted because IM may add some.
   */
  Type?: string;
  /**
   * UserID of who transferred the ownership.
   */
  Operator_Account?: string;
  /**
   * UserID of the previous owner.
   */
  OldOwner_Account?: string;
  /**
   * UserID of the new owner.
   */
  NewOwner_Account?: string;
  /**
   * When the event happened, in milliseconds since the epoch; IM's documented sample sends it as a numeric string.
   */
  EventTime?: number | string;
}
