// The example app: mirrors IM's friend graph into SQLite from the Sns.* callbacks and shows it
// at GET /friends/:userId. Every write is idempotent, so a callback delivered twice changes
// nothing the second time.
const express = require('express');
const Database = require('better-sqlite3');
const { createCallbackRouter } = require('tencent-im-callback');

const schema = `
  CREATE TABLE IF NOT EXISTS friends (
    owner  TEXT NOT NULL,
    friend TEXT NOT NULL,
    PRIMARY KEY (owner, friend)
  ) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS blocks (
    owner   TEXT NOT NULL,
    blocked TEXT NOT NULL,
    PRIMARY KEY (owner, blocked)
  ) WITHOUT ROWID;
`;

/** Opens (and creates) the database; ':memory:' for tests. */
function openDatabase(file) {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec(schema);
  return db;
}

/** One JSON object a line on standard output. */
function jsonLog(entry) {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`);
}

/**
 * @param {{ db: import('better-sqlite3').Database, sdkAppId: number | string, token: string, log?: (entry: object) => void }} options
 */
function createApp({ db, sdkAppId, token, log = jsonLog }) {
  const statements = {
    addFriend: db.prepare('INSERT OR IGNORE INTO friends (owner, friend) VALUES (?, ?)'),
    removeFriend: db.prepare('DELETE FROM friends WHERE owner = ? AND friend = ?'),
    block: db.prepare('INSERT OR IGNORE INTO blocks (owner, blocked) VALUES (?, ?)'),
    unblock: db.prepare('DELETE FROM blocks WHERE owner = ? AND blocked = ?'),
    hasBlocked: db.prepare('SELECT 1 FROM blocks WHERE owner = ? AND blocked = ?'),
    friendsOf: db.prepare('SELECT friend FROM friends WHERE owner = ? ORDER BY friend'),
    blockedBy: db.prepare('SELECT blocked FROM blocks WHERE owner = ? ORDER BY blocked'),
  };
  // One transaction per callback: a batch of 3,000 pairs is stored whole or not at all.
  const applyPairs = (statement) =>
    db.transaction((pairs) => {
      for (const pair of pairs) statement.run(pair.From_Account, pair.To_Account);
    });

  const im = createCallbackRouter({
    sdkAppId,
    token,
    logger: {
      warn: (message) => log({ level: 'warn', message }),
      error: (message, error) => log({ level: 'error', message, error: String(error) }),
      debug: (message) => log({ level: 'info', message }),
    },
  });
  im.on('Sns.CallbackFriendAdd', (event) => applyPairs(statements.addFriend)(event.pairs));
  im.on('Sns.CallbackFriendDelete', (event) => applyPairs(statements.removeFriend)(event.pairs));
  im.on('Sns.CallbackBlackListAdd', (event) => applyPairs(statements.block)(event.pairs));
  im.on('Sns.CallbackBlackListDelete', (event) => applyPairs(statements.unblock)(event.pairs));
  // Refuse a friend request to anyone who has blocked the requester.
  im.on('Sns.CallbackPrevFriendAdd', (event) => {
    for (const target of event.targets) {
      if (statements.hasBlocked.get(target, event.body.From_Account)) event.deny(target, 38001, 'the user has blocked you');
    }
  });
  im.on('Sns.CallbackPrevFriendResponse', () => undefined); // every answer allowed, but logged
  im.onAny((event, req) => {
    req.callbackSummary = summarize(event);
  });

  const app = express();
  app.use('/im/callback', logCallbacks(log), im);
  app.get('/friends/:userId', (req, res) => {
    const { userId } = req.params;
    res.json({
      userId,
      friends: statements.friendsOf.all(userId).map((row) => row.friend),
      blocked: statements.blockedBy.all(userId).map((row) => row.blocked),
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
