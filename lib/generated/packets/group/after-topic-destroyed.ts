/* Generated from schemas/group/after-topic-destroyed.schema.json by `npm run generate`. Do not edit. */

/**
 * Body of Tencent Cloud IM's Group.CallbackAfterTopicDestroyed callback, sent after one or more topics of a community were deleted, by a user on a client or by the app admin through the REST API. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface GroupAfterTopicDestroyedPacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'Group.CallbackAfterTopicDestroyed';
  /**
   * The community the topics belonged to.
   */
  GroupId: string;
  /**
   * The group type: Community, as topics exist only in communities; other values are accepted.
   */
  Type?: string;
  /**
   * The IDs of the deleted topics.
   *
   * @minItems 1
   */
  TopicIdList: [string, ...string[]];
  /**
   * When the event happened, in milliseconds since the epoch; some of IM's examples send it as a numeric string.
   */
  EventTime?: number | string;
}
