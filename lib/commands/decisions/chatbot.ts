import type { VerifiedQuery } from '../../protocol/query';
import type { CommandSpec } from '../command-spec';
import { failureReply, type CallbackReplyBody } from '../../protocol/reply';
import { CallbackEventRecord, replyOf, type LazyAbort, type ListenersEnd } from '../event-record';

/** What the listeners of a signal to a chatbot (`Chatbot.OnC2CSignalMessage`) answer with. */
export interface ChatbotDecision {
  /**
   * Hands data back to the chatbot: the reply's `RspData`. A later call replaces an earlier one.
   *
   * @param data - the custom content, as a string
   * @throws TypeError when `data` is not a string; Error once the reply was sent
   */
  respond(data: string): void;
}

/** The event of a signal to a chatbot: OK (with `RspData` once a listener responded), or FAIL. */
export class ChatbotEvent<Packet extends object> extends CallbackEventRecord<Packet> implements ChatbotDecision {
  #data: string | undefined;

  /**
   * @param query - the checked query
   * @param body - the validated packet
   * @param abort - aborted when the listeners run late
   */
  constructor(query: VerifiedQuery, body: Packet, abort: LazyAbort, spec: CommandSpec) {
    super(query, body, abort, spec);
    this.respond = this.respond.bind(this);
  }

  respond(data: string): void {
    if (this.decisionsClosed) throw new Error('tencent-im-callback: respond() came after the reply was sent.');
    if (typeof data !== 'string') {
      throw new TypeError(`tencent-im-callback: respond() needs data to be a string; received ${typeof data}.`);
    }
    this.#data = data;
  }

  /** IM reads `RspData` only with `ErrorCode` 0: a failure answers FAIL, and the bot gets nothing. */
  override [replyOf](end: ListenersEnd = { failed: false }): CallbackReplyBody | undefined {
    this.closeDecisions();
    if (end.failed) return failureReply(end.info);
    return this.#data === undefined
      ? undefined
      : { ActionStatus: 'OK', ErrorCode: 0, ErrorInfo: '', RspData: this.#data };
  }
}
