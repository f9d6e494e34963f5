import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { parsedBodyKind, readBody } from '../../body/read-body';
import type { AdapterIO, CallbackPipeline } from '../../pipeline/callback-pipeline';
import { failureReply, OK_REPLY_JSON, replyJson, type OutgoingReply } from '../../protocol/reply';

/** Where a handed-over event waits on the response for `sendCallbackReply`; shared by every copy of the package. */
export const HANDED_OVER_EVENT: unique symbol = Symbol.for('tencent-im-callback.event');

/** A response that may carry the event of a callback the app answers itself. */
export type ResponseWithEvent = ServerResponse & { [HANDED_OVER_EVENT]?: unknown };

/** How the pipeline reads a `node:http` request, and Express's, which is one. */
export const nodeIO: AdapterIO<IncomingMessage> = {
  readBody,
  parsedBy: parsedBodyKind,
  attachEvent(request, event) {
    (request as { timCallback?: unknown }).timCallback = event;
  },
};

/**
 * Writes a JSON reply unless one was already written, so every request gets exactly one.
 *
 * @param res - the response
 * @param status - the HTTP status
 * @param body - the reply body or its JSON text, or undefined for IM's OK reply
 * @param allow - the `Allow` header, for a 405
 * @param close - whether to close the connection after the reply (`Connection: close`)
 * @returns false when a reply had already been sent
 */
export function writeReply(
  res: ServerResponse,
  status: number,
  body: OutgoingReply | undefined,
  allow?: string,
  close = false,
): boolean {
  if (res.headersSent || res.writableEnded) return false;
  if (body === undefined && status === 200 && allow === undefined && !close) {
    // The reply of nearly every callback: its headers are made once (Node only reads them).
    res.writeHead(200, OK_HEADERS);
    res.end(OK_REPLY_JSON);
    return true;
  }
  const json = replyJson(body);
  // One writeHead with the headers as an object: no per-header bookkeeping in the response
  // (headers other code set before still go out, and these override them). Not as a flat list,
  // which Node also takes: on-headers before 1.1.0 (in morgan 1.10.0, compression before 1.8.1,
  // express-session before 1.18.2) wraps writeHead and reads a list as [name, value] pairs.
  const headers: OutgoingHttpHeaders = jsonHeaders(json);
  if (allow !== undefined) headers['Allow'] = allow;
  if (close) headers['Connection'] = 'close';
  res.writeHead(status, headers);
  res.end(json);
  return true;
}

function jsonHeaders(json: string): OutgoingHttpHeaders {
  return { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(json) };
}

/** Frozen: Node and the writeHead wrappers read the object given to writeHead and keep nothing of it. */
const OK_HEADERS: Readonly<OutgoingHttpHeaders> = Object.freeze(jsonHeaders(OK_REPLY_JSON));

/**
 * Serves one request with the pipeline on `node:http`'s request and response: what Express
 * middleware and `createNodeHandler` both do. Never rejects: every failure is a reply.
 *
 * @param pipeline - the router's pipeline
 * @param req - the request (Express's or node's)
 * @param res - the response
 * @param next - gets what the router does not answer itself; without it, a 404 (or, for a
 *   callback a router with `autoReply: false` hands over, a 500 with IM's failure reply)
 */
export function serveNode(
  pipeline: CallbackPipeline,
  req: IncomingMessage,
  res: ServerResponse,
  next: ((error?: unknown) => void) | undefined,
): Promise<void> {
  return new Promise((resolve) => {
    pipeline.handle(req, req.method, req.url, nodeIO, (outcome) => {
      resolve();
      switch (outcome.kind) {
        case 'pass':
          passOn(res, next);
          return;
        case 'reply':
          // Refused before its body was all received (too large, unsigned, ...): the rest of it may
          // never end, and the connection could not serve another request after it. Close it.
          writeReply(res, outcome.status, outcome.body, outcome.allow, !req.complete);
          return;
        case 'handover':
          if (next === undefined) {
            // autoReply: false leaves the reply to the next handler, and there is none: nobody else
            // will answer, and a 404 would say the URL is wrong. Known only now, as
            // createNodeHandler's handler gets its next (or none) per request.
            writeReply(res, 500, NO_NEXT_TO_ANSWER);
            return;
          }
          (res as ResponseWithEvent)[HANDED_OVER_EVENT] = outcome.event;
          passOn(res, next);
          return;
      }
    });
  });
}

/** The reply to a callback that a router with `autoReply: false` handed over to no one. */
const NO_NEXT_TO_ANSWER = replyJson(
  failureReply('autoReply is false, but no next handler was given to answer the callback'),
);

/**
 * Hands a request on to `next`, or without one answers it: 404, or 500 for an error. A `next`
 * that throws gets the request answered 500 (unless it wrote a reply already), and its error
 * thrown on, for the caller to report.
 *
 * @param res - the response
 * @param next - the next handler, if any
 * @param error - what `next` would get
 * @throws what `next` threw
 */
export function passOn(res: ServerResponse, next: ((error?: unknown) => void) | undefined, error?: unknown): void {
  if (next === undefined) {
    answerPlain(res, error === undefined ? 404 : 500);
    return;
  }
  try {
    next(error);
  } catch (thrown) {
    // The app's next failed before answering: nobody else will, and the client would wait for
    // a reply until it gave up. Thrown on, the error reaches the pipeline, whose logger reports it.
    answerPlain(res, 500);
    throw thrown;
  }
}

/** Answers in plain text, unless a reply was written already. */
function answerPlain(res: ServerResponse, status: 404 | 500): void {
  if (res.headersSent) return;
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end(status === 404 ? 'Not Found' : 'Internal Server Error');
}
