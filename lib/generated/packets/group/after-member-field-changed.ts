/* Generated from schemas/group/after-member-field-changed.schema.json by `npm run generate`. Do not edit. */

/**
 * Body of Tencent Cloud IM's Group.CallbackAfterMemberFieldChanged callback, sent after a group member's profile in the group changed: made or unmade an admin, or given a new name card. The changed member is Member_Account in IM's sample and Modified_Account in a public server SDK, so either is accepted. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface GroupAfterMemberFieldChangedPacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'Group.CallbackAfterMemberFieldChanged';
  /**
   * The group.
   */
  GroupId: string;
  /**
   * The group type, e.g. Public, Private (Work), ChatRoom (Meeting), AVChatRoom or Community; other values are accepted because IM may add some.
   */
  Type?: string;
  /**
   * UserID of who made the change.
   */
  Operator_Account?: string;
  /**
   * UserID of the member whose profile changed, as IM's documented sample names it.
   */
  Member_Account?: string;
  /**
   * UserID of the member whose profile changed, as a public server SDK names it; either this or Member_Account may come.
   */
  Modified_Account?: string;
  /**
   * The member's new role: Admin (made an admin) or Member (no longer one); other values are accepted.
   */
  Role?: string;
  /**
   * The member's new name card in the group.
   */
  NameCard?: string;
  /**
   * When the event happened, in milliseconds since the epoch; IM's documented sample sends it as a numeric string.
   */
  EventTime?: number | string;
}
