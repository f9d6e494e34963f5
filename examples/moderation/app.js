// The moderation example: masks banned words in one-to-one and group messages, refuses links with
// a custom error code, drops spam silently, refuses group invitations of blocked users, and
// archives every delivered message. Policies live in the database, so they change without a
// restart.
const express = require('express');
const { createCallbackRouter, isMessageElement } = require('tencent-im-callback');
const { openDatabase } = require('./db');

const link = /\b(?:https?:\/\/|www\.)\S+/i;
const spam = /\b(?:free money|buy followers|click here to win)\b/i;

// The custom codes the clients receive: each family has its own range (C2C 120001-130000,
// Group 10100-10200); IM passes the code and ErrorInfo through to the sender's client.
const LINK_REFUSED = { c2c: 120001, group: 10100 };

/** The text of a message's text elements, joined. */
function textOf(msgBody) {
  return msgBody
    .filter((element) => isMessageElement(element, 'TIMTextElem'))
    .map((element) => element.MsgContent.Text ?? '')
    .join(' ');
}

/** The message body with every banned word masked, or undefined when it has none. */
function masked(msgBody, words) {
  if (words.length === 0) return undefined;
  const pattern = new RegExp(`\\b(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'gi');
  let changed = false;
  const body = msgBody.map((element) => {
    if (!isMessageElement(element, 'TIMTextElem') || element.MsgContent.Text === undefined) return element;
    const text = element.MsgContent.Text.replace(pattern, (word) => '*'.repeat(word.length));
    changed ||= text !== element.MsgContent.Text;
    return { ...element, MsgContent: { ...element.MsgContent, Text: text } };
  });
  return changed ? body : undefined;
}

/**
 * @param {{ db: Awaited<ReturnType<typeof openDatabase>>, sdkAppId: number | string, token: string, dedupe?: import('tencent-im-callback').DedupeOptions, log?: (entry: object) => void }} options
 */
function createApp({
  db,
  sdkAppId,
  token,
  dedupe,
  log = (entry) => process.stdout.write(`${JSON.stringify(entry)}\n`),
}) {
  const im = createCallbackRouter({
    sdkAppId,
    token,
    dedupe,
    logger: {
      warn: (message) => log({ level: 'warn', message }),
      error: (message, error) => log({ level: 'error', message, error: String(error) }),
      debug: (message) => log({ level: 'info', message }),
    },
  });

  /** One policy for both kinds of message: drop spam, refuse links, mask banned words. */
  async function moderate(event, kind) {
    const text = textOf(event.body.MsgBody);
    if (spam.test(text)) {
      event.discard(); // the sender sees it sent; nobody receives it
      log({ level: 'info', moderation: 'discarded', kind, from: event.body.From_Account });
      return;
    }
    if (link.test(text)) {
      event.refuse(LINK_REFUSED[kind], 'links are not allowed here');
      log({ level: 'info', moderation: 'refused', kind, from: event.body.From_Account });
      return;
    }
    const { rows } = await db.query('SELECT word FROM banned_words');
    const body = masked(
      event.body.MsgBody,
      rows.map((row) => row.word),
    );
    if (body !== undefined) {
      event.replaceMessage({ MsgBody: body });
      log({ level: 'info', moderation: 'masked', kind, from: event.body.From_Account });
    }
  }
  im.on('C2C.CallbackBeforeSendMsg', (event) => moderate(event, 'c2c'));
  im.on('Group.CallbackBeforeSendMsg', (event) => moderate(event, 'group'));

  // Blocked users cannot be invited into groups; the other invitees still join.
  im.on('Group.CallbackBeforeInviteJoinGroup', async (event) => {
    const { rows } = await db.query('SELECT user_id FROM blocked_users WHERE user_id = ANY($1::text[])', [
      event.targets,
    ]);
    for (const { user_id: userId } of rows) event.deny(userId);
  });

  // Every delivered message is archived once, whatever the number of deliveries of the callback:
  // its id is event.key, the same for each delivery (the MsgKey of a one-to-one message; the
  // GroupId, TopicId when there is one, and MsgSeq of a group message), so a second delivery
  // that gets past `dedupe`, or arrives without it, hits the primary key and changes nothing.
  const archive = 'INSERT INTO messages VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING';
  im.on('C2C.CallbackAfterSendMsg', async ({ key, body }) => {
    await db.query(archive, [key, 'c2c', body.From_Account, body.To_Account, textOf(body.MsgBody), body.MsgTime ?? 0]);
  });
  im.on('Group.CallbackAfterSendMsg', async ({ key, body }) => {
    await db.query(archive, [key, 'group', body.From_Account, body.GroupId, textOf(body.MsgBody), body.MsgTime ?? 0]);
  });

  const app = express();
  // The router first: it reads its own bodies, so no JSON parser runs before it.
  app.use('/im/callback', im);
  app.use(express.json());
  app.get('/messages', async (_req, res) => {
    const { rows } = await db.query('SELECT id, kind, sender, recipient, text FROM messages ORDER BY id');
    res.json(rows);
  });
  app.post('/banned-words', async (req, res) => {
    await db.query('INSERT INTO banned_words VALUES ($1) ON CONFLICT DO NOTHING', [String(req.body.word)]);
    res.status(204).end();
  });
  app.post('/blocked-users', async (req, res) => {
    await db.query('INSERT INTO blocked_users VALUES ($1) ON CONFLICT DO NOTHING', [String(req.body.userId)]);
    res.status(204).end();
  });
  return app;
}

module.exports = { createApp, openDatabase };
