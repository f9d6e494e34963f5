// The example's storage: PGlite, PostgreSQL compiled to WebAssembly, running inside the Node.js
// process. It needs no server and no native build, and speaks the same SQL as PostgreSQL.
const { PGlite } = require('@electric-sql/pglite');

const schema = `
  CREATE TABLE IF NOT EXISTS friends (
    owner  text NOT NULL,
    friend text NOT NULL,
    PRIMARY KEY (owner, friend)
  );
  CREATE TABLE IF NOT EXISTS blocks (
    owner   text NOT NULL,
    blocked text NOT NULL,
    PRIMARY KEY (owner, blocked)
  );
`;

/**
 * Opens (and creates) the database.
 *
 * @param {string} [dataDir] - a folder to keep the data in; in memory when left out
 * @returns {Promise<{ query(sql: string, params?: unknown[]): Promise<{ rows: any[] }>, exec(sql: string): Promise<unknown>, close(): Promise<void> }>}
 */
async function openDatabase(dataDir) {
  const db = new PGlite(dataDir);
  await db.waitReady;
  await db.exec(schema);
  return db;
}

module.exports = { openDatabase };
