/* Generated from schemas/official-account/after-official-account-destroyed.schema.json by `npm run generate`. Do not edit. */

/**
 * Body of Tencent Cloud IM's OfficialAccount.CallbackAfterOfficialAccountDestroyed callback, sent after the app admin destroyed an official account through the REST API; it names the account, its owner and its name. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface OfficialAccountAfterOfficialAccountDestroyedPacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'OfficialAccount.CallbackAfterOfficialAccountDestroyed';
  /**
   * ID of the destroyed official account.
   */
  Official_Account: string;
  /**
   * UserID of the user who owned the official account.
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
