/* Generated from schemas/ by `npm run generate`. Do not edit. */
import type { CommandSpec } from '../commands/command-spec';
import c2cBeforeSendMsg from '../../schemas/c2c/before-send-msg.schema.json';
import groupAfterNewMemberJoin from '../../schemas/group/after-new-member-join.schema.json';
import snsBlacklistAdd from '../../schemas/sns/blacklist-add.schema.json';
import snsBlacklistDelete from '../../schemas/sns/blacklist-delete.schema.json';
import snsFriendAdd from '../../schemas/sns/friend-add.schema.json';
import snsFriendDelete from '../../schemas/sns/friend-delete.schema.json';
import snsPrevFriendAdd from '../../schemas/sns/prev-friend-add.schema.json';
import snsPrevFriendResponse from '../../schemas/sns/prev-friend-response.schema.json';

/** Every command with a schema, by name: its x-im metadata and its documented example. */
export const commandSpecs = {
  'C2C.CallbackBeforeSendMsg': {
    schemaId: 'urn:tencent-im-callback:schema:c2c:before-send-msg',
    family: 'C2C',
    timing: 'before',
    summary: 'before a one-to-one message is delivered',
    doc: 'https://www.tencentcloud.com/document/product/1047/34364',
    key: ['MsgKey'],
    decision: { kind: 'message', refusalCodes: [120001, 130000] },
    sample: { to: 'To_Account', from: ['From_Account'] },
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
  'Group.CallbackAfterNewMemberJoin': {
    schemaId: 'urn:tencent-im-callback:schema:group:after-new-member-join',
    family: 'Group',
    timing: 'after',
    summary: 'after users joined a group',
    doc: 'https://www.tencentcloud.com/document/product/1047/34372',
    sample: { list: 'NewMemberList', to: 'Member_Account', from: ['Operator_Account'] },
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
  'Sns.CallbackBlackListAdd': {
    schemaId: 'urn:tencent-im-callback:schema:blacklist-add',
    family: 'Sns',
    timing: 'after',
    summary: 'after users were added to a blocklist',
    doc: 'https://www.tencentcloud.com/document/product/1047/34361',
    adds: { pairs: 'PairList' },
    sample: { list: 'PairList', to: 'To_Account', from: ['From_Account'] },
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
    schemaId: 'urn:tencent-im-callback:schema:blacklist-delete',
    family: 'Sns',
    timing: 'after',
    summary: 'after users were removed from a blocklist',
    doc: 'https://www.tencentcloud.com/document/product/1047/34362',
    adds: { pairs: 'PairList' },
    sample: { list: 'PairList', to: 'To_Account', from: ['From_Account'] },
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
    schemaId: 'urn:tencent-im-callback:schema:friend-add',
    family: 'Sns',
    timing: 'after',
    summary: 'after friends were added',
    doc: 'https://www.tencentcloud.com/document/product/1047/34359',
    adds: { pairs: 'PairList' },
    sample: { list: 'PairList', to: 'To_Account', from: ['From_Account', 'Initiator_Account'] },
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
    schemaId: 'urn:tencent-im-callback:schema:friend-delete',
    family: 'Sns',
    timing: 'after',
    summary: 'after friends were deleted (also when blocking removes a friend)',
    doc: 'https://www.tencentcloud.com/document/product/1047/34360',
    adds: { pairs: 'PairList' },
    sample: { list: 'PairList', to: 'To_Account', from: ['From_Account'] },
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
    schemaId: 'urn:tencent-im-callback:schema:prev-friend-add',
    family: 'Sns',
    timing: 'before',
    summary: "before a client's friend request is processed",
    doc: 'https://www.tencentcloud.com/document/product/1047/43468',
    decision: {
      kind: 'friend-request',
      targets: { list: 'FriendItem', account: 'To_Account' },
      refusalCodes: [38000, 39000],
    },
    sample: { list: 'FriendItem', to: 'To_Account', from: ['Requester_Account', 'From_Account'] },
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
    schemaId: 'urn:tencent-im-callback:schema:prev-friend-response',
    family: 'Sns',
    timing: 'before',
    summary: "before a client's answer to friend requests is processed",
    doc: 'https://www.tencentcloud.com/document/product/1047/43467',
    decision: {
      kind: 'friend-request',
      targets: { list: 'ResponseFriendItem', account: 'To_Account' },
      refusalCodes: [38000, 39000],
    },
    sample: { list: 'ResponseFriendItem', to: 'To_Account', from: ['Requester_Account', 'From_Account'] },
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
} as const satisfies Readonly<Record<string, CommandSpec>>;

/** The schema of each command, for the validators. */
export const commandSchemas = {
  'C2C.CallbackBeforeSendMsg': c2cBeforeSendMsg,
  'Group.CallbackAfterNewMemberJoin': groupAfterNewMemberJoin,
  'Sns.CallbackBlackListAdd': snsBlacklistAdd,
  'Sns.CallbackBlackListDelete': snsBlacklistDelete,
  'Sns.CallbackFriendAdd': snsFriendAdd,
  'Sns.CallbackFriendDelete': snsFriendDelete,
  'Sns.CallbackPrevFriendAdd': snsPrevFriendAdd,
  'Sns.CallbackPrevFriendResponse': snsPrevFriendResponse,
} as const;

/** A command this package has a schema and types for. */
export type KnownCommand = keyof typeof commandSpecs;
