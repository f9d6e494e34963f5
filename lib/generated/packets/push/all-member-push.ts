/* Generated from schemas/push/all-member-push.schema.json by `npm run generate`. Do not edit. */

/**
 * Body of Tencent Cloud IM's Push.AllMemberPush callback: a batch of 1 to 100 results of pushes made through the push-to-all REST API (to all users, to tags or to UserIDs), online or offline, sent once the push plugin is on. The batch has no CallbackCommand at the top level, each event carries its own, and the URL has no ClientIP. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface PushAllMemberPushPacket {
  /**
   * The callback command. IM's documented batch leaves it out at the top level; when present it must equal the CallbackCommand query parameter.
   */
  CallbackCommand?: 'Push.AllMemberPush';
  /**
   * The push events of this batch, 1 to 100.
   *
   * @minItems 1
   * @maxItems 100
   */
  Events: [PushAllMemberPushItem, ...PushAllMemberPushItem[]];
}
/**
 * What happened to one push task's push to one user.
 */
export interface PushAllMemberPushItem {
  /**
   * The event's callback command, Push.AllMemberPush in IM's documented sample.
   */
  CallbackCommand?: string;
  /**
   * 1 for an offline push, 2 for an online push. Other values are accepted because IM may add some.
   */
  EventType?: number;
  /**
   * The push task's ID, as the push REST API returned it.
   */
  TaskId?: string;
  /**
   * When the push task was started, in Unix seconds.
   */
  TaskTime?: number;
  /**
   * When the event happened, in seconds (not milliseconds) since the epoch; it may come as a numeric string.
   */
  EventTime?: number | string;
  /**
   * UserID of the user the push went to.
   */
  To_Account: string;
  /**
   * The push vendor: 0 unknown (the documented online-push sample shows 0), 1 Apple APNs, 2 Xiaomi, 3 Huawei, 4 Google FCM, 5 Meizu, 6 OPPO, 7 vivo, 8 Honor. Other values are accepted because IM may add vendors.
   */
  PushPlatform?: number;
  /**
   * How far the push got: 1 sent, 2 delivered to the device, 3 clicked. Other values are accepted because IM may add some.
   */
  PushStage?: number;
  /**
   * The push's result: 0 success, anything else a failure.
   */
  ErrCode?: number;
  /**
   * A description of the result; may be empty.
   */
  ErrInfo?: string;
}
