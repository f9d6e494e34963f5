/* Generated from schemas/ by `npm run generate`. Do not edit. */
import type { CallbackEvent } from '../commands/event-types';
import type { FriendRequestDecision } from '../commands/decisions/friend-request';
import type { MessageDecision } from '../commands/decisions/message';
import type {
  MessageElement,
  TextElement,
  LocationElement,
  FaceElement,
  CustomElement,
  SoundElement,
  ImageElement,
  ImageInfo,
  FileElement,
  VideoFileElement,
  OtherMessageElement,
} from './packets/shared/message-element';
import type { C2CBeforeSendMsgPacket } from './packets/c2c/before-send-msg';
import type { GroupAfterNewMemberJoinPacket, GroupNewMember } from './packets/group/after-new-member-join';
import type { BlackListAddPacket, BlackListAddPair } from './packets/sns/blacklist-add';
import type { BlackListDeletePacket, BlackListDeletePair } from './packets/sns/blacklist-delete';
import type { FriendAddPacket, FriendAddPair } from './packets/sns/friend-add';
import type { FriendDeletePacket, FriendDeletePair } from './packets/sns/friend-delete';
import type { PrevFriendAddPacket, PrevFriendAddItem } from './packets/sns/prev-friend-add';
import type { PrevFriendResponsePacket, PrevFriendResponseItem } from './packets/sns/prev-friend-response';

export type {
  MessageElement,
  TextElement,
  LocationElement,
  FaceElement,
  CustomElement,
  SoundElement,
  ImageElement,
  ImageInfo,
  FileElement,
  VideoFileElement,
  OtherMessageElement,
  C2CBeforeSendMsgPacket,
  GroupAfterNewMemberJoinPacket,
  GroupNewMember,
  BlackListAddPacket,
  BlackListAddPair,
  BlackListDeletePacket,
  BlackListDeletePair,
  FriendAddPacket,
  FriendAddPair,
  FriendDeletePacket,
  FriendDeletePair,
  PrevFriendAddPacket,
  PrevFriendAddItem,
  PrevFriendResponsePacket,
  PrevFriendResponseItem,
};

/** The event of `C2C.CallbackBeforeSendMsg`, sent before a one-to-one message is delivered. See https://www.tencentcloud.com/document/product/1047/34364 */
export interface C2CBeforeSendMsgEvent
  extends CallbackEvent<'C2C.CallbackBeforeSendMsg', C2CBeforeSendMsgPacket>, MessageDecision {}

/** The event of `Group.CallbackAfterNewMemberJoin`, sent after users joined a group. See https://www.tencentcloud.com/document/product/1047/34372 */
export type GroupAfterNewMemberJoinEvent = CallbackEvent<
  'Group.CallbackAfterNewMemberJoin',
  GroupAfterNewMemberJoinPacket
>;

/** The event of `Sns.CallbackBlackListAdd`, sent after users were added to a blocklist. See https://www.tencentcloud.com/document/product/1047/34361 */
export interface BlackListAddEvent extends CallbackEvent<'Sns.CallbackBlackListAdd', BlackListAddPacket> {
  /** `body.PairList`, as IM sent it. */
  readonly pairs: BlackListAddPacket['PairList'];
}

/** The event of `Sns.CallbackBlackListDelete`, sent after users were removed from a blocklist. See https://www.tencentcloud.com/document/product/1047/34362 */
export interface BlackListDeleteEvent extends CallbackEvent<'Sns.CallbackBlackListDelete', BlackListDeletePacket> {
  /** `body.PairList`, as IM sent it. */
  readonly pairs: BlackListDeletePacket['PairList'];
}

/** The event of `Sns.CallbackFriendAdd`, sent after friends were added. See https://www.tencentcloud.com/document/product/1047/34359 */
export interface FriendAddEvent extends CallbackEvent<'Sns.CallbackFriendAdd', FriendAddPacket> {
  /** `body.PairList`, as IM sent it. */
  readonly pairs: FriendAddPacket['PairList'];
}

/** The event of `Sns.CallbackFriendDelete`, sent after friends were deleted (also when blocking removes a friend). See https://www.tencentcloud.com/document/product/1047/34360 */
export interface FriendDeleteEvent extends CallbackEvent<'Sns.CallbackFriendDelete', FriendDeletePacket> {
  /** `body.PairList`, as IM sent it. */
  readonly pairs: FriendDeletePacket['PairList'];
}

/** The event of `Sns.CallbackPrevFriendAdd`, sent before a client's friend request is processed. See https://www.tencentcloud.com/document/product/1047/43468 */
export interface PrevFriendAddEvent
  extends CallbackEvent<'Sns.CallbackPrevFriendAdd', PrevFriendAddPacket>, FriendRequestDecision {}

/** The event of `Sns.CallbackPrevFriendResponse`, sent before a client's answer to friend requests is processed. See https://www.tencentcloud.com/document/product/1047/43467 */
export interface PrevFriendResponseEvent
  extends CallbackEvent<'Sns.CallbackPrevFriendResponse', PrevFriendResponsePacket>, FriendRequestDecision {}

/** The events this package has schemas and types for, by command. */
export interface CallbackEventMap {
  'C2C.CallbackBeforeSendMsg': C2CBeforeSendMsgEvent;
  'Group.CallbackAfterNewMemberJoin': GroupAfterNewMemberJoinEvent;
  'Sns.CallbackBlackListAdd': BlackListAddEvent;
  'Sns.CallbackBlackListDelete': BlackListDeleteEvent;
  'Sns.CallbackFriendAdd': FriendAddEvent;
  'Sns.CallbackFriendDelete': FriendDeleteEvent;
  'Sns.CallbackPrevFriendAdd': PrevFriendAddEvent;
  'Sns.CallbackPrevFriendResponse': PrevFriendResponseEvent;
}
