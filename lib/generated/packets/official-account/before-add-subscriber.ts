/* Generated from schemas/official-account/before-add-subscriber.schema.json by `npm run generate`. Do not edit. */

/**
 * Body of Tencent Cloud IM's OfficialAccount.CallbackBeforeAddSubscriber callback, sent before users are subscribed to an official account, whether they subscribe from a client or the app admin adds them through the REST API: the reply lets them all through, refuses some of them, or refuses the whole request. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface OfficialAccountBeforeAddSubscriberPacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'OfficialAccount.CallbackBeforeAddSubscriber';
  /**
   * ID of the official account the users want to subscribe to.
   */
  Official_Account: string;
  /**
   * UserID of who made the request: the subscriber from a client, or the admin (possibly @TLS#NOT_FOUND) through the REST API.
   */
  Operator_Account?: string;
  /**
   * The users about to subscribe; the reply may refuse some of them in RefusedSubscribers_Account.
   *
   * @minItems 1
   */
  SubscribeAccountList: [OfficialAccountBeforeAddSubscriberItem, ...OfficialAccountBeforeAddSubscriberItem[]];
  /**
   * When the event happened, in milliseconds since the epoch; accepted as a number or a numeric string.
   */
  EventTime?: number | string;
}
/**
 * One user about to subscribe.
 */
export interface OfficialAccountBeforeAddSubscriberItem {
  /**
   * UserID of the user about to subscribe.
   */
  Subscriber_Account: string;
}
