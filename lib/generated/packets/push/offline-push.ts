/* Generated from schemas/push/offline-push.schema.json by `npm run generate`. Do not edit. */

/**
 * Body of Tencent Cloud IM's Push.OfflinePush callback: a batch of 1 to 100 results of offline pushes of one-to-one and group messages (sent to the vendor, delivered, clicked), sent once the push plugin is on. The batch has no CallbackCommand at the top level, each event carries its own, and the URL has no ClientIP. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface PushOfflinePushPacket {
  /**
   * The callback command. IM's documented batch leaves it out at the top level; when present it must equal the CallbackCommand query parameter.
   */
  CallbackCommand?: 'Push.OfflinePush';
  /**
   * The push events of this batch, 1 to 100.
   *
   * @minItems 1
   * @maxItems 100
   */
  Events: [PushOfflinePushItem, ...PushOfflinePushItem[]];
}
/**
 * What happened to one push of one message to one user.
 */
export interface PushOfflinePushItem {
  /**
   * The event's callback command, Push.OfflinePush in IM's documented sample.
   */
  CallbackCommand?: string;
  /**
   * 1 for a one-to-one message, 2 for a group message. Other values are accepted because IM may add some.
   */
  EventType?: number;
  /**
   * When the event happened, in seconds (not milliseconds) since the epoch; it may come as a numeric string.
   */
  EventTime?: number | string;
  /**
   * UserID of the message's sender.
   */
  From_Account?: string;
  /**
   * UserID of the user the push went to.
   */
  To_Account: string;
  /**
   * The push vendor: 0 unknown, 1 Apple APNs, 2 Xiaomi, 3 Huawei, 4 Google FCM, 5 Meizu, 6 OPPO, 7 vivo, 8 Honor. Other values are accepted because IM may add vendors.
   */
  PushPlatform?: number;
  /**
   * How far the push got: 1 sent to the vendor, 2 delivered to the device, 3 clicked. Other values are accepted because IM may add some.
   */
  PushStage?: number;
  /**
   * For a one-to-one message, its unique key; absent or empty for a group message.
   */
  MsgKey?: string;
  /**
   * For a group message, the group it was sent to; absent or empty for a one-to-one message.
   */
  GroupID?: string;
  /**
   * The message's sequence number, a 32-bit unsigned integer.
   */
  MsgSeq?: number;
  /**
   * The message's random number, a 32-bit unsigned integer.
   */
  MsgRandom?: number;
  /**
   * When the message was sent, in Unix seconds.
   */
  MsgTime?: number;
  /**
   * The push's unique ID.
   */
  PushID?: string;
  /**
   * The push's result: 0 success, anything else a failure.
   */
  ErrCode?: number;
  /**
   * A description of the result; may be empty.
   */
  ErrInfo?: string;
}
