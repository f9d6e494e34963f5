/* Generated from schemas/official-account/after-create-official-account.schema.json by `npm run generate`. Do not edit. */

/**
 * Body of Tencent Cloud IM's OfficialAccount.CallbackAfterCreateOfficialAccount callback, sent once an official account has been created through the REST API; it names the new account, its owner and its name. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface OfficialAccountAfterCreateOfficialAccountPacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'OfficialAccount.CallbackAfterCreateOfficialAccount';
  /**
   * ID of the new official account (IM gives it the prefix @TOA#_).
   */
  Official_Account: string;
  /**
   * UserID of who asked for the creation; @TLS#NOT_FOUND or an admin account when the app admin acts.
   */
  Operator_Account?: string;
  /**
   * UserID of the user who owns the official account.
   */
  Owner_Account?: string;
  /**
   * The name of the official account.
   */
  Name?: string;
  /**
   * When the event happened, in milliseconds since the epoch; accepted as a number or a numeric string.
   */
  EventTime?: number | string;
}
