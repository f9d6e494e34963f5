/* Generated from schemas/official-account/after-official-account-info-changed.schema.json by `npm run generate`. Do not edit. */

/**
 * Body of Tencent Cloud IM's OfficialAccount.CallbackAfterOfficialAccountInfoChanged callback, sent after the app admin changed an official account's profile through the REST API; it carries the profile fields as they are after the change. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface OfficialAccountAfterOfficialAccountInfoChangedPacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'OfficialAccount.CallbackAfterOfficialAccountInfoChanged';
  /**
   * ID of the official account whose profile changed.
   */
  Official_Account: string;
  /**
   * UserID of who made the change; @TLS#NOT_FOUND or an admin account when the app admin acts.
   */
  Operator_Account?: string;
  /**
   * The account's introduction after the change.
   */
  Introduction?: string;
  /**
   * The account's name after the change.
   */
  Name?: string;
  /**
   * The URL of the account's avatar after the change.
   */
  FaceUrl?: string;
  /**
   * The organization the account belongs to, after the change.
   */
  Organization?: string;
  /**
   * When the event happened, in milliseconds since the epoch; accepted as a number or a numeric string.
   */
  EventTime?: number | string;
}
