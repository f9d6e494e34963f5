import type { MessageElement } from '../../generated/packets/shared/message-element';
import type { VerifiedQuery } from '../../protocol/query';
import type { CallbackReplyBody } from '../../protocol/reply';
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
   * @throws TypeError when neither is given or one is malformed; Error once the reply was sent
   */
  replaceMessage(replacement: MessageReplacement): void;
}

/** The event of a message about to be sent. */
export class MessageEvent<Packet extends object> extends RefusableEventRecord<Packet> implements MessageDecision {
  #discarded = false;
  #replacement: { MsgBody?: readonly MessageElement[]; CloudCustomData?: string } | undefined;

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
    if (
      MsgBody !== undefined &&
      (!Array.isArray(MsgBody) || MsgBody.length === 0 || !MsgBody.every(isValidMessageElement))
    ) {
      throw new TypeError(
        'tencent-im-callback: replaceMessage() needs MsgBody to be a non-empty array of message elements such as { MsgType: "TIMTextElem", MsgContent: { Text: "hi" } }.',
      );
    }
    if (CloudCustomData !== undefined && typeof CloudCustomData !== 'string') {
      throw new TypeError(
        `tencent-im-callback: replaceMessage() needs CloudCustomData to be a string; received ${typeof CloudCustomData}.`,
      );
    }
    // Copied, so a listener that changes its array afterwards does not change the reply; copied
    // as JSON, which is what the reply is sent as (and a third of structuredClone's time).
    this.#replacement = {
      ...(MsgBody !== undefined && { MsgBody: JSON.parse(JSON.stringify(MsgBody)) as MessageElement[] }),
      ...(CloudCustomData !== undefined && { CloudCustomData }),
    };
  }

  override [replyOf](end: ListenersEnd = { failed: false }): CallbackReplyBody | undefined {
    // A discard already keeps the message from everyone: a 'deny' fallback does not turn it into an error.
    const refused = this.refusalReply(end, this.#discarded);
    if (refused !== undefined) return refused;
    if (this.#discarded) return { ActionStatus: 'OK', ErrorCode: 2, ErrorInfo: '' };
    if (this.#replacement !== undefined)
      return { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '', ...this.#replacement };
    return undefined;
  }
}
