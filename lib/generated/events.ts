/* Generated from schemas/ by `npm run generate`. Do not edit. */
import type { CallbackEvent } from '../commands/event-types';
import type { ChatbotDecision } from '../commands/decisions/chatbot';
import type { FriendRequestDecision } from '../commands/decisions/friend-request';
import type { GateDecision } from '../commands/decisions/gate';
import type { MembersDecision } from '../commands/decisions/members';
import type { MessageDecision } from '../commands/decisions/message';
import type {
  MessageElement,
  KnownMessageElement,
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
import type { AlertRequestOverLimitPacket } from './packets/alert/request-over-limit';
import type { BotOnC2CMessagePacket } from './packets/bot/on-c2c-message';
import type { BotOnGroupMessagePacket } from './packets/bot/on-group-message';
import type { C2CAfterC2CMsgExtensionPacket, C2CAfterC2CMsgExtensionItem } from './packets/c2c/after-c2c-msg-extension';
import type { C2CAfterModifyMsgPacket } from './packets/c2c/after-modify-msg';
import type { C2CAfterMsgReportPacket } from './packets/c2c/after-msg-report';
import type { C2CAfterMsgWithDrawPacket } from './packets/c2c/after-msg-with-draw';
import type { C2CAfterSendMsgPacket } from './packets/c2c/after-send-msg';
import type { C2CBeforeSendMsgPacket } from './packets/c2c/before-send-msg';
import type { ChatbotOnC2CSignalMessagePacket } from './packets/chatbot/on-c2c-signal-message';
import type { ContentCallbackResultNotifyPacket } from './packets/content-callback/result-notify';
import type { FollowAfterFollowAddPacket, FollowAfterFollowAddItem } from './packets/follow/after-follow-add';
import type { FollowAfterFollowDeletePacket } from './packets/follow/after-follow-delete';
import type { GroupAfterChangeGroupOwnerPacket } from './packets/group/after-change-group-owner';
import type {
  GroupAfterCreateGroupPacket,
  GroupAfterCreateGroupMember,
  GroupAfterCreateGroupUserDefinedData,
} from './packets/group/after-create-group';
import type {
  GroupAfterCreateTopicPacket,
  GroupAfterCreateTopicUserDefinedData,
} from './packets/group/after-create-topic';
import type {
  GroupAfterGroupAttrChangedPacket,
  GroupAfterGroupAttrChangedAttr,
} from './packets/group/after-group-attr-changed';
import type {
  GroupAfterGroupDestroyedPacket,
  GroupAfterGroupDestroyedMember,
} from './packets/group/after-group-destroyed';
import type { GroupAfterGroupFullPacket } from './packets/group/after-group-full';
import type { GroupAfterGroupInfoChangedPacket } from './packets/group/after-group-info-changed';
import type {
  GroupAfterGroupMsgExtensionPacket,
  GroupAfterGroupMsgExtensionEntry,
} from './packets/group/after-group-msg-extension';
import type { GroupAfterMemberExitPacket, GroupAfterMemberExitMember } from './packets/group/after-member-exit';
import type { GroupAfterMemberFieldChangedPacket } from './packets/group/after-member-field-changed';
import type { GroupAfterModifyMsgPacket } from './packets/group/after-modify-msg';
import type { GroupAfterNewMemberJoinPacket, GroupNewMember } from './packets/group/after-new-member-join';
import type {
  GroupAfterReadReceiptPacket,
  GroupAfterReadReceiptMsg,
  GroupAfterReadReceiptMember,
} from './packets/group/after-read-receipt';
import type { GroupAfterRecallMsgPacket, GroupAfterRecallMsgSeq } from './packets/group/after-recall-msg';
import type { GroupAfterSendMsgPacket, GroupAfterSendMsgAtInfo } from './packets/group/after-send-msg';
import type { GroupAfterTopicDestroyedPacket } from './packets/group/after-topic-destroyed';
import type { GroupAfterTopicInfoChangedPacket } from './packets/group/after-topic-info-changed';
import type { GroupBeforeApplyJoinGroupPacket } from './packets/group/before-apply-join-group';
import type { GroupBeforeCreateGroupPacket, GroupBeforeCreateGroupMember } from './packets/group/before-create-group';
import type { GroupBeforeCreateTopicPacket } from './packets/group/before-create-topic';
import type {
  GroupBeforeInviteJoinGroupPacket,
  GroupBeforeInviteJoinGroupMember,
} from './packets/group/before-invite-join-group';
import type { GroupBeforeSendMsgPacket } from './packets/group/before-send-msg';
import type { GroupOnDailyGroupQuotaAlarmPacket } from './packets/group/on-daily-group-quota-alarm';
import type {
  GroupOnMemberStateChangePacket,
  GroupOnMemberStateChangeMember,
} from './packets/group/on-member-state-change';
import type { GroupSendMsgExceptionPacket } from './packets/group/send-msg-exception';
import type {
  OfficialAccountAfterAddSubscriberPacket,
  OfficialAccountAfterAddSubscriberItem,
} from './packets/official-account/after-add-subscriber';
import type { OfficialAccountAfterCreateOfficialAccountPacket } from './packets/official-account/after-create-official-account';
import type {
  OfficialAccountAfterDeleteSubscriberPacket,
  OfficialAccountAfterDeleteSubscriberItem,
} from './packets/official-account/after-delete-subscriber';
import type {
  OfficialAccountAfterMsgWithDrawPacket,
  OfficialAccountAfterMsgWithDrawItem,
} from './packets/official-account/after-msg-with-draw';
import type { OfficialAccountAfterOfficialAccountDestroyedPacket } from './packets/official-account/after-official-account-destroyed';
import type { OfficialAccountAfterOfficialAccountFullPacket } from './packets/official-account/after-official-account-full';
import type { OfficialAccountAfterOfficialAccountInfoChangedPacket } from './packets/official-account/after-official-account-info-changed';
import type { OfficialAccountAfterSendMsgPacket } from './packets/official-account/after-send-msg';
import type {
  OfficialAccountBeforeAddSubscriberPacket,
  OfficialAccountBeforeAddSubscriberItem,
} from './packets/official-account/before-add-subscriber';
import type { OfficialAccountBeforeCreateOfficialAccountPacket } from './packets/official-account/before-create-official-account';
import type { OfficialAccountBeforeSendMsgPacket } from './packets/official-account/before-send-msg';
import type { ProfilePortraitSetPacket, ProfilePortraitSetItem } from './packets/profile/portrait-set';
import type { PushAllMemberPushPacket, PushAllMemberPushItem } from './packets/push/all-member-push';
import type { PushOfflinePushPacket, PushOfflinePushItem } from './packets/push/offline-push';
import type { BlackListAddPacket, BlackListAddPair } from './packets/sns/blacklist-add';
import type { BlackListDeletePacket, BlackListDeletePair } from './packets/sns/blacklist-delete';
import type { FriendAddPacket, FriendAddPair } from './packets/sns/friend-add';
import type { FriendDeletePacket, FriendDeletePair } from './packets/sns/friend-delete';
import type { PrevFriendAddPacket, PrevFriendAddItem } from './packets/sns/prev-friend-add';
import type { PrevFriendResponsePacket, PrevFriendResponseItem } from './packets/sns/prev-friend-response';
import type { StateChangePacket, StateChangeKickedDevice } from './packets/state/state-change';

export type {
  MessageElement,
  KnownMessageElement,
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
  AlertRequestOverLimitPacket,
  BotOnC2CMessagePacket,
  BotOnGroupMessagePacket,
  C2CAfterC2CMsgExtensionPacket,
  C2CAfterC2CMsgExtensionItem,
  C2CAfterModifyMsgPacket,
  C2CAfterMsgReportPacket,
  C2CAfterMsgWithDrawPacket,
  C2CAfterSendMsgPacket,
  C2CBeforeSendMsgPacket,
  ChatbotOnC2CSignalMessagePacket,
  ContentCallbackResultNotifyPacket,
  FollowAfterFollowAddPacket,
  FollowAfterFollowAddItem,
  FollowAfterFollowDeletePacket,
  GroupAfterChangeGroupOwnerPacket,
  GroupAfterCreateGroupPacket,
  GroupAfterCreateGroupMember,
  GroupAfterCreateGroupUserDefinedData,
  GroupAfterCreateTopicPacket,
  GroupAfterCreateTopicUserDefinedData,
  GroupAfterGroupAttrChangedPacket,
  GroupAfterGroupAttrChangedAttr,
  GroupAfterGroupDestroyedPacket,
  GroupAfterGroupDestroyedMember,
  GroupAfterGroupFullPacket,
  GroupAfterGroupInfoChangedPacket,
  GroupAfterGroupMsgExtensionPacket,
  GroupAfterGroupMsgExtensionEntry,
  GroupAfterMemberExitPacket,
  GroupAfterMemberExitMember,
  GroupAfterMemberFieldChangedPacket,
  GroupAfterModifyMsgPacket,
  GroupAfterNewMemberJoinPacket,
  GroupNewMember,
  GroupAfterReadReceiptPacket,
  GroupAfterReadReceiptMsg,
  GroupAfterReadReceiptMember,
  GroupAfterRecallMsgPacket,
  GroupAfterRecallMsgSeq,
  GroupAfterSendMsgPacket,
  GroupAfterSendMsgAtInfo,
  GroupAfterTopicDestroyedPacket,
  GroupAfterTopicInfoChangedPacket,
  GroupBeforeApplyJoinGroupPacket,
  GroupBeforeCreateGroupPacket,
  GroupBeforeCreateGroupMember,
  GroupBeforeCreateTopicPacket,
  GroupBeforeInviteJoinGroupPacket,
  GroupBeforeInviteJoinGroupMember,
  GroupBeforeSendMsgPacket,
  GroupOnDailyGroupQuotaAlarmPacket,
  GroupOnMemberStateChangePacket,
  GroupOnMemberStateChangeMember,
  GroupSendMsgExceptionPacket,
  OfficialAccountAfterAddSubscriberPacket,
  OfficialAccountAfterAddSubscriberItem,
  OfficialAccountAfterCreateOfficialAccountPacket,
  OfficialAccountAfterDeleteSubscriberPacket,
  OfficialAccountAfterDeleteSubscriberItem,
  OfficialAccountAfterMsgWithDrawPacket,
  OfficialAccountAfterMsgWithDrawItem,
  OfficialAccountAfterOfficialAccountDestroyedPacket,
  OfficialAccountAfterOfficialAccountFullPacket,
  OfficialAccountAfterOfficialAccountInfoChangedPacket,
  OfficialAccountAfterSendMsgPacket,
  OfficialAccountBeforeAddSubscriberPacket,
  OfficialAccountBeforeAddSubscriberItem,
  OfficialAccountBeforeCreateOfficialAccountPacket,
  OfficialAccountBeforeSendMsgPacket,
  ProfilePortraitSetPacket,
  ProfilePortraitSetItem,
  PushAllMemberPushPacket,
  PushAllMemberPushItem,
  PushOfflinePushPacket,
  PushOfflinePushItem,
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
  StateChangePacket,
  StateChangeKickedDevice,
};

/** The event of `Alert.RequestOverLimit`, sent when a REST API's call rate passes 80% of its limit. See https://www.tencentcloud.com/document/product/1047/60256 */
export type AlertRequestOverLimitEvent = CallbackEvent<'Alert.RequestOverLimit', AlertRequestOverLimitPacket>;

/** The event of `Bot.OnC2CMessage`, sent after a one-to-one message was sent to a chatbot. See https://www.tencentcloud.com/document/product/1047/68952 */
export type BotOnC2CMessageEvent = CallbackEvent<'Bot.OnC2CMessage', BotOnC2CMessagePacket>;

/** The event of `Bot.OnGroupMessage`, sent after a group message mentioned a chatbot. See https://www.tencentcloud.com/document/product/1047/68953 */
export type BotOnGroupMessageEvent = CallbackEvent<'Bot.OnGroupMessage', BotOnGroupMessagePacket>;

/** The event of `C2C.CallbackAfterC2CMsgExtension`, sent after the extensions of a one-to-one message were changed. See https://www.tencentcloud.com/document/product/1047/76006 */
export type C2CAfterC2CMsgExtensionEvent = CallbackEvent<
  'C2C.CallbackAfterC2CMsgExtension',
  C2CAfterC2CMsgExtensionPacket
>;

/** The event of `C2C.CallbackAfterModifyMsg`, sent after a one-to-one message was edited. See https://cloud.tencent.com/document/product/269/128224 */
export type C2CAfterModifyMsgEvent = CallbackEvent<'C2C.CallbackAfterModifyMsg', C2CAfterModifyMsgPacket>;

/** The event of `C2C.CallbackAfterMsgReport`, sent after a one-to-one conversation was marked as read. See https://www.tencentcloud.com/document/product/1047/43465 */
export type C2CAfterMsgReportEvent = CallbackEvent<'C2C.CallbackAfterMsgReport', C2CAfterMsgReportPacket>;

/** The event of `C2C.CallbackAfterMsgWithDraw`, sent after a one-to-one message was recalled. See https://www.tencentcloud.com/document/product/1047/43466 */
export type C2CAfterMsgWithDrawEvent = CallbackEvent<'C2C.CallbackAfterMsgWithDraw', C2CAfterMsgWithDrawPacket>;

/** The event of `C2C.CallbackAfterSendMsg`, sent after a one-to-one message was sent. See https://www.tencentcloud.com/document/product/1047/34365 */
export type C2CAfterSendMsgEvent = CallbackEvent<'C2C.CallbackAfterSendMsg', C2CAfterSendMsgPacket>;

/** The event of `C2C.CallbackBeforeSendMsg`, sent before a one-to-one message is delivered. See https://www.tencentcloud.com/document/product/1047/34364 */
export interface C2CBeforeSendMsgEvent
  extends CallbackEvent<'C2C.CallbackBeforeSendMsg', C2CBeforeSendMsgPacket>, MessageDecision {}

/** The event of `Chatbot.OnC2CSignalMessage`, sent when custom pass-through content reaches a chatbot. See https://www.tencentcloud.com/document/product/1047/59057 */
export interface ChatbotOnC2CSignalMessageEvent
  extends CallbackEvent<'Chatbot.OnC2CSignalMessage', ChatbotOnC2CSignalMessagePacket>, ChatbotDecision {}

/** The event of `ContentCallback.ResultNotify`, sent after cloud moderation judged a message or a profile. See https://www.tencentcloud.com/document/product/1047/78240 */
export type ContentCallbackResultNotifyEvent = CallbackEvent<
  'ContentCallback.ResultNotify',
  ContentCallbackResultNotifyPacket
>;

/** The event of `Follow.CallbackAfterFollowAdd`, sent after a user followed other users. See https://www.tencentcloud.com/document/product/1047/70355 */
export type FollowAfterFollowAddEvent = CallbackEvent<'Follow.CallbackAfterFollowAdd', FollowAfterFollowAddPacket>;

/** The event of `Follow.CallbackAfterFollowDelete`, sent after a user unfollowed other users. See https://www.tencentcloud.com/document/product/1047/70356 */
export type FollowAfterFollowDeleteEvent = CallbackEvent<
  'Follow.CallbackAfterFollowDelete',
  FollowAfterFollowDeletePacket
>;

/** The event of `Group.CallbackAfterChangeGroupOwner`, sent after a group's ownership was transferred. See https://www.tencentcloud.com/document/product/1047/60396 */
export type GroupAfterChangeGroupOwnerEvent = CallbackEvent<
  'Group.CallbackAfterChangeGroupOwner',
  GroupAfterChangeGroupOwnerPacket
>;

/** The event of `Group.CallbackAfterCreateGroup`, sent after a group was created. See https://www.tencentcloud.com/document/product/1047/34369 */
export type GroupAfterCreateGroupEvent = CallbackEvent<'Group.CallbackAfterCreateGroup', GroupAfterCreateGroupPacket>;

/** The event of `Group.CallbackAfterCreateTopic`, sent after a topic was created in a community. See https://www.tencentcloud.com/document/product/1047/49464 */
export type GroupAfterCreateTopicEvent = CallbackEvent<'Group.CallbackAfterCreateTopic', GroupAfterCreateTopicPacket>;

/** The event of `Group.CallbackAfterGroupAttrChanged`, sent after a group's custom attributes were changed. See https://www.tencentcloud.com/document/product/1047/60394 */
export type GroupAfterGroupAttrChangedEvent = CallbackEvent<
  'Group.CallbackAfterGroupAttrChanged',
  GroupAfterGroupAttrChangedPacket
>;

/** The event of `Group.CallbackAfterGroupDestroyed`, sent after a group was disbanded. See https://www.tencentcloud.com/document/product/1047/34377 */
export type GroupAfterGroupDestroyedEvent = CallbackEvent<
  'Group.CallbackAfterGroupDestroyed',
  GroupAfterGroupDestroyedPacket
>;

/** The event of `Group.CallbackAfterGroupFull`, sent when a group has reached its member limit. See https://www.tencentcloud.com/document/product/1047/34376 */
export type GroupAfterGroupFullEvent = CallbackEvent<'Group.CallbackAfterGroupFull', GroupAfterGroupFullPacket>;

/** The event of `Group.CallbackAfterGroupInfoChanged`, sent after a group's profile was changed. See https://www.tencentcloud.com/document/product/1047/34378 */
export type GroupAfterGroupInfoChangedEvent = CallbackEvent<
  'Group.CallbackAfterGroupInfoChanged',
  GroupAfterGroupInfoChangedPacket
>;

/** The event of `Group.CallbackAfterGroupMsgExtension`, sent after a group message's extensions were set, deleted or cleared. See https://www.tencentcloud.com/document/product/1047/76007 */
export type GroupAfterGroupMsgExtensionEvent = CallbackEvent<
  'Group.CallbackAfterGroupMsgExtension',
  GroupAfterGroupMsgExtensionPacket
>;

/** The event of `Group.CallbackAfterMemberExit`, sent after members left or were removed from a group. See https://www.tencentcloud.com/document/product/1047/34373 */
export type GroupAfterMemberExitEvent = CallbackEvent<'Group.CallbackAfterMemberExit', GroupAfterMemberExitPacket>;

/** The event of `Group.CallbackAfterMemberFieldChanged`, sent after a group member's role or name card was changed. See https://www.tencentcloud.com/document/product/1047/60393 */
export type GroupAfterMemberFieldChangedEvent = CallbackEvent<
  'Group.CallbackAfterMemberFieldChanged',
  GroupAfterMemberFieldChangedPacket
>;

/** The event of `Group.CallbackAfterModifyMsg`, sent after a group message was edited. See https://cloud.tencent.com/document/product/269/129193 */
export type GroupAfterModifyMsgEvent = CallbackEvent<'Group.CallbackAfterModifyMsg', GroupAfterModifyMsgPacket>;

/** The event of `Group.CallbackAfterNewMemberJoin`, sent after users joined a group. See https://www.tencentcloud.com/document/product/1047/34372 */
export type GroupAfterNewMemberJoinEvent = CallbackEvent<
  'Group.CallbackAfterNewMemberJoin',
  GroupAfterNewMemberJoinPacket
>;

/** The event of `Group.CallbackAfterReadReceipt`, sent after group members sent read receipts for group messages. See https://www.tencentcloud.com/document/product/1047/60395 */
export type GroupAfterReadReceiptEvent = CallbackEvent<'Group.CallbackAfterReadReceipt', GroupAfterReadReceiptPacket>;

/** The event of `Group.CallbackAfterRecallMsg`, sent after group messages were recalled. See https://www.tencentcloud.com/document/product/1047/46979 */
export type GroupAfterRecallMsgEvent = CallbackEvent<'Group.CallbackAfterRecallMsg', GroupAfterRecallMsgPacket>;

/** The event of `Group.CallbackAfterSendMsg`, sent after a group message was sent. See https://www.tencentcloud.com/document/product/1047/34375 */
export type GroupAfterSendMsgEvent = CallbackEvent<'Group.CallbackAfterSendMsg', GroupAfterSendMsgPacket>;

/** The event of `Group.CallbackAfterTopicDestroyed`, sent after topics of a community were deleted. See https://www.tencentcloud.com/document/product/1047/49465 */
export type GroupAfterTopicDestroyedEvent = CallbackEvent<
  'Group.CallbackAfterTopicDestroyed',
  GroupAfterTopicDestroyedPacket
>;

/** The event of `Group.CallbackAfterTopicInfoChanged`, sent after a topic's profile was changed. See https://www.tencentcloud.com/document/product/1047/49466 */
export type GroupAfterTopicInfoChangedEvent = CallbackEvent<
  'Group.CallbackAfterTopicInfoChanged',
  GroupAfterTopicInfoChangedPacket
>;

/** The event of `Group.CallbackBeforeApplyJoinGroup`, sent before a user's request to join a group is handled. See https://www.tencentcloud.com/document/product/1047/34370 */
export interface GroupBeforeApplyJoinGroupEvent
  extends CallbackEvent<'Group.CallbackBeforeApplyJoinGroup', GroupBeforeApplyJoinGroupPacket>, GateDecision {}

/** The event of `Group.CallbackBeforeCreateGroup`, sent before a group is created. See https://www.tencentcloud.com/document/product/1047/34368 */
export interface GroupBeforeCreateGroupEvent
  extends CallbackEvent<'Group.CallbackBeforeCreateGroup', GroupBeforeCreateGroupPacket>, GateDecision {}

/** The event of `Group.CallbackBeforeCreateTopic`, sent before a topic is created in a community. See https://www.tencentcloud.com/document/product/1047/49463 */
export interface GroupBeforeCreateTopicEvent
  extends CallbackEvent<'Group.CallbackBeforeCreateTopic', GroupBeforeCreateTopicPacket>, GateDecision {}

/** The event of `Group.CallbackBeforeInviteJoinGroup`, sent before invited users are added to a group. See https://www.tencentcloud.com/document/product/1047/34371 */
export interface GroupBeforeInviteJoinGroupEvent
  extends CallbackEvent<'Group.CallbackBeforeInviteJoinGroup', GroupBeforeInviteJoinGroupPacket>, MembersDecision {}

/** The event of `Group.CallbackBeforeSendMsg`, sent before a group message is delivered. See https://www.tencentcloud.com/document/product/1047/34374 */
export interface GroupBeforeSendMsgEvent
  extends CallbackEvent<'Group.CallbackBeforeSendMsg', GroupBeforeSendMsgPacket>, MessageDecision {}

/** The event of `Group.CallbackOnDailyGroupQuotaAlarm`, sent when the day's net group creations pass 70% of the app's daily limit. See https://www.tencentcloud.com/document/product/1047/57455 */
export type GroupOnDailyGroupQuotaAlarmEvent = CallbackEvent<
  'Group.CallbackOnDailyGroupQuotaAlarm',
  GroupOnDailyGroupQuotaAlarmPacket
>;

/** The event of `Group.CallbackOnMemberStateChange`, sent when members of an audio-video group go online or offline. See https://www.tencentcloud.com/document/product/1047/48734 */
export type GroupOnMemberStateChangeEvent = CallbackEvent<
  'Group.CallbackOnMemberStateChange',
  GroupOnMemberStateChangePacket
>;

/** The event of `Group.CallbackSendMsgException`, sent when a group message could not be delivered. See https://www.tencentcloud.com/document/product/1047/49462 */
export type GroupSendMsgExceptionEvent = CallbackEvent<'Group.CallbackSendMsgException', GroupSendMsgExceptionPacket>;

/** The event of `OfficialAccount.CallbackAfterAddSubscriber`, sent after users subscribed to an official account. See https://www.tencentcloud.com/document/product/1047/60800 */
export type OfficialAccountAfterAddSubscriberEvent = CallbackEvent<
  'OfficialAccount.CallbackAfterAddSubscriber',
  OfficialAccountAfterAddSubscriberPacket
>;

/** The event of `OfficialAccount.CallbackAfterCreateOfficialAccount`, sent after an official account was created. See https://www.tencentcloud.com/document/product/1047/60796 */
export type OfficialAccountAfterCreateOfficialAccountEvent = CallbackEvent<
  'OfficialAccount.CallbackAfterCreateOfficialAccount',
  OfficialAccountAfterCreateOfficialAccountPacket
>;

/** The event of `OfficialAccount.CallbackAfterDeleteSubscriber`, sent after subscribers left an official account. See https://www.tencentcloud.com/document/product/1047/60802 */
export type OfficialAccountAfterDeleteSubscriberEvent = CallbackEvent<
  'OfficialAccount.CallbackAfterDeleteSubscriber',
  OfficialAccountAfterDeleteSubscriberPacket
>;

/** The event of `OfficialAccount.CallbackAfterMsgWithDraw`, sent after an official account's messages were recalled. See https://www.tencentcloud.com/document/product/1047/60805 */
export type OfficialAccountAfterMsgWithDrawEvent = CallbackEvent<
  'OfficialAccount.CallbackAfterMsgWithDraw',
  OfficialAccountAfterMsgWithDrawPacket
>;

/** The event of `OfficialAccount.CallbackAfterOfficialAccountDestroyed`, sent after an official account was destroyed. See https://www.tencentcloud.com/document/product/1047/60798 */
export type OfficialAccountAfterOfficialAccountDestroyedEvent = CallbackEvent<
  'OfficialAccount.CallbackAfterOfficialAccountDestroyed',
  OfficialAccountAfterOfficialAccountDestroyedPacket
>;

/** The event of `OfficialAccount.CallbackAfterOfficialAccountFull`, sent when an official account has reached its subscriber limit. See https://www.tencentcloud.com/document/product/1047/60801 */
export type OfficialAccountAfterOfficialAccountFullEvent = CallbackEvent<
  'OfficialAccount.CallbackAfterOfficialAccountFull',
  OfficialAccountAfterOfficialAccountFullPacket
>;

/** The event of `OfficialAccount.CallbackAfterOfficialAccountInfoChanged`, sent after an official account's profile was changed. See https://www.tencentcloud.com/document/product/1047/60797 */
export type OfficialAccountAfterOfficialAccountInfoChangedEvent = CallbackEvent<
  'OfficialAccount.CallbackAfterOfficialAccountInfoChanged',
  OfficialAccountAfterOfficialAccountInfoChangedPacket
>;

/** The event of `OfficialAccount.CallbackAfterSendMsg`, sent after an official account's message was delivered to its subscribers. See https://www.tencentcloud.com/document/product/1047/60804 */
export type OfficialAccountAfterSendMsgEvent = CallbackEvent<
  'OfficialAccount.CallbackAfterSendMsg',
  OfficialAccountAfterSendMsgPacket
>;

/** The event of `OfficialAccount.CallbackBeforeAddSubscriber`, sent before users subscribe to an official account. See https://www.tencentcloud.com/document/product/1047/60799 */
export interface OfficialAccountBeforeAddSubscriberEvent
  extends
    CallbackEvent<'OfficialAccount.CallbackBeforeAddSubscriber', OfficialAccountBeforeAddSubscriberPacket>,
    MembersDecision {}

/** The event of `OfficialAccount.CallbackBeforeCreateOfficialAccount`, sent before an official account is created. See https://www.tencentcloud.com/document/product/1047/60795 */
export interface OfficialAccountBeforeCreateOfficialAccountEvent
  extends
    CallbackEvent<
      'OfficialAccount.CallbackBeforeCreateOfficialAccount',
      OfficialAccountBeforeCreateOfficialAccountPacket
    >,
    GateDecision {}

/** The event of `OfficialAccount.CallbackBeforeSendMsg`, sent before an official account's message is delivered to its subscribers. See https://www.tencentcloud.com/document/product/1047/60803 */
export interface OfficialAccountBeforeSendMsgEvent
  extends CallbackEvent<'OfficialAccount.CallbackBeforeSendMsg', OfficialAccountBeforeSendMsgPacket>, MessageDecision {}

/** The event of `Profile.CallbackPortraitSet`, sent after a user's profile was updated. See https://www.tencentcloud.com/document/product/1047/48733 */
export type ProfilePortraitSetEvent = CallbackEvent<'Profile.CallbackPortraitSet', ProfilePortraitSetPacket>;

/** The event of `Push.AllMemberPush`, sent after pushes to all users, to tags or to UserIDs were sent, delivered or clicked. See https://www.tencentcloud.com/document/product/1047/67551 */
export interface PushAllMemberPushEvent extends CallbackEvent<'Push.AllMemberPush', PushAllMemberPushPacket> {
  /** `body.Events`, as IM sent it. */
  readonly events: PushAllMemberPushPacket['Events'];
}

/** The event of `Push.OfflinePush`, sent after offline pushes of messages were sent, delivered or clicked. See https://www.tencentcloud.com/document/product/1047/67552 */
export interface PushOfflinePushEvent extends CallbackEvent<'Push.OfflinePush', PushOfflinePushPacket> {
  /** `body.Events`, as IM sent it. */
  readonly events: PushOfflinePushPacket['Events'];
}

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

/** The event of `State.StateChange`, sent when a user logs in, logs out, loses the connection or sets a custom status. See https://www.tencentcloud.com/document/product/1047/34357 */
export type StateChangeEvent = CallbackEvent<'State.StateChange', StateChangePacket>;

/** The events this package has schemas and types for, by command. */
export interface CallbackEventMap {
  'Alert.RequestOverLimit': AlertRequestOverLimitEvent;
  'Bot.OnC2CMessage': BotOnC2CMessageEvent;
  'Bot.OnGroupMessage': BotOnGroupMessageEvent;
  'C2C.CallbackAfterC2CMsgExtension': C2CAfterC2CMsgExtensionEvent;
  'C2C.CallbackAfterModifyMsg': C2CAfterModifyMsgEvent;
  'C2C.CallbackAfterMsgReport': C2CAfterMsgReportEvent;
  'C2C.CallbackAfterMsgWithDraw': C2CAfterMsgWithDrawEvent;
  'C2C.CallbackAfterSendMsg': C2CAfterSendMsgEvent;
  'C2C.CallbackBeforeSendMsg': C2CBeforeSendMsgEvent;
  'Chatbot.OnC2CSignalMessage': ChatbotOnC2CSignalMessageEvent;
  'ContentCallback.ResultNotify': ContentCallbackResultNotifyEvent;
  'Follow.CallbackAfterFollowAdd': FollowAfterFollowAddEvent;
  'Follow.CallbackAfterFollowDelete': FollowAfterFollowDeleteEvent;
  'Group.CallbackAfterChangeGroupOwner': GroupAfterChangeGroupOwnerEvent;
  'Group.CallbackAfterCreateGroup': GroupAfterCreateGroupEvent;
  'Group.CallbackAfterCreateTopic': GroupAfterCreateTopicEvent;
  'Group.CallbackAfterGroupAttrChanged': GroupAfterGroupAttrChangedEvent;
  'Group.CallbackAfterGroupDestroyed': GroupAfterGroupDestroyedEvent;
  'Group.CallbackAfterGroupFull': GroupAfterGroupFullEvent;
  'Group.CallbackAfterGroupInfoChanged': GroupAfterGroupInfoChangedEvent;
  'Group.CallbackAfterGroupMsgExtension': GroupAfterGroupMsgExtensionEvent;
  'Group.CallbackAfterMemberExit': GroupAfterMemberExitEvent;
  'Group.CallbackAfterMemberFieldChanged': GroupAfterMemberFieldChangedEvent;
  'Group.CallbackAfterModifyMsg': GroupAfterModifyMsgEvent;
  'Group.CallbackAfterNewMemberJoin': GroupAfterNewMemberJoinEvent;
  'Group.CallbackAfterReadReceipt': GroupAfterReadReceiptEvent;
  'Group.CallbackAfterRecallMsg': GroupAfterRecallMsgEvent;
  'Group.CallbackAfterSendMsg': GroupAfterSendMsgEvent;
  'Group.CallbackAfterTopicDestroyed': GroupAfterTopicDestroyedEvent;
  'Group.CallbackAfterTopicInfoChanged': GroupAfterTopicInfoChangedEvent;
  'Group.CallbackBeforeApplyJoinGroup': GroupBeforeApplyJoinGroupEvent;
  'Group.CallbackBeforeCreateGroup': GroupBeforeCreateGroupEvent;
  'Group.CallbackBeforeCreateTopic': GroupBeforeCreateTopicEvent;
  'Group.CallbackBeforeInviteJoinGroup': GroupBeforeInviteJoinGroupEvent;
  'Group.CallbackBeforeSendMsg': GroupBeforeSendMsgEvent;
  'Group.CallbackOnDailyGroupQuotaAlarm': GroupOnDailyGroupQuotaAlarmEvent;
  'Group.CallbackOnMemberStateChange': GroupOnMemberStateChangeEvent;
  'Group.CallbackSendMsgException': GroupSendMsgExceptionEvent;
  'OfficialAccount.CallbackAfterAddSubscriber': OfficialAccountAfterAddSubscriberEvent;
  'OfficialAccount.CallbackAfterCreateOfficialAccount': OfficialAccountAfterCreateOfficialAccountEvent;
  'OfficialAccount.CallbackAfterDeleteSubscriber': OfficialAccountAfterDeleteSubscriberEvent;
  'OfficialAccount.CallbackAfterMsgWithDraw': OfficialAccountAfterMsgWithDrawEvent;
  'OfficialAccount.CallbackAfterOfficialAccountDestroyed': OfficialAccountAfterOfficialAccountDestroyedEvent;
  'OfficialAccount.CallbackAfterOfficialAccountFull': OfficialAccountAfterOfficialAccountFullEvent;
  'OfficialAccount.CallbackAfterOfficialAccountInfoChanged': OfficialAccountAfterOfficialAccountInfoChangedEvent;
  'OfficialAccount.CallbackAfterSendMsg': OfficialAccountAfterSendMsgEvent;
  'OfficialAccount.CallbackBeforeAddSubscriber': OfficialAccountBeforeAddSubscriberEvent;
  'OfficialAccount.CallbackBeforeCreateOfficialAccount': OfficialAccountBeforeCreateOfficialAccountEvent;
  'OfficialAccount.CallbackBeforeSendMsg': OfficialAccountBeforeSendMsgEvent;
  'Profile.CallbackPortraitSet': ProfilePortraitSetEvent;
  'Push.AllMemberPush': PushAllMemberPushEvent;
  'Push.OfflinePush': PushOfflinePushEvent;
  'Sns.CallbackBlackListAdd': BlackListAddEvent;
  'Sns.CallbackBlackListDelete': BlackListDeleteEvent;
  'Sns.CallbackFriendAdd': FriendAddEvent;
  'Sns.CallbackFriendDelete': FriendDeleteEvent;
  'Sns.CallbackPrevFriendAdd': PrevFriendAddEvent;
  'Sns.CallbackPrevFriendResponse': PrevFriendResponseEvent;
  'State.StateChange': StateChangeEvent;
}
