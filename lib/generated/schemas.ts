/* Generated from schemas/ by `npm run generate`. Do not edit. */
import alertRequestOverLimit from '../../schemas/alert/request-over-limit.schema.json';
import botOnC2cMessage from '../../schemas/bot/on-c2c-message.schema.json';
import botOnGroupMessage from '../../schemas/bot/on-group-message.schema.json';
import c2cAfterC2cMsgExtension from '../../schemas/c2c/after-c2c-msg-extension.schema.json';
import c2cAfterModifyMsg from '../../schemas/c2c/after-modify-msg.schema.json';
import c2cAfterMsgReport from '../../schemas/c2c/after-msg-report.schema.json';
import c2cAfterMsgWithDraw from '../../schemas/c2c/after-msg-with-draw.schema.json';
import c2cAfterSendMsg from '../../schemas/c2c/after-send-msg.schema.json';
import c2cBeforeSendMsg from '../../schemas/c2c/before-send-msg.schema.json';
import chatbotOnC2cSignalMessage from '../../schemas/chatbot/on-c2c-signal-message.schema.json';
import contentCallbackResultNotify from '../../schemas/content-callback/result-notify.schema.json';
import followAfterFollowAdd from '../../schemas/follow/after-follow-add.schema.json';
import followAfterFollowDelete from '../../schemas/follow/after-follow-delete.schema.json';
import groupAfterChangeGroupOwner from '../../schemas/group/after-change-group-owner.schema.json';
import groupAfterCreateGroup from '../../schemas/group/after-create-group.schema.json';
import groupAfterCreateTopic from '../../schemas/group/after-create-topic.schema.json';
import groupAfterGroupAttrChanged from '../../schemas/group/after-group-attr-changed.schema.json';
import groupAfterGroupDestroyed from '../../schemas/group/after-group-destroyed.schema.json';
import groupAfterGroupFull from '../../schemas/group/after-group-full.schema.json';
import groupAfterGroupInfoChanged from '../../schemas/group/after-group-info-changed.schema.json';
import groupAfterGroupMsgExtension from '../../schemas/group/after-group-msg-extension.schema.json';
import groupAfterMemberExit from '../../schemas/group/after-member-exit.schema.json';
import groupAfterMemberFieldChanged from '../../schemas/group/after-member-field-changed.schema.json';
import groupAfterModifyMsg from '../../schemas/group/after-modify-msg.schema.json';
import groupAfterNewMemberJoin from '../../schemas/group/after-new-member-join.schema.json';
import groupAfterReadReceipt from '../../schemas/group/after-read-receipt.schema.json';
import groupAfterRecallMsg from '../../schemas/group/after-recall-msg.schema.json';
import groupAfterSendMsg from '../../schemas/group/after-send-msg.schema.json';
import groupAfterTopicDestroyed from '../../schemas/group/after-topic-destroyed.schema.json';
import groupAfterTopicInfoChanged from '../../schemas/group/after-topic-info-changed.schema.json';
import groupBeforeApplyJoinGroup from '../../schemas/group/before-apply-join-group.schema.json';
import groupBeforeCreateGroup from '../../schemas/group/before-create-group.schema.json';
import groupBeforeCreateTopic from '../../schemas/group/before-create-topic.schema.json';
import groupBeforeInviteJoinGroup from '../../schemas/group/before-invite-join-group.schema.json';
import groupBeforeSendMsg from '../../schemas/group/before-send-msg.schema.json';
import groupOnDailyGroupQuotaAlarm from '../../schemas/group/on-daily-group-quota-alarm.schema.json';
import groupOnMemberStateChange from '../../schemas/group/on-member-state-change.schema.json';
import groupSendMsgException from '../../schemas/group/send-msg-exception.schema.json';
import officialAccountAfterAddSubscriber from '../../schemas/official-account/after-add-subscriber.schema.json';
import officialAccountAfterCreateOfficialAccount from '../../schemas/official-account/after-create-official-account.schema.json';
import officialAccountAfterDeleteSubscriber from '../../schemas/official-account/after-delete-subscriber.schema.json';
import officialAccountAfterMsgWithDraw from '../../schemas/official-account/after-msg-with-draw.schema.json';
import officialAccountAfterOfficialAccountDestroyed from '../../schemas/official-account/after-official-account-destroyed.schema.json';
import officialAccountAfterOfficialAccountFull from '../../schemas/official-account/after-official-account-full.schema.json';
import officialAccountAfterOfficialAccountInfoChanged from '../../schemas/official-account/after-official-account-info-changed.schema.json';
import officialAccountAfterSendMsg from '../../schemas/official-account/after-send-msg.schema.json';
import officialAccountBeforeAddSubscriber from '../../schemas/official-account/before-add-subscriber.schema.json';
import officialAccountBeforeCreateOfficialAccount from '../../schemas/official-account/before-create-official-account.schema.json';
import officialAccountBeforeSendMsg from '../../schemas/official-account/before-send-msg.schema.json';
import profilePortraitSet from '../../schemas/profile/portrait-set.schema.json';
import pushAllMemberPush from '../../schemas/push/all-member-push.schema.json';
import pushOfflinePush from '../../schemas/push/offline-push.schema.json';
import snsBlacklistAdd from '../../schemas/sns/blacklist-add.schema.json';
import snsBlacklistDelete from '../../schemas/sns/blacklist-delete.schema.json';
import snsFriendAdd from '../../schemas/sns/friend-add.schema.json';
import snsFriendDelete from '../../schemas/sns/friend-delete.schema.json';
import snsPrevFriendAdd from '../../schemas/sns/prev-friend-add.schema.json';
import snsPrevFriendResponse from '../../schemas/sns/prev-friend-response.schema.json';
import stateStateChange from '../../schemas/state/state-change.schema.json';

