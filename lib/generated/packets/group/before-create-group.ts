/* Generated from schemas/group/before-create-group.schema.json by `npm run generate`. Do not edit. */

/**
 * Body of Tencent Cloud IM's Group.CallbackBeforeCreateGroup callback, sent when a user (from a client) or the app admin (through the REST API) asks to create a group, before IM creates it: the reply lets the creation go ahead or refuses it. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface GroupBeforeCreateGroupPacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'Group.CallbackBeforeCreateGroup';
  /**
   * UserID of who asked to create the group; the app admin when the REST API is used (@TLS#NOT_FOUND is possible).
   */
  Operator_Account?: string;
  /**
   * UserID of the owner the group would have.
   */
  Owner_Account?: string;
  /**
   * The group type, e.g. Public, Private (Work), ChatRoom (Meeting), AVChatRoom or Community; other values are accepted because IM may add some.
   */
  Type?: string;
  /**
   * The name asked for the group.
   */
  Name?: string;
  /**
   * How many groups of the same type the operator has already created.
   */
  CreateGroupNum?: number;
  /**
   * UNCONFIRMED (mapped by a server SDK, not in the doc sample): how many groups the operator has created, per group type.
   */
  CreatedGroupNum?: {
    [k: string]: unknown | undefined;
  };
  /**
   * UNCONFIRMED (mapped by a server SDK, not in the doc sample): the invitation option asked for the group, e.g. DisableInvite.
   */
  InviteOption?: string;
  /**
   * The initial members asked for, besides the owner; it may be empty.
   */
  MemberList?: GroupBeforeCreateGroupMember[];
  /**
   * When the event happened, in milliseconds since the epoch; IM's documented sample sends it as a numeric string.
   */
  EventTime?: number | string;
}
/**
 * One initial member.
 */
export interface GroupBeforeCreateGroupMember {
  /**
   * UserID of the initial member.
   */
  Member_Account: string;
}
