import type { MessageElement } from '../../generated/packets/shared/message-element';
import type { VerifiedQuery } from '../../protocol/query';
import { OK_REPLY_JSON, type OutgoingReply } from '../../protocol/reply';
import { replyOf, type LazyAbort, type ListenersEnd } from '../event-record';
import { isValidMessageElement } from '../validate';
import { RefusableEventRecord, type RefusableSpec } from './refusal';

/** A replacement of the message about to be sent: its body, its custom data, or both. */
export interface MessageReplacement {
  /** The new `MsgBody`: a non-empty array of message elements. */
  readonly MsgBody?: readonly MessageElement[] | undefined;
  /** The new `CloudCustomData`. */
  readonly CloudCustomData?: string | undefined;
}

/**
 * What the listeners of a message about to be sent decide with (`C2C.`, `Group.` and
 * `OfficialAccount.CallbackBeforeSendMsg`). The message is delivered as sent unless a listener
 * decides otherwise. A refusal stands over everything; a discard over a replacement; a later
 * replacement replaces an earlier one.
 */
export interface MessageDecision {
  /**
   * Refuses the message: the sender gets an error. The first refusal stands.
   *
   * @param code - 1 (IM's own error for the sender), or a code in the family's custom range,
   *   passed on to the client (C2C and OfficialAccount 120001 to 130000, Group 10100 to 10200).
   *   Defaults to 1.
   * @param info - the reply's `ErrorInfo`, passed on with a custom code. Defaults to `''`.
   * @throws RangeError for any other code; Error once the reply was sent
   */
  refuse(code?: number, info?: string): void;
  /**
   * Drops the message silently: the sender sees it sent, nobody receives it (`ErrorCode` 2).
   *
   * @throws Error once the reply was sent
   */
  discard(): void;
  /**
   * Delivers the message with another body or custom data (`ErrorCode` 0 with `MsgBody` and
   * `CloudCustomData`), e.g. with banned words masked.
   *
   * @param replacement - `MsgBody` (a non-empty array of message elements), `CloudCustomData`, or both
   * @throws TypeError when neither is given or one is malformed, or when `MsgBody` cannot be
   *   serialised as JSON (a cycle, a BigInt); Error once the reply was sent
   */
  replaceMessage(replacement: MessageReplacement): void;
}

/** Whether a value is a non-empty array of valid message elements, with no holes. */
function isMessageBody(value: unknown): boolean {
  if (!Array.isArray(value) || value.length === 0) return false;
  // An index loop, not every(): every() skips the holes of a sparse array, which JSON sends as null.
  for (let i = 0; i < value.length; i++) if (!isValidMessageElement(value[i])) return false;
  return true;
}

/** IM's OK reply without its closing brace: a replacement's members follow its last. */
const OK_REPLY_OPEN = OK_REPLY_JSON.slice(0, -1);

/** The event of a message about to be sent. */
export class MessageEvent<Packet extends object> extends RefusableEventRecord<Packet> implements MessageDecision {
  #discarded = false;
  /**
   * The replacement's members of the reply as JSON text (`,"MsgBody":[...]`, `,"CloudCustomData":"..."`).
   * Text, because it is what the reply is sent as: serialised once, when the listener calls.
   */
  #replacementJson: string | undefined;

  /**
   * @param query - the checked query
   * @param body - the validated packet
   * @param abort - aborted when the listeners run late
   * @param spec - what the package knows of the command: its family's custom codes
   */
  constructor(query: VerifiedQuery, body: Packet, abort: LazyAbort, spec: RefusableSpec) {
    super(query, body, abort, spec);
    this.discard = this.discard.bind(this);
    this.replaceMessage = this.replaceMessage.bind(this);
  }

  discard(): void {
    this.checkOpen('discard');
    this.#discarded = true;
  }

  replaceMessage(replacement: MessageReplacement): void {
    this.checkOpen('replaceMessage');
    // Listeners in plain JavaScript can pass anything: the value is checked as unknown.
    const given: unknown = replacement;
    const { MsgBody, CloudCustomData } = (
      typeof given === 'object' && given !== null ? given : {}
    ) as MessageReplacement;
    if (MsgBody === undefined && CloudCustomData === undefined) {
      throw new TypeError('tencent-im-callback: replaceMessage() needs MsgBody, CloudCustomData or both.');
    }
    if (MsgBody !== undefined && !isMessageBody(MsgBody)) {
      throw new TypeError(
        'tencent-im-callback: replaceMessage() needs MsgBody to be a non-empty array of message elements such as { MsgType: "TIMTextElem", MsgContent: { Text: "hi" } }.',
      );
    }
    if (CloudCustomData !== undefined && typeof CloudCustomData !== 'string') {
      throw new TypeError(
        `tencent-im-callback: replaceMessage() needs CloudCustomData to be a string; received ${typeof CloudCustomData}.`,
      );
    }
    // Serialised at the call, so a listener that changes its array afterwards does not change
    // the reply. The text is the copy and becomes the reply: copying the body as an object, then
    // serialising the reply, cost a decision's callback about a fifth more CPU (bench/README.md).
    let json = '';
    if (MsgBody !== undefined) {
      const text = JSON.stringify(MsgBody) as string | undefined;
      // An array whose own toJSON gives nothing would make the reply not JSON at all.
      if (text === undefined) {
        throw new TypeError('tencent-im-callback: replaceMessage() needs MsgBody to serialise as JSON.');
      }
      json += `,"MsgBody":${text}`;
    }
    if (CloudCustomData !== undefined) json += `,"CloudCustomData":${JSON.stringify(CloudCustomData)}`;
    this.#replacementJson = json;
  }

  override [replyOf](end: ListenersEnd = { failed: false }): OutgoingReply | undefined {
    // A discard already keeps the message from everyone: a 'deny' fallback does not turn it into an error.
    const refused = this.refusalReply(end, this.#discarded);
    if (refused !== undefined) return refused;
    if (this.#discarded) return { ActionStatus: 'OK', ErrorCode: 2, ErrorInfo: '' };
    if (this.#replacementJson !== undefined) return `${OK_REPLY_OPEN}${this.#replacementJson}}`;
    return undefined;
  }
}
