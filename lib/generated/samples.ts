/* Generated from schemas/ by `npm run generate`. Do not edit. */
import type { KnownCommand } from './commands';

/** What a command's samples are made from. */
export interface CommandSample {
  /** The documented sample body, the base of `samplePacket`. */
  readonly example: object;
  /** The most entries the sample's list may hold, when the schema limits it. */
  readonly sampleMax?: number;
}

/** The documented example of every command with a schema. */
export const commandSamples: { readonly [C in KnownCommand]: CommandSample } = {
  'Alert.RequestOverLimit': {
    example: {
      CallbackCommand: 'Alert.RequestOverLimit',
      ServiceName: 'openim',
      Command: 'batchsendmsg',
      Request: 510,
      Limit: 200,
    },
  },
  'Bot.OnC2CMessage': {
    example: {
      CallbackCommand: 'Bot.OnC2CMessage',
      From_Account: 'jared',
      To_Account: 'Jonh',
      MsgSeq: 48374,
      MsgRandom: 2837546,
      MsgTime: 1557481126,
      MsgKey: '48374_2837546_1557481126',
      OnlineOnlyFlag: 1,
      SendMsgResult: 0,
      ErrorInfo: 'send msg succeed',
      MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'red packet' } }],
      CloudCustomData: 'your cloud custom data',
      EventTime: 1670574414123,
    },
  },
  'Bot.OnGroupMessage': {
    example: {
      CallbackCommand: 'Bot.OnGroupMessage',
      GroupId: '@TGS#2J4SZEAEL',
      Type: 'Public',
      From_Account: 'jared',
      Operator_Account: 'admin',
      Random: 123456,
      MsgSeq: 123,
      MsgTime: 1490686222,
      OnlineOnlyFlag: 1,
      MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: '@@RBT#001 hello' } }],
      AtRobots_Account: ['@RBT#001'],
      CloudCustomData: 'your cloud custom data',
      EventTime: 1670574414123,
    },
  },
  'C2C.CallbackAfterC2CMsgExtension': {
    example: {
      CallbackCommand: 'C2C.CallbackAfterC2CMsgExtension',
      From_Account: 'user1',
      To_Account: 'user2',
      MsgKey: '93847636_1287657_1764688415',
      OperateType: 1,
      ExtensionList: [
        { Key: 'k1', Value: 'v1', Seq: 1 },
        { Key: 'k2', Value: 'v2', Seq: 1 },
        { Key: 'k3', Value: 'v3', Seq: 1 },
      ],
      Seq: 1,
      EventTime: 1764688540182,
    },
  },
  'C2C.CallbackAfterModifyMsg': {
    example: {
      CloudCustomData: '1769772027',
      MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: '2026-01-30T11:20:26.548Z' } }],
      CallbackCommand: 'C2C.CallbackAfterModifyMsg',
      Operator_Account: 'jared',
      From_Account: 'jared',
      To_Account: 'Jonh',
      MsgRandom: 690,
      MsgSeq: 609,
      MsgTime: 1769771529,
      MsgKey: '609_690_1769771529',
      EventTime: 1769772027036,
    },
  },
  'C2C.CallbackAfterMsgReport': {
    example: {
      CallbackCommand: 'C2C.CallbackAfterMsgReport',
      Report_Account: 'jared',
      Peer_Account: 'Jonh',
      LastReadTime: 1614754606,
      UnreadMsgNum: 7,
    },
  },
  'C2C.CallbackAfterMsgWithDraw': {
    example: {
      CallbackCommand: 'C2C.CallbackAfterMsgWithDraw',
      From_Account: 'jared',
      To_Account: 'Jonh',
      MsgKey: '48374_2837546_1557481126',
      UnreadMsgNum: 7,
    },
  },
  'C2C.CallbackAfterSendMsg': {
    example: {
      CallbackCommand: 'C2C.CallbackAfterSendMsg',
      From_Account: 'jared',
      To_Account: 'Jonh',
      MsgSeq: 48374,
      MsgRandom: 2837546,
      MsgTime: 1557481126,
      MsgKey: '48374_2837546_1557481126',
      OnlineOnlyFlag: 1,
      SendMsgResult: 0,
      ErrorInfo: 'send msg succeed',
      UnreadMsgNum: 7,
      MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'red packet' } }],
      CloudCustomData: 'your cloud custom data',
    },
  },
  'C2C.CallbackBeforeSendMsg': {
    example: {
      CallbackCommand: 'C2C.CallbackBeforeSendMsg',
      From_Account: 'jared',
      To_Account: 'Jonh',
      MsgSeq: 48374,
      MsgRandom: 2837546,
      MsgTime: 1557481126,
      MsgKey: '48374_2837546_1557481126',
      OnlineOnlyFlag: 1,
      MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'red packet' } }],
      CloudCustomData: 'your cloud custom data',
    },
  },
  'Chatbot.OnC2CSignalMessage': {
    example: {
      CallbackCommand: 'Chatbot.OnC2CSignalMessage',
      From_Account: 'jared',
      To_Account: '@RBT#001',
      MsgSeq: 48374,
      MsgRandom: 2837546,
      MsgKey: '48374_2837546_1557481126',
      EventTime: 1670574414123,
      Data: '{"action":"ping"}',
    },
  },
  'ContentCallback.ResultNotify': {
    example: {
      Scene: 'C2C',
      SdkAppId: 1400187352,
      From_Account: 'jared',
      ContactItem: { ContactType: 1, To_Account: 'Jonh' },
      ContentType: 'Text',
      TextContent: ['aaabbbccc', '1234567'],
      MsgID: '1434460578_4137340972_1661154487',
      CtxcbResult: 1,
      CtxcbRequestId: '241ed925-4c56-4357-95dd-1e6e7798f214',
      CtxcbKeywords: ['aaabbbccc', '1234567'],
      CtxcbSuggestion: 'Review',
      CtxcbLabel: 'Sexy',
      CtxcbSubLabel: 'InsinuationPorn',
      CtxcbSubLabelDesc: 'XXXX',
      CtxcbLibName: 'test',
      CloudCustomData: 'aaabbbccc',
    },
  },
  'Follow.CallbackAfterFollowAdd': {
    example: {
      CallbackCommand: 'Follow.CallbackAfterFollowAdd',
      From_Account: 'UserID_001',
      FollowList: [{ To_Account: 'UserID_002' }, { To_Account: 'UserID_003' }],
      EventTime: 1702018343678,
    },
  },
  'Follow.CallbackAfterFollowDelete': {
    example: {
      CallbackCommand: 'Follow.CallbackAfterFollowDelete',
      From_Account: 'UserID_001',
      To_Account: ['UserID_002', 'UserID_003'],
      EventTime: 1702018343678,
    },
  },
  'Group.CallbackAfterChangeGroupOwner': {
    example: {
      CallbackCommand: 'Group.CallbackAfterChangeGroupOwner',
      GroupId: '@TGS#2TTV7VSII',
      Type: 'Public',
      Operator_Account: 'admin',
      OldOwner_Account: 'user1',
      NewOwner_Account: 'user2',
      EventTime: '1670574414123',
    },
  },
  'Group.CallbackAfterCreateGroup': {
    example: {
      CallbackCommand: 'Group.CallbackAfterCreateGroup',
      GroupId: '@TGS#2J4SZEAEL',
      Operator_Account: 'group_root',
      Owner_Account: 'leckie',
      Type: 'Public',
      Name: 'MyFirstGroup',
      MemberList: [{ Member_Account: 'bob' }, { Member_Account: 'peter' }],
      UserDefinedDataList: [
        { Key: 'UserDefined1', Value: 'hello' },
        { Key: 'UserDefined2', Value: 'world' },
      ],
      EventTime: '1670574414123',
    },
  },
  'Group.CallbackAfterCreateTopic': {
    example: {
      CallbackCommand: 'Group.CallbackAfterCreateTopic',
      GroupId: '@TGS#2J4SZEAEL',
      TopicId: '@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_@TOPIC#cRTE3HIM62C5',
      Operator_Account: 'group_root',
      Owner_Account: 'leckie',
      Type: 'Community',
      Name: 'MyFirstTopic',
      UserDefinedDataList: [
        { Key: 'UserDefined1', Value: 'hello' },
        { Key: 'UserDefined2', Value: 'world' },
      ],
    },
  },
  'Group.CallbackAfterGroupAttrChanged': {
    example: {
      CallbackCommand: 'Group.CallbackAfterGroupAttrChanged',
      GroupId: '@TGS#2J4SZEAEL',
      Type: 'Public',
      Operator_Account: 'leckie',
      OptionType: 'set',
      GroupAttr: [
        { key: 'key1', value: 'value1' },
        { key: 'key2', value: 'values' },
      ],
      EventTime: '1670574414123',
    },
  },
  'Group.CallbackAfterGroupDestroyed': {
    example: {
      CallbackCommand: 'Group.CallbackAfterGroupDestroyed',
      GroupId: '@TGS#2J4SZEAEL',
      Type: 'Public',
      Owner_Account: 'leckie',
      Name: 'MyFirstGroup',
      MemberList: [{ Member_Account: 'leckie' }, { Member_Account: 'peter' }, { Member_Account: 'bob' }],
      EventTime: '1670574414123',
    },
  },
  'Group.CallbackAfterGroupFull': {
    example: { CallbackCommand: 'Group.CallbackAfterGroupFull', GroupId: '@TGS#2J4SZEAEL', EventTime: '1670574414123' },
  },
  'Group.CallbackAfterGroupInfoChanged': {
    example: {
      CallbackCommand: 'Group.CallbackAfterGroupInfoChanged',
      GroupId: '@TGS#2J4SZEAEL',
      Type: 'Public',
      Operator_Account: 'leckie',
      Notification: 'NewNotification',
      EventTime: '1670574414123',
    },
  },
  'Group.CallbackAfterGroupMsgExtension': {
    example: {
      CallbackCommand: 'Group.CallbackAfterGroupMsgExtension',
      GroupId: 'test',
      MsgSeq: 10,
      OperateType: 1,
      ExtensionList: [
        { Key: 'key2', Value: 'value2', Seq: 56 },
        { Key: 'key3', Value: '12122', Seq: 56 },
      ],
      Seq: 56,
      EventTime: 1764688294360,
    },
  },
  'Group.CallbackAfterMemberExit': {
    example: {
      CallbackCommand: 'Group.CallbackAfterMemberExit',
      GroupId: '@TGS#2J4SZEAEL',
      Type: 'Public',
      ExitType: 'Kicked',
      Operator_Account: 'leckie',
      ExitMemberList: [{ Member_Account: 'jared' }, { Member_Account: 'tommy' }],
      EventTime: '1670574414123',
    },
  },
  'Group.CallbackAfterMemberFieldChanged': {
    example: {
      CallbackCommand: 'Group.CallbackAfterMemberFieldChanged',
      GroupId: '@TGS#xxxx',
      Type: 'Community',
      Operator_Account: 'admin',
      Member_Account: '123456',
      Role: 'Admin',
      NameCard: 'jacky',
      EventTime: '1670574414123',
    },
  },
  'Group.CallbackAfterModifyMsg': {
    example: {
      MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: '2026-03-06T02:09:35.302Z' } }],
      CallbackCommand: 'Group.CallbackAfterModifyMsg',
      Operator_Account: 'oper-user',
      GroupId: 'group-test-2',
      TopicId: '',
      MsgSeq: 53,
      EventTime: 1772762975589,
    },
  },
  'Group.CallbackAfterNewMemberJoin': {
    example: {
      CallbackCommand: 'Group.CallbackAfterNewMemberJoin',
      GroupId: '@TGS#2J4SZEAEL',
      Type: 'Public',
      JoinType: 'Apply',
      Operator_Account: 'leckie',
      NewMemberList: [{ Member_Account: 'jared' }, { Member_Account: 'tommy' }],
      EventTime: '1670574414123',
    },
  },
  'Group.CallbackAfterReadReceipt': {
    example: {
      CallbackCommand: 'Group.CallbackAfterReadReceipt',
      GroupId: '@TGS#2TTV7VSII',
      Type: 'Public',
      GroupMsgReceiptList: [
        { MsgSeq: 1, ReadNum: 1, UnreadNum: 6, ReadReceiptMembers: [{ Member_Account: 'user0' }] },
        { MsgSeq: 2, ReadNum: 1, UnreadNum: 6, ReadReceiptMembers: [{ Member_Account: 'user0' }] },
      ],
      EventTime: '1670574414123',
    },
  },
  'Group.CallbackAfterRecallMsg': {
    example: {
      CallbackCommand: 'Group.CallbackAfterRecallMsg',
      Operator_Account: 'admin',
      Type: 'Community',
      GroupId: '1213456',
      MsgSeqList: [{ MsgSeq: 130, MsgId: '144115213033478435-1739361321-2512805311' }],
      TopicId: '@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_TestTopic',
      EventTime: '1670574414123',
    },
  },
  'Group.CallbackAfterSendMsg': {
    example: {
      CallbackCommand: 'Group.CallbackAfterSendMsg',
      GroupId: '@TGS#2J4SZEAEL',
      Type: 'Public',
      From_Account: 'jared',
      Operator_Account: 'admin',
      Random: 123456,
      MsgSeq: 123,
      MsgTime: 1490686222,
      OnlineOnlyFlag: 1,
      MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'red packet' } }],
      CloudCustomData: 'your cloud custom data',
      EventTime: '1670574414123',
    },
  },
  'Group.CallbackAfterTopicDestroyed': {
    example: {
      CallbackCommand: 'Group.CallbackAfterTopicDestroyed',
      GroupId: '@TGS#_@TGS#cQVLVHIM62CJ',
      Type: 'Community',
      TopicIdList: ['@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_TestTopic', '@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_TestTopic_1'],
    },
  },
  'Group.CallbackAfterTopicInfoChanged': {
    example: {
      CallbackCommand: 'Group.CallbackAfterTopicInfoChanged',
      GroupId: '@TGS#2J4SZEAEL',
      Type: 'Community',
      Operator_Account: 'leckie',
      Name: 'TestTopic',
      Introduction: 'TestIntroduction',
      Notification: 'NewNotification',
      FaceUrl: 'http://this.is.face.url',
    },
  },
  'Group.CallbackBeforeApplyJoinGroup': {
    example: {
      CallbackCommand: 'Group.CallbackBeforeApplyJoinGroup',
      GroupId: '@TGS#2J4SZEAEL',
      Type: 'Public',
      Requestor_Account: 'jared',
      EventTime: '1670574414123',
    },
  },
  'Group.CallbackBeforeCreateGroup': {
    example: {
      CallbackCommand: 'Group.CallbackBeforeCreateGroup',
      Operator_Account: 'leckie',
      Owner_Account: 'leckie',
      Type: 'Public',
      Name: 'MyFirstGroup',
      CreateGroupNum: 123,
      MemberList: [{ Member_Account: 'bob' }, { Member_Account: 'peter' }],
      EventTime: '1670574414123',
    },
  },
  'Group.CallbackBeforeCreateTopic': {
    example: {
      CallbackCommand: 'Group.CallbackBeforeCreateTopic',
      Operator_Account: 'leckie',
      Type: 'Community',
      Name: 'MyFirstTopic',
    },
  },
  'Group.CallbackBeforeInviteJoinGroup': {
    example: {
      CallbackCommand: 'Group.CallbackBeforeInviteJoinGroup',
      GroupId: '@TGS#2J4SZEAEL',
      Type: 'Public',
      Operator_Account: 'leckie',
      DestinationMembers: [{ Member_Account: 'jared' }, { Member_Account: 'leckie' }],
      EventTime: '1670574414123',
    },
  },
  'Group.CallbackBeforeSendMsg': {
    example: {
      CallbackCommand: 'Group.CallbackBeforeSendMsg',
      GroupId: '@TGS#2J4SZEAEL',
      Type: 'Community',
      From_Account: 'jared',
      Operator_Account: 'admin',
      Random: 123456,
      OnlineOnlyFlag: 1,
      MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'red packet' } }],
      CloudCustomData: 'your cloud custom data',
      TopicId: '@TGS#_@TGS#cQVLVHIM62CJ@TOPIC#_TestTopic',
      EventTime: '1670574414123',
    },
  },
  'Group.CallbackOnDailyGroupQuotaAlarm': {
    example: {
      CallbackCommand: 'Group.CallbackOnDailyGroupQuotaAlarm',
      QuotaUsed: 7321,
      Quota: 10000,
      EventTime: '1670574414123',
    },
  },
  'Group.CallbackOnMemberStateChange': {
    example: {
      CallbackCommand: 'Group.CallbackOnMemberStateChange',
      GroupId: '@TGS#2J4SZEAEL',
      EventType: 'Offline',
      MemberList: [{ Member_Account: 'jared' }, { Member_Account: 'tommy' }],
    },
  },
  'Group.CallbackSendMsgException': {
    example: {
      CallbackCommand: 'Group.CallbackSendMsgException',
      GroupId: '@TGS#2J4SZEAEL',
      Type: 'Public',
      From_Account: 'jared',
      Operator_Account: 'admin',
      Random: 123456,
      OnlineOnlyFlag: 1,
      MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'red packet' } }],
      CloudCustomData: 'your cloud custom data',
      ErrorCode: 10023,
      ErrorInfo: 'msg count exceeds limit,please retry later',
      EventTime: '1670574414123',
    },
  },
  'OfficialAccount.CallbackAfterAddSubscriber': {
    example: {
      CallbackCommand: 'OfficialAccount.CallbackAfterAddSubscriber',
      Official_Account: '@TOA#_test_for_penn',
      Operator_Account: '107867',
      SubscribeAccountList: [{ Subscriber_Account: 'jared' }, { Subscriber_Account: 'leckie' }],
      EventTime: 1670574414123,
    },
  },
  'OfficialAccount.CallbackAfterCreateOfficialAccount': {
    example: {
      CallbackCommand: 'OfficialAccount.CallbackAfterCreateOfficialAccount',
      Official_Account: '@TOA#_test_OA_for_penn',
      Operator_Account: '107867',
      Owner_Account: '107867',
      Name: 'TestOfficialAccount',
      EventTime: 1670574414123,
    },
  },
  'OfficialAccount.CallbackAfterDeleteSubscriber': {
    example: {
      CallbackCommand: 'OfficialAccount.CallbackAfterDeleteSubscriber',
      Official_Account: '@TOA#_test_OA_for_penn',
      Operator_Account: 'leckie',
      SubscribeAccountList: [{ Subscriber_Account: 'jared' }, { Subscriber_Account: 'leckie' }],
      EventTime: 1670574414123,
    },
  },
  'OfficialAccount.CallbackAfterMsgWithDraw': {
    example: {
      CallbackCommand: 'OfficialAccount.CallbackAfterMsgWithDraw',
      Official_Account: '#TOA#_123',
      WithdrawMsgList: [{ MsgKey: '71_1_1698741698' }],
      EventTime: 1670574414123,
    },
  },
  'OfficialAccount.CallbackAfterOfficialAccountDestroyed': {
    example: {
      CallbackCommand: 'OfficialAccount.CallbackAfterOfficialAccountDestroyed',
      Official_Account: '@TOA#_test_OA_for_penn',
      Owner_Account: '107867',
      Name: 'TestOfficialAccount',
      EventTime: 1670574414123,
    },
  },
  'OfficialAccount.CallbackAfterOfficialAccountFull': {
    example: {
      CallbackCommand: 'OfficialAccount.CallbackAfterOfficialAccountFull',
      Official_Account: '@TOA#_test_OA_for_penn',
      EventTime: 1670574414123,
    },
  },
  'OfficialAccount.CallbackAfterOfficialAccountInfoChanged': {
    example: {
      CallbackCommand: 'OfficialAccount.CallbackAfterOfficialAccountInfoChanged',
      Official_Account: '@TOA#_test_OA_for_penn',
      Operator_Account: 'leckie',
      Introduction: 'NewNotification',
      Name: 'NewName',
      FaceUrl: 'http://this.is.newface.url',
      Organization: 'NewOrganization',
      EventTime: 1670574414123,
    },
  },
  'OfficialAccount.CallbackAfterSendMsg': {
    example: {
      CallbackCommand: 'OfficialAccount.CallbackAfterSendMsg',
      Official_Account: '@TOA#_2J4SZEAEL',
      MsgKey: '71_1_1698741698',
      MsgTime: 1490686222,
      OnlineOnlyFlag: 1,
      MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'red packet' } }],
      CloudCustomData: 'your cloud custom data',
      EventTime: 1670574414123,
    },
  },
  'OfficialAccount.CallbackBeforeAddSubscriber': {
    example: {
      CallbackCommand: 'OfficialAccount.CallbackBeforeAddSubscriber',
      Official_Account: '@TOA#_test_for_penn',
      Operator_Account: '107867',
      SubscribeAccountList: [{ Subscriber_Account: 'jared' }, { Subscriber_Account: 'leckie' }],
      EventTime: 1670574414123,
    },
  },
  'OfficialAccount.CallbackBeforeCreateOfficialAccount': {
    example: {
      CallbackCommand: 'OfficialAccount.CallbackBeforeCreateOfficialAccount',
      Operator_Account: '107867',
      Owner_Account: '107867',
      Name: 'TestOfficialAccount',
      EventTime: 1670574414123,
    },
  },
  'OfficialAccount.CallbackBeforeSendMsg': {
    example: {
      CallbackCommand: 'OfficialAccount.CallbackBeforeSendMsg',
      Official_Account: '@TOA#_2J4SZEAEL',
      OnlineOnlyFlag: 1,
      MsgBody: [{ MsgType: 'TIMTextElem', MsgContent: { Text: 'red packet' } }],
      CloudCustomData: 'your cloud custom data',
      EventTime: 1670574414123,
    },
  },
  'Profile.CallbackPortraitSet': {
    example: {
      CallbackCommand: 'Profile.CallbackPortraitSet',
      Operator_Account: 'id1',
      From_Account: 'id1',
      EventTime: 1656921052497,
      ProfileItem: [
        { Tag: 'Tag_Profile_IM_Nick', Value: 'nick1' },
        { Tag: 'Tag_Profile_IM_Gender', Value: 'Gender_Type_Male' },
        { Tag: 'Tag_Profile_IM_AllowType', Value: 'AllowType_Type_NeedConfirm' },
        { Tag: 'Tag_Profile_Custom_Data', Value: 'your custom data' },
      ],
    },
  },
  'Push.AllMemberPush': {
    example: {
      Events: [
        {
          CallbackCommand: 'Push.AllMemberPush',
          EventType: 1,
          TaskId: '657bf434_537529d8_2000005e80aa873_2780d131_bc614e',
          TaskTime: 1557481127,
          EventTime: 1557481128,
          To_Account: 'user2',
          PushPlatform: 1,
          PushStage: 1,
          ErrCode: 0,
          ErrInfo: 'OK',
        },
        {
          CallbackCommand: 'Push.AllMemberPush',
          EventType: 2,
          TaskId: '657bf434_537529d8_2000005e80aa873_2780d131_9',
          TaskTime: 1557481127,
          EventTime: 1557481129,
          To_Account: 'user3',
          PushPlatform: 0,
          PushStage: 1,
          ErrCode: 0,
          ErrInfo: 'OK',
        },
      ],
    },
    sampleMax: 100,
  },
  'Push.OfflinePush': {
    example: {
      Events: [
        {
          CallbackCommand: 'Push.OfflinePush',
          EventType: 1,
          EventTime: 1557481127,
          From_Account: 'user1',
          To_Account: 'user2',
          PushPlatform: 1,
          PushStage: 1,
          MsgKey: '48374_2837546_1557481126',
          MsgSeq: 48374,
          MsgRandom: 2837546,
          MsgTime: 1557481126,
          PushID: '67120c46_6a4086c0_9bf5fb50_200002d1089b322_2000005d8d46421',
          ErrCode: 0,
          ErrInfo: 'OK',
        },
        {
          CallbackCommand: 'Push.OfflinePush',
          EventType: 2,
          EventTime: 1557481127,
          From_Account: 'user2',
          To_Account: 'user3',
          PushPlatform: 1,
          PushStage: 1,
          GroupID: '@TGS#12DEVUDHQ',
          MsgSeq: 48375,
          MsgRandom: 2837546,
          MsgTime: 1557481126,
          PushID: '6710c631_85_392fcbcff_200000b2f2c6820_200002c869bfb81',
          ErrCode: 0,
          ErrInfo: 'OK',
        },
      ],
    },
    sampleMax: 100,
  },
  'Sns.CallbackBlackListAdd': {
    example: {
      CallbackCommand: 'Sns.CallbackBlackListAdd',
      PairList: [
        { From_Account: 'id', To_Account: 'id1' },
        { From_Account: 'id', To_Account: 'id2' },
        { From_Account: 'id', To_Account: 'id3' },
      ],
    },
  },
  'Sns.CallbackBlackListDelete': {
    example: {
      CallbackCommand: 'Sns.CallbackBlackListDelete',
      PairList: [
        { From_Account: 'id', To_Account: 'id1' },
        { From_Account: 'id', To_Account: 'id2' },
        { From_Account: 'id', To_Account: 'id3' },
      ],
    },
  },
  'Sns.CallbackFriendAdd': {
    example: {
      CallbackCommand: 'Sns.CallbackFriendAdd',
      PairList: [
        { From_Account: 'id', To_Account: 'id1', Initiator_Account: 'id' },
        { From_Account: 'id', To_Account: 'id2', Initiator_Account: 'id' },
        { From_Account: 'id', To_Account: 'id3', Initiator_Account: 'id' },
      ],
      ClientCmd: 'friend_add',
      Admin_Account: 'admin',
      ForceFlag: 1,
    },
  },
  'Sns.CallbackFriendDelete': {
    example: {
      CallbackCommand: 'Sns.CallbackFriendDelete',
      PairList: [
        { From_Account: 'id', To_Account: 'id1' },
        { From_Account: 'id', To_Account: 'id2' },
        { From_Account: 'id', To_Account: 'id3' },
      ],
    },
  },
  'Sns.CallbackPrevFriendAdd': {
    example: {
      CallbackCommand: 'Sns.CallbackPrevFriendAdd',
      Requester_Account: 'id',
      From_Account: 'id',
      FriendItem: [
        {
          To_Account: 'id1',
          Remark: 'remark1',
          GroupName: 'Classmates',
          AddSource: 'AddSource_Type_XXXXXXXX',
          AddWording: "I'm Test1",
        },
        {
          To_Account: 'id2',
          Remark: 'remark2',
          GroupName: 'Colleagues',
          AddSource: 'AddSource_Type_XXXXXXXX',
          AddWording: "I'm Test2",
        },
      ],
      AddType: 'Add_Type_Both',
      ForceAddFlags: 1,
      EventTime: 1631777645424,
    },
  },
  'Sns.CallbackPrevFriendResponse': {
    example: {
      CallbackCommand: 'Sns.CallbackPrevFriendResponse',
      Requester_Account: 'id',
      From_Account: 'id',
      ResponseFriendItem: [
        { To_Account: 'id1', Remark: 'remark1', TagName: 'group1', ResponseAction: 'Response_Action_AgreeAndAdd' },
        { To_Account: 'id2', Remark: 'remark2', TagName: 'group2', ResponseAction: 'Response_Action_Reject' },
      ],
      EventTime: 1631777645424,
    },
  },
  'State.StateChange': {
    example: {
      CallbackCommand: 'State.StateChange',
      EventTime: 1629883332497,
      Info: { Action: 'Login', To_Account: 'testuser316', Reason: 'Register' },
      KickedDevice: [{ Platform: 'Windows' }, { Platform: 'Android' }],
    },
  },
};
