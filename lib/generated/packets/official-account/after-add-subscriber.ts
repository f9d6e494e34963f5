/* Generated from schemas/official-account/after-add-subscriber.schema.json by `npm run generate`. Do not edit. */

/**
 * Body of Tencent Cloud IM's OfficialAccount.CallbackAfterAddSubscriber callback, sent after users subscribed to an official account, from a client or added by the app admin through the REST API. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface OfficialAccountAfterAddSubscriberPacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'OfficialAccount.CallbackAfterAddSubscriber';
  /**
   * ID of the official account the users subscribed to.
   */
  Official_Account: string;
  /**
   * UserID of who made the request: the subscriber from a client, or the admin (possibly @TLS#NOT_FOUND) through the REST API.
   */
  Operator_Account?: string;
  /**
   * The users who subscribed.
   *
   * @minItems 1
   */
  SubscribeAccountList: [OfficialAccountAfterAddSubscriberItem, ...OfficialAccountAfterAddSubscriberItem[]];
  /**
   * When the event happened, in milliseconds since the epoch; accepted as a number or a numeric string.
   */
  EventTime?: number | string;
}
/**
 * One user who subscribed.
 */
export interface OfficialAccountAfterAddSubscriberItem {
  /**
   * UserID of the new subscriber.
   */
  Subscriber_Account: string;
}
