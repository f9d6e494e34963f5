/* Generated from schemas/official-account/before-create-official-account.schema.json by `npm run generate`. Do not edit. */

/**
 * Body of Tencent Cloud IM's OfficialAccount.CallbackBeforeCreateOfficialAccount callback, sent when the app admin asks through the REST API for a new official account and before IM creates it: the reply lets the creation go ahead or refuses it. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface OfficialAccountBeforeCreateOfficialAccountPacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'OfficialAccount.CallbackBeforeCreateOfficialAccount';
  /**
   * UserID of who asked for the creation; @TLS#NOT_FOUND or an admin account when the app admin acts.
   */
  Operator_Account?: string;
  /**
   * UserID of the user who will own the official account.
   */
  Owner_Account?: string;
  /**
   * The name asked for the new official account.
   */
  Name: string;
  /**
   * When the event happened, in milliseconds since the epoch; accepted as a number or a numeric string.
   */
  EventTime?: number | string;
}
