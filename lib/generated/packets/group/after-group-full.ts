/* Generated from schemas/group/after-group-full.schema.json by `npm run generate`. Do not edit. */

/**
 * Body of Tencent Cloud IM's Group.CallbackAfterGroupFull callback, sent when a group has reached its member limit: right after a join filled it, or when a join failed because it was full (e.g. to make room by removing inactive members). Unknown extra fields are allowed because IM adds fields over time.
 */
export interface GroupAfterGroupFullPacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'Group.CallbackAfterGroupFull';
  /**
   * The full group.
   */
  GroupId: string;
  /**
   * When the event happened, in milliseconds since the epoch; IM's documented sample sends it as a numeric string.
   */
  EventTime?: number | string;
}
