/* Generated from schemas/state/state-change.schema.json by `npm run generate`. Do not edit. */

/**
 * Body of Tencent Cloud IM's State.StateChange callback, sent when a user's connection state changes (a login, a logout, a dropped connection or a heartbeat timeout) or when the user sets a custom status; the online-status feature must be switched on in the console. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface StateChangePacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'State.StateChange';
  /**
   * What happened to whom.
   */
  Info: {
    /**
     * What changed: Login (a connection was set up), Logout (the user signed out), Disconnect (the connection was lost) or CustomStatusChange. Other values are accepted because IM may add some.
     */
    Action: string;
    /**
     * UserID of the user whose state changed.
     */
    To_Account: string;
    /**
     * Why: Register (for Login: a new connection or a reconnection), Unregister (for Logout), LinkClose or TimeOut (for Disconnect: the connection was closed, or no heartbeat came for 400 seconds), SetCustomStatus (for CustomStatusChange). Other values are accepted because IM may add some.
     */
    Reason?: string;
  };
  /**
   * The user's custom status after the change.
   */
  CustomStatus?: string;
  /**
   * Present only on a Login (Register) that forced the user's other devices offline: those devices.
   */
  KickedDevice?: StateChangeKickedDevice[];
  /**
   * When the event happened, in milliseconds since the epoch; it may come as a numeric string.
   */
  EventTime?: number | string;
}
/**
 * One device that was forced offline.
 */
export interface StateChangeKickedDevice {
  /**
   * The device's platform, e.g. iOS (this command may spell it IOS), Android, Web, Windows, iPad, Mac or Linux. Other values are accepted because IM may add some.
   */
  Platform?: string;
}
