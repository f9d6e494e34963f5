/* Generated from schemas/group/on-member-state-change.schema.json by `npm run generate`. Do not edit. */

/**
 * Body of Tencent Cloud IM's Group.CallbackOnMemberStateChange callback, sent when members of an audio-video group (AVChatRoom) go offline or come back: on a first entry or last exit, or after their connection was lost for more than 20 seconds. It needs a higher edition and a console switch. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface GroupOnMemberStateChangePacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'Group.CallbackOnMemberStateChange';
  /**
   * The audio-video group.
   */
  GroupId: string;
  /**
   * The group type, AVChatRoom here; a server SDK maps it, the doc sample leaves it out.
   */
  Type?: string;
  /**
   * What happened: Offline or Online; other values are accepted because IM may add some.
   */
  EventType?: string;
  /**
   * Why, per newer versions of the doc: HeartbeatInterrupt, HeartbeatRecover, Join (first entry) or Quit (last exit); other values are accepted because IM may add some.
   */
  EventCause?: string;
  /**
   * The members whose state changed.
   *
   * @minItems 1
   */
  MemberList: [GroupOnMemberStateChangeMember, ...GroupOnMemberStateChangeMember[]];
  /**
   * When the event happened, in milliseconds since the epoch; the documented sample leaves it out; some of IM's samples send it as a numeric string.
   */
  EventTime?: number | string;
}
/**
 * One member whose state changed.
 */
export interface GroupOnMemberStateChangeMember {
  /**
   * UserID of the member.
   */
  Member_Account: string;
}