/** The schema of each command. */
export const commandSchemas = {
  'Alert.RequestOverLimit': alertRequestOverLimit,
  'Bot.OnC2CMessage': botOnC2cMessage,
  'Bot.OnGroupMessage': botOnGroupMessage,
  'C2C.CallbackAfterC2CMsgExtension': c2cAfterC2cMsgExtension,
  'C2C.CallbackAfterModifyMsg': c2cAfterModifyMsg,
  'C2C.CallbackAfterMsgReport': c2cAfterMsgReport,
  'C2C.CallbackAfterMsgWithDraw': c2cAfterMsgWithDraw,
  'C2C.CallbackAfterSendMsg': c2cAfterSendMsg,
  'C2C.CallbackBeforeSendMsg': c2cBeforeSendMsg,
  'Chatbot.OnC2CSignalMessage': chatbotOnC2cSignalMessage,
  'ContentCallback.ResultNotify': contentCallbackResultNotify,
  'Follow.CallbackAfterFollowAdd': followAfterFollowAdd,
  'Follow.CallbackAfterFollowDelete': followAfterFollowDelete,
  'Group.CallbackAfterChangeGroupOwner': groupAfterChangeGroupOwner,
  'Group.CallbackAfterCreateGroup': groupAfterCreateGroup,
  'Group.CallbackAfterCreateTopic': groupAfterCreateTopic,
  'Group.CallbackAfterGroupAttrChanged': groupAfterGroupAttrChanged,
  'Group.CallbackAfterGroupDestroyed': groupAfterGroupDestroyed,
  'Group.CallbackAfterGroupFull': groupAfterGroupFull,
  'Group.CallbackAfterGroupInfoChanged': groupAfterGroupInfoChanged,
  'Group.CallbackAfterGroupMsgExtension': groupAfterGroupMsgExtension,
  'Group.CallbackAfterMemberExit': groupAfterMemberExit,
  'Group.CallbackAfterMemberFieldChanged': groupAfterMemberFieldChanged,
  'Group.CallbackAfterModifyMsg': groupAfterModifyMsg,
  'Group.CallbackAfterNewMemberJoin': groupAfterNewMemberJoin,
  'Group.CallbackAfterReadReceipt': groupAfterReadReceipt,
  'Group.CallbackAfterRecallMsg': groupAfterRecallMsg,
  'Group.CallbackAfterSendMsg': groupAfterSendMsg,
  'Group.CallbackAfterTopicDestroyed': groupAfterTopicDestroyed,
  'Group.CallbackAfterTopicInfoChanged': groupAfterTopicInfoChanged,
  'Group.CallbackBeforeApplyJoinGroup': groupBeforeApplyJoinGroup,
  'Group.CallbackBeforeCreateGroup': groupBeforeCreateGroup,
  'Group.CallbackBeforeCreateTopic': groupBeforeCreateTopic,
  'Group.CallbackBeforeInviteJoinGroup': groupBeforeInviteJoinGroup,
  'Group.CallbackBeforeSendMsg': groupBeforeSendMsg,
  'Group.CallbackOnDailyGroupQuotaAlarm': groupOnDailyGroupQuotaAlarm,
  'Group.CallbackOnMemberStateChange': groupOnMemberStateChange,
  'Group.CallbackSendMsgException': groupSendMsgException,
  'OfficialAccount.CallbackAfterAddSubscriber': officialAccountAfterAddSubscriber,
  'OfficialAccount.CallbackAfterCreateOfficialAccount': officialAccountAfterCreateOfficialAccount,
  'OfficialAccount.CallbackAfterDeleteSubscriber': officialAccountAfterDeleteSubscriber,
  'OfficialAccount.CallbackAfterMsgWithDraw': officialAccountAfterMsgWithDraw,
  'OfficialAccount.CallbackAfterOfficialAccountDestroyed': officialAccountAfterOfficialAccountDestroyed,
  'OfficialAccount.CallbackAfterOfficialAccountFull': officialAccountAfterOfficialAccountFull,
  'OfficialAccount.CallbackAfterOfficialAccountInfoChanged': officialAccountAfterOfficialAccountInfoChanged,
  'OfficialAccount.CallbackAfterSendMsg': officialAccountAfterSendMsg,
  'OfficialAccount.CallbackBeforeAddSubscriber': officialAccountBeforeAddSubscriber,
  'OfficialAccount.CallbackBeforeCreateOfficialAccount': officialAccountBeforeCreateOfficialAccount,
  'OfficialAccount.CallbackBeforeSendMsg': officialAccountBeforeSendMsg,
  'Profile.CallbackPortraitSet': profilePortraitSet,
  'Push.AllMemberPush': pushAllMemberPush,
  'Push.OfflinePush': pushOfflinePush,
  'Sns.CallbackBlackListAdd': snsBlacklistAdd,
  'Sns.CallbackBlackListDelete': snsBlacklistDelete,
  'Sns.CallbackFriendAdd': snsFriendAdd,
  'Sns.CallbackFriendDelete': snsFriendDelete,
  'Sns.CallbackPrevFriendAdd': snsPrevFriendAdd,
  'Sns.CallbackPrevFriendResponse': snsPrevFriendResponse,
  'State.StateChange': stateStateChange,
} as const;
