/* Generated from schemas/official-account/after-official-account-full.schema.json by `npm run generate`. Do not edit. */

/**
 * Body of Tencent Cloud IM's OfficialAccount.CallbackAfterOfficialAccountFull callback, sent when a new subscription has brought an official account to its maximum number of subscribers, so that further users cannot subscribe. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface OfficialAccountAfterOfficialAccountFullPacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'OfficialAccount.CallbackAfterOfficialAccountFull';
  /**
   * ID of the official account that is full.
   */
  Official_Account: string;
  /**
   * When the event happened, in milliseconds since the epoch; accepted as a number or a numeric string.
   */
  EventTime?: number | string;
}
