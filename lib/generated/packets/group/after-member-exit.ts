/* Generated from schemas/group/after-member-exit.schema.json by `npm run generate`. Do not edit. */

/**
 * Body of Tencent Cloud IM's Group.CallbackAfterMemberExit callback, sent after members left a group: by quitting, by being removed by the owner or an admin from a client, or by the app admin through the REST API. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface GroupAfterMemberExitPacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'Group.CallbackAfterMemberExit';
  /**
   * The group the members left.
   */
  GroupId: string;
  /**
   * The group type, e.g. Public, Private (Work), ChatRoom (Meeting), AVChatRoom or Community; other values are accepted because IM may add some.
   */
  Type?: string;
  /**
   * How they left: Kicked (removed) or Quit (left on their own); other values are accepted because IM may add some.
   */
  ExitType?: string;
  /**
   * UserID of who made the change: the member who quit, or who removed them (@TLS#NOT_FOUND is possible for the REST API).
   */
  Operator_Account?: string;
  /**
   * The members who left.
   *
   * @minItems 1
   */
  ExitMemberList: [GroupAfterMemberExitMember, ...GroupAfterMemberExitMember[]];
  /**
   * When the event happened, in milliseconds since the epoch; IM's documented sample sends it as a numeric string.
   */
  EventTime?: number | string;
}
/**
 * One member who left.
 */
export interface GroupAfterMemberExitMember {
  /**
   * UserID of the member who left.
   */
  Member_Account: string;
}
