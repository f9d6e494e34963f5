/* Generated from schemas/group/after-create-topic.schema.json by `npm run generate`. Do not edit. */

/**
 * Body of Tencent Cloud IM's Group.CallbackAfterCreateTopic callback, sent after a topic was created in a community, by a user on a client or by the app admin through the REST API. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface GroupAfterCreateTopicPacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'Group.CallbackAfterCreateTopic';
  /**
   * The community the topic belongs to.
   */
  GroupId: string;
  /**
   * The new topic.
   */
  TopicId: string;
  /**
   * UserID of who created the topic.
   */
  Operator_Account?: string;
  /**
   * UserID of the community's owner.
   */
  Owner_Account?: string;
  /**
   * The group type: Community, as topics exist only in communities; other values are accepted.
   */
  Type?: string;
  /**
   * The topic's name.
   */
  Name?: string;
  /**
   * Custom topic fields set at creation; present only once custom fields are configured for the app.
   */
  UserDefinedDataList?: GroupAfterCreateTopicUserDefinedData[];
  /**
   * When the event happened, in milliseconds since the epoch; some of IM's examples send it as a numeric string.
   */
  EventTime?: number | string;
}
/**
 * One custom topic field.
 */
export interface GroupAfterCreateTopicUserDefinedData {
  /**
   * The field's name.
   */
  Key?: string;
  /**
   * The field's value.
   */
  Value?: string;
}
