/* Generated from schemas/sns/prev-friend-add.schema.json by `npm run generate`. Do not edit. */

/**
 * Body of Tencent Cloud IM's Sns.CallbackPrevFriendAdd callback, sent before a client's friend request is processed; the reply allows or refuses each target. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface PrevFriendAddPacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'Sns.CallbackPrevFriendAdd';
  /**
   * UserID of the user who sent the request.
   */
  Requester_Account?: string;
  /**
   * UserID that wants to add the users in FriendItem.
   */
  From_Account?: string;
  /**
   * The users From_Account wants to add, one ResultItem each in the reply.
   *
   * @minItems 1
   */
  FriendItem: [PrevFriendAddItem, ...PrevFriendAddItem[]];
  /**
   * Add_Type_Single (one-way) or Add_Type_Both (two-way); other values are accepted because IM may add some.
   */
  AddType?: string;
  /**
   * 1 when the add is forced, 0 otherwise.
   */
  ForceAddFlags?: number;
  /**
   * When the event happened, in milliseconds since the epoch; some of IM's examples send it as a numeric string.
   */
  EventTime?: number | string;
}
/**
 * One user to be added.
 */
export interface PrevFriendAddItem {
  /**
   * UserID to be added.
   */
  To_Account: string;
  /**
   * The remark From_Account sets for To_Account.
   */
  Remark?: string;
  /**
   * The friend list From_Account puts To_Account in.
   */
  GroupName?: string;
  /**
   * Where the request came from, e.g. AddSource_Type_Android.
   */
  AddSource?: string;
  /**
   * The message sent with the request.
   */
  AddWording?: string;
}
