/* Generated from schemas/group/after-group-attr-changed.schema.json by `npm run generate`. Do not edit. */

/**
 * Body of Tencent Cloud IM's Group.CallbackAfterGroupAttrChanged callback, sent after a group's custom attributes were reset, modified, cleared or deleted, by a user on a client or by the app admin through the REST API. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface GroupAfterGroupAttrChangedPacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'Group.CallbackAfterGroupAttrChanged';
  /**
   * The group.
   */
  GroupId: string;
  /**
   * The group type, e.g. Public, Private (Work), ChatRoom (Meeting), AVChatRoom or Community; other values are accepted because IM may add some.
   */
  Type?: string;
  /**
   * UserID of who changed the group's attributes.
   */
  Operator_Account?: string;
  /**
   * What was done: set (all attributes replaced), modify, clear or delete; a string in the documented sample, and other values are accepted.
   */
  OptionType?: string;
  /**
   * The attributes concerned, with their values.
   */
  GroupAttr?: GroupAfterGroupAttrChangedAttr[];
  /**
   * When the event happened, in milliseconds since the epoch; IM's documented sample sends it as a numeric string.
   */
  EventTime?: number | string;
}
/**
 * One custom group attribute.
 */
export interface GroupAfterGroupAttrChangedAttr {
  /**
   * The attribute's name.
   */
  key?: string;
  /**
   * The attribute's value.
   */
  value?: string;
}
