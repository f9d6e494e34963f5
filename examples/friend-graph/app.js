// The example app: mirrors IM's friend graph into a database from the Sns.* callbacks and shows
// it at GET /friends/:userId. Every write is idempotent, so a callback delivered twice in a row
// changes nothing the second time. A late duplicate is another matter: an add delivered again
// after the delete that undid it would bring the pair back. With `dedupe` the router answers such
// a duplicate without running the listeners; but a body without `EventTime` looks the same when
// the pair is really added again within `ttlSeconds` (README, "Duplicate deliveries").
const express = require('express');
const { createCallbackRouter } = require('tencent-im-callback');
const { openDatabase } = require('./db');

// Each batch is one statement over two parallel arrays: a 3,000-pair callback is stored whole
// or not at all, in one round trip.
const sql = {
  addFriends: `INSERT INTO friends (owner, friend) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING`,
  removeFriends: `DELETE FROM friends f USING unnest($1::text[], $2::text[]) AS p(owner, friend)
                  WHERE f.owner = p.owner AND f.friend = p.friend`,
  block: `INSERT INTO blocks (owner, blocked) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING`,
  unblock: `DELETE FROM blocks b USING unnest($1::text[], $2::text[]) AS p(owner, blocked)
            WHERE b.owner = p.owner AND b.blocked = p.blocked`,
  blockersAmong: 'SELECT owner FROM blocks WHERE blocked = $1 AND owner = ANY($2::text[])',
  friendsOf: 'SELECT friend FROM friends WHERE owner = $1 ORDER BY friend',
  blockedBy: 'SELECT blocked FROM blocks WHERE owner = $1 ORDER BY blocked',
};

/** One JSON object a line on standard output. */
function jsonLog(entry) {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`);
}

/** The pairs of a callback as the two arrays the statements take. */
function columns(pairs) {
  return [pairs.map((pair) => pair.From_Account), pairs.map((pair) => pair.To_Account)];
}

/**
 * @param {{ db: Awaited<ReturnType<typeof openDatabase>>, sdkAppId: number | string, token: string, dedupe?: import('tencent-im-callback').DedupeOptions, log?: (entry: object) => void }} options
 */
function createApp({ db, sdkAppId, token, dedupe, log = jsonLog }) {
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
  im.on('Sns.CallbackFriendAdd', (event) => db.query(sql.addFriends, columns(event.pairs)));
  im.on('Sns.CallbackFriendDelete', (event) => db.query(sql.removeFriends, columns(event.pairs)));
  im.on('Sns.CallbackBlackListAdd', (event) => db.query(sql.block, columns(event.pairs)));
  im.on('Sns.CallbackBlackListDelete', (event) => db.query(sql.unblock, columns(event.pairs)));
  // Refuse a friend request to anyone who has blocked the requester.
  im.on('Sns.CallbackPrevFriendAdd', async (event) => {
    const requester = event.body.From_Account ?? event.body.Requester_Account;
    const { rows } = await db.query(sql.blockersAmong, [requester, event.targets]);
    for (const { owner } of rows) event.deny(owner, 38001, 'the user has blocked you');
  });
  im.on('Sns.CallbackPrevFriendResponse', () => undefined); // every answer allowed, but logged
  im.onAny((event, req) => {
    req.callbackSummary = summarize(event);
  });

  const app = express();
  app.use('/im/callback', logCallbacks(log), im);
  app.get('/friends/:userId', async (req, res) => {
    const { userId } = req.params;
    const [friends, blocked] = await Promise.all([
      db.query(sql.friendsOf, [userId]),
      db.query(sql.blockedBy, [userId]),
    ]);
    res.json({
      userId,
      friends: friends.rows.map((row) => row.friend),
      blocked: blocked.rows.map((row) => row.blocked),
    });
  });
  return app;
}

/** Who did what, in a few words, for the log. */
function summarize(event) {
  if ('pairs' in event) return event.pairs.map((pair) => `${pair.From_Account}->${pair.To_Account}`);
  if ('targets' in event) return { from: event.body.From_Account, targets: event.targets };
  return undefined;
}

/** Logs every callback once its reply is sent: command, who and what, status and reply. */
function logCallbacks(log) {
  return function logCallback(req, res, next) {
    const started = process.hrtime.bigint();
    const end = res.end;
    let replyText = '';
    res.end = function captureReply(chunk, ...rest) {
      if (chunk !== undefined && typeof chunk !== 'function') replyText = String(chunk);
      return end.call(this, chunk, ...rest);
    };
    res.on('finish', () => {
      let reply;
      try {
        reply = JSON.parse(replyText);
      } catch {
        reply = replyText;
      }
      log({
        level: 'info',
        command: new URL(req.originalUrl, 'http://x').searchParams.get('CallbackCommand'),
        what: req.callbackSummary,
        status: res.statusCode,
        reply,
        ms: Number(process.hrtime.bigint() - started) / 1e6,
      });
    });
    next();
  };
}

module.exports = { createApp, openDatabase };
