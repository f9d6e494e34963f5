/* Generated from schemas/group/on-daily-group-quota-alarm.schema.json by `npm run generate`. Do not edit. */

/**
 * Body of Tencent Cloud IM's Group.CallbackOnDailyGroupQuotaAlarm callback, an alarm IM sends when a group creation brings the app's net groups created that day (created minus disbanded) above 70% of its daily limit. It concerns the app, not one group. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface GroupOnDailyGroupQuotaAlarmPacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'Group.CallbackOnDailyGroupQuotaAlarm';
  /**
   * Net groups created so far today.
   */
  QuotaUsed?: number;
  /**
   * The app's daily limit of net groups created.
   */
  Quota?: number;
  /**
   * When the event happened, in milliseconds since the epoch; IM's documented sample sends it as a numeric string.
   */
  EventTime?: number | string;
}
