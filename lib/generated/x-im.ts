/* Generated from schemas/x-im.vocabulary.json by `npm run generate`. Do not edit. */

/**
 * The lowest and highest custom code that refuses, as IM documents them for the command's family.
 *
 * @minItems 2
 * @maxItems 2
 */
export type CodeRangeSpec = [number, number];

/**
 * The value of the x-im keyword in a command's schema: what tencent-im-callback needs to know about the command beside the shape of its body. ajv checks it against this schema whenever a command schema is compiled, in strict mode; npm run generate derives the command registry, the event types, the samples and the README's command table from it.
 */
export interface XIm {
  /**
   * The CallbackCommand, as IM sends it in the query.
   */
  command: string;
  /**
   * The command's family: the part of the command before the dot, as IM groups its callbacks.
   */
  family: string;
  /**
   * before: IM waits for the reply and acts on it. after: IM reports what happened and ignores the reply's verdict.
   */
  timing: 'before' | 'after';
  /**
   * When IM sends it, completing 'sent ...', e.g. 'after friends were added'.
   */
  summary: string;
  /**
   * The page of IM's documentation that defines the command.
   */
  doc: string;
  /**
   * Fields of the body that the event also exposes under a name of its own: pairs for a PairList, events for a push batch's Events. Each value is the body's field.
   */
  adds?: {
    pairs?: string;
    events?: string;
  };
  /**
   * The body's fields whose values together identify one occurrence of the event, as IM's docs give them (MsgKey for a one-to-one message, GroupId and MsgSeq for a group message). Dotted paths reach into objects; a trailing ? marks a field that is part of the identity when present (TopicId, in a community). Absent where IM gives none.
   *
   * @minItems 1
   */
  key?: [string, ...string[]];
  /**
   * How a before-callback's listeners answer: the decision kind (a module of lib/commands/decisions/) and what it needs.
   */
  decision?:
    FriendRequestDecisionSpec | MessageDecisionSpec | GateDecisionSpec | MembersDecisionSpec | ChatbotDecisionSpec;
  /**
   * How samplePacket and the CLI vary the schema's example: the list that --pairs sets the length of, the field of each item that --to names (absent when the items are the users' IDs themselves), and the fields that --from names, at the top level or in each item.
   */
  sample?: {
    list?: string;
    to?: string;
    from?: string[];
  };
}
/**
 * Per target, in ResultItem: allow or refuse each target with a ResultCode in refusalCodes.
 */
export interface FriendRequestDecisionSpec {
  kind: 'friend-request';
  targets: TargetListSpec;
  refusalCodes: CodeRangeSpec;
}
/**
 * Where the body lists the users a decision answers one by one: the body's array field, and the field of each item that names the user.
 */
export interface TargetListSpec {
  list: string;
  account: string;
}
/**
 * A message about to be sent: refuse it (ErrorCode 1 or a code in refusalCodes), discard it silently (ErrorCode 2), or replace its MsgBody and CloudCustomData (ErrorCode 0).
 */
export interface MessageDecisionSpec {
  kind: 'message';
  refusalCodes: CodeRangeSpec;
}
/**
 * A request as a whole: let it through (ErrorCode 0) or refuse it (ErrorCode 1 or a code in refusalCodes).
 */
export interface GateDecisionSpec {
  kind: 'gate';
  refusalCodes: CodeRangeSpec;
}
/**
 * A request about several users: refuse some of them, listed in the reply's refusedField with ErrorCode 0, or refuse the whole request (ErrorCode 1 or a code in refusalCodes).
 */
export interface MembersDecisionSpec {
  kind: 'members';
  targets: TargetListSpec;
  /**
   * The reply's field listing the refused users, e.g. RefusedMembers_Account.
   */
  refusedField: string;
  refusalCodes: CodeRangeSpec;
}
/**
 * A signal to a chatbot: the reply may carry RspData, handed back to the bot.
 */
export interface ChatbotDecisionSpec {
  kind: 'chatbot';
}
