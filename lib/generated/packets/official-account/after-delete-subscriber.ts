/* Generated from schemas/official-account/after-delete-subscriber.schema.json by `npm run generate`. Do not edit. */

/**
 * Body of Tencent Cloud IM's OfficialAccount.CallbackAfterDeleteSubscriber callback, sent after users stopped subscribing to an official account, by unsubscribing from a client or removed by the app admin through the REST API. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface OfficialAccountAfterDeleteSubscriberPacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'OfficialAccount.CallbackAfterDeleteSubscriber';
  /**
   * ID of the official account the users left.
   */
  Official_Account: string;
  /**
   * UserID of who made the request: the subscriber from a client, or the admin (possibly @TLS#NOT_FOUND) through the REST API.
   */
  Operator_Account?: string;
  /**
   * The users who no longer subscribe.
   *
   * @minItems 1
   */
  SubscribeAccountList: [OfficialAccountAfterDeleteSubscriberItem, ...OfficialAccountAfterDeleteSubscriberItem[]];
  /**
   * When the event happened, in milliseconds since the epoch; accepted as a number or a numeric string.
   */
  EventTime?: number | string;
}
/**
 * One user who no longer subscribes.
 */
export interface OfficialAccountAfterDeleteSubscriberItem {
  /**
   * UserID of the former subscriber.
   */
  Subscriber_Account: string;
}
