// The example's storage: PGlite, PostgreSQL compiled to WebAssembly, running inside the Node.js
// process. It needs no server and no native build, and speaks the same SQL as PostgreSQL.
const { PGlite } = require('@electric-sql/pglite');

const schema = `
  CREATE TABLE IF NOT EXISTS banned_words (word text PRIMARY KEY);
  CREATE TABLE IF NOT EXISTS blocked_users (user_id text PRIMARY KEY);
  CREATE TABLE IF NOT EXISTS messages (
    id         text PRIMARY KEY,   -- MsgKey, or GroupId:MsgSeq: a callback delivered twice is stored once
    kind       text NOT NULL,      -- 'c2c' or 'group'
    sender     text NOT NULL,
    recipient  text NOT NULL,      -- the peer, or the group
    text       text NOT NULL,      -- the message's text elements, joined
    sent_at    bigint NOT NULL     -- Unix seconds
  );
`;

/**
 * Opens (and creates) the database.
 *
 * @param {string} [dataDir] - a folder to keep the data in; in memory when left out
 */
async function openDatabase(dataDir) {
  const db = new PGlite(dataDir);
  await db.waitReady;
  await db.exec(schema);
  return db;
}

module.exports = { openDatabase };
