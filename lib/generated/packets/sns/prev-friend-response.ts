/* Generated from schemas/sns/prev-friend-response.schema.json by `npm run generate`. Do not edit. */

/**
 * Body of Tencent Cloud IM's Sns.CallbackPrevFriendResponse callback, sent before a client's answer to friend requests is processed; the reply allows or refuses each target. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface PrevFriendResponsePacket {
  /**
   * The callback command; it must equal the CallbackCommand query parameter.
   */
  CallbackCommand: 'Sns.CallbackPrevFriendResponse';
  /**
   * UserID of the user who sent the answer.
   */
  Requester_Account?: string;
  /**
   * UserID that answers the friend requests.
   */
  From_Account?: string;
  /**
   * The answers, one ResultItem each in the reply.
   *
   * @minItems 1
   */
  ResponseFriendItem: [PrevFriendResponseItem, ...PrevFriendResponseItem[]];
  /**
   * When the event happened, in milliseconds since the epoch; some of IM's examples send it as a numeric string.
   */
  EventTime?: number | string;
}
/**
 * The answer to one user's friend request.
 */
export interface PrevFriendResponseItem {
  /**
   * UserID who sent the friend request.
   */
  To_Account: string;
  /**
   * The remark From_Account sets for To_Account.
   */
  Remark?: string;
  /**
   * The friend list From_Account puts To_Account in.
   */
  TagName?: string;
  /**
   * Response_Action_AgreeAndAdd, Response_Action_Agree or Response_Action_Reject; other values are accepted because IM may add some.
   */
  ResponseAction?: string;
}
