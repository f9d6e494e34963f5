// The example's storage: PostgreSQL, embedded or a server, with the same SQL either way.
// Without a URL it is PGlite, PostgreSQL compiled to WebAssembly, running inside the Node.js
// process: `npm start` needs no server and no native build. With a URL it is that PostgreSQL
// server through a `pg` pool, which several instances of the app can share.
const { PGlite } = require('@electric-sql/pglite');
const { Pool } = require('pg');

const schema = `
  CREATE TABLE IF NOT EXISTS banned_words (word text PRIMARY KEY);
  CREATE TABLE IF NOT EXISTS blocked_users (user_id text PRIMARY KEY);
  CREATE TABLE IF NOT EXISTS messages (
    id         text PRIMARY KEY,   -- the callback's event.key: a message delivered twice is stored once
    kind       text NOT NULL,      -- 'c2c' or 'group'
    sender     text NOT NULL,
    recipient  text NOT NULL,      -- the peer, or the group
    text       text NOT NULL,      -- the message's text elements, joined
    sent_at    bigint NOT NULL     -- Unix seconds
  );
`;

// CREATE TABLE IF NOT EXISTS checks, then creates: two instances starting together can both find
// the table missing, and the second fails on a duplicate key. A lock held until the transaction
// ends lets one instance at a time in; the next finds the tables there.
// https://www.postgresql.org/docs/current/explicit-locking.html#ADVISORY-LOCKS
const createSchema = `
  BEGIN;
  SELECT pg_advisory_xact_lock(hashtext('tencent-im-callback moderation schema'));
  ${schema}
  COMMIT;
`;

/**
 * Opens the database and creates its tables when missing.
 *
 * @param {{ url?: string, dataDir?: string }} [where] - a PostgreSQL connection URL; else a folder
 *   for PGlite to keep the data in; in memory when both are left out
 * @returns {Promise<{ query(sql: string, params?: unknown[]): Promise<{ rows: any[] }>, close(): Promise<void> }>}
 */
async function openDatabase({ url, dataDir } = {}) {
  if (url !== undefined) {
    const pool = new Pool({ connectionString: url });
    // A connection the server drops while idle (a restart, a failover) is reported here; without a
    // listener Node would end the process. The pool opens a new one for the next query.
    pool.on('error', (error) => console.error(`database connection lost: ${error.message}`));
    try {
      await pool.query(createSchema); // no parameters: one round trip, several statements
    } catch (error) {
      await pool.end();
      throw error;
    }
    return { query: (sql, params) => pool.query(sql, params), close: () => pool.end() };
  }
  const db = new PGlite(dataDir);
  await db.waitReady;
  await db.exec(createSchema);
  return { query: (sql, params) => db.query(sql, params), close: () => db.close() };
}

module.exports = { openDatabase };
