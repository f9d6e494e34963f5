/* Generated from schemas/group/after-topic-info-changed.schema.json by `npm run generate`. Do not edit. */

/**
 * Body of Tencent Cloud IM's Group.CallbackAfterTopicInfoChanged callback, sent after a topic's name, introduction, notice or photo URL was changed in a community; the body carries the new values. The documented body does not name the topic itself. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface GroupAfterTopicInfoChangedPacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'Group.CallbackAfterTopicInfoChanged';
  /**
   * The community the topic belongs to.
   */
  GroupId: string;
  /**
   * The changed topic. Neither the documented sample nor the field table lists it; accepted in case IM sends it.
   */
  TopicId?: string;
  /**
   * The group type: Community, as topics exist only in communities; other values are accepted.
   */
  Type?: string;
  /**
   * UserID of who changed the topic.
   */
  Operator_Account?: string;
  /**
   * The topic's new name.
   */
  Name?: string;
  /**
   * The topic's new introduction.
   */
  Introduction?: string;
  /**
   * The topic's new notice.
   */
  Notification?: string;
  /**
   * The new URL of the topic's photo.
   */
  FaceUrl?: string;
  /**
   * When the event happened, in milliseconds since the epoch; some of IM's examples send it as a numeric string.
   */
  EventTime?: number | string;
}
