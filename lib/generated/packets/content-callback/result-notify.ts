/* Generated from schemas/content-callback/result-notify.schema.json by `npm run generate`. Do not edit. */

/**
 * Body of Tencent Cloud IM's ContentCallback.ResultNotify callback, sent after IM's cloud moderation has judged a message, a profile or a relationship-chain change; by default only blocked content is reported. The documented body carries no CallbackCommand and the URL no ClientIP. Unknown extra fields are allowed because IM adds fields over time.
 */
export interface ContentCallbackResultNotifyPacket {
  /**
   * The callback command. IM's documented body leaves it out; when present it must equal the CallbackCommand query parameter.
   */
  CallbackCommand?: 'ContentCallback.ResultNotify';
  /**
   * What was moderated: C2C, C2CCustom, Group, GroupCustom, GroupInfo, GroupMemberInfo, RelationChain or UserInfo. Other values are accepted because IM may add some.
   */
  Scene?: string;
  /**
   * The app's SDKAppID.
   */
  SdkAppId?: number;
  /**
   * UserID of the user who produced the moderated content.
   */
  From_Account: string;
  /**
   * For a message, its recipient.
   */
  ContactItem?: {
    /**
     * 1 for a one-to-one message (To_Account is set), 2 for a group message (ToGroupId is set).
     */
    ContactType?: number;
    /**
     * UserID of the recipient of a one-to-one message.
     */
    To_Account?: string;
    /**
     * The group a group message was sent to.
     */
    ToGroupId?: string;
  };
  /**
   * The kind of content: Text, Image, Audio or Video. Other values are accepted because IM may add some.
   */
  ContentType?: string;
  /**
   * For Text, the moderated text: a custom message may give several strings. One page of IM's docs types it as a single string, so a string is accepted too.
   */
  TextContent?: string[] | string;
  /**
   * For Image, Audio or Video, the URL of the moderated file.
   */
  FileURL?: string;
  /**
   * The moderated message: its MsgKey for a one-to-one message, its MsgSeq for a group message.
   */
  MsgID?: string;
  /**
   * IM's verdict: 1 blocked, 0 let through.
   */
  CtxcbResult?: number;
  /**
   * The moderation service's ID of this check.
   */
  CtxcbRequestId: string;
  /**
   * The sensitive words the text matched.
   */
  CtxcbKeywords?: string[];
  /**
   * The moderation service's advice, e.g. Block, Review or Normal. Other values are accepted because IM may add some.
   */
  CtxcbSuggestion?: string;
  /**
   * The category the content fell in, e.g. Normal, Illegal, Abuse, Polity, Ad, Porn, Sexy, Terror or Composite. Other values are accepted because IM may add some.
   */
  CtxcbLabel?: string;
  /**
   * A finer category within CtxcbLabel.
   */
  CtxcbSubLabel?: string;
  /**
   * A readable description of CtxcbSubLabel.
   */
  CtxcbSubLabelDesc?: string;
  /**
   * The custom word or image library that matched, if any.
   */
  CtxcbLibName?: string;
  /**
   * For a message, its CloudCustomData as the sender set it; empty for other scenes.
   */
  CloudCustomData?: string;
  /**
   * When the event happened, in milliseconds since the epoch. Not documented for this command but sent with many newer callbacks, sometimes as a numeric string.
   */
  EventTime?: number | string;
}
