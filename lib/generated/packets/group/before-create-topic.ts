/* Generated from schemas/group/before-create-topic.schema.json by `npm run generate`. Do not edit. */

/**
 * Body of Tencent Cloud IM's Group.CallbackBeforeCreateTopic callback, sent when a user or the app admin asks to create a topic in a community, before IM creates it: the reply lets the creation through or refuses it. The documented body names neither the community nor a topic ID. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface GroupBeforeCreateTopicPacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'Group.CallbackBeforeCreateTopic';
  /**
   * UserID of who asked to create the topic.
   */
  Operator_Account?: string;
  /**
   * The group type: Community, as topics exist only in communities; other values are accepted.
   */
  Type?: string;
  /**
   * The name asked for the topic.
   */
  Name?: string;
  /**
   * The community the topic would belong to. Neither the documented sample nor the field table lists it; accepted in case IM sends it.
   */
  GroupId?: string;
  /**
   * When the event happened, in milliseconds since the epoch; some of IM's examples send it as a numeric string.
   */
  EventTime?: number | string;
}
