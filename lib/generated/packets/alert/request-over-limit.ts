/* Generated from schemas/alert/request-over-limit.schema.json by `npm run generate`. Do not edit. */

/**
 * Body of Tencent Cloud IM's Alert.RequestOverLimit callback, an operations alarm IM sends on its own once a callback URL is configured, when the app calls one REST API faster than 80% of that API's rate limit. Its URL carries no ClientIP. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface AlertRequestOverLimitPacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'Alert.RequestOverLimit';
  /**
   * IM's internal name of the service the API belongs to, e.g. openim; with Command it names the API.
   */
  ServiceName: string;
  /**
   * The API's command word within ServiceName, e.g. batchsendmsg.
   */
  Command: string;
  /**
   * The API's current call rate, in requests per second.
   */
  Request?: number;
  /**
   * The API's rate limit, in requests per second.
   */
  Limit?: number;
  /**
   * When the event happened, in milliseconds since the epoch. Not documented for this command but sent with many newer callbacks, sometimes as a numeric string.
   */
  EventTime?: number | string;
}
