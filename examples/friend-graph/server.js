// `npm start`: serves the example on PORT (default 3000) with a demo SdkAppid and token.
// The data lives in PGlite in FRIEND_GRAPH_DATA (default ./data), or in the PostgreSQL server
// that DATABASE_URL names. With REDIS_URL, an after-callback delivered again is answered without
// being processed again, whichever instance sharing that Redis receives it.
const fs = require('node:fs');
const path = require('node:path');
const Redis = require('ioredis');
const { redisDedupeStore } = require('tencent-im-callback');
const { createApp, openDatabase } = require('./app');

// An empty variable counts as unset, as in `DATABASE_URL= npm start`.
const setting = (name) => process.env[name] || undefined;
const port = Number(setting('PORT') ?? 3000);
// Loopback by default; HOST=0.0.0.0 serves a load balancer on another machine.
const host = setting('HOST') ?? '127.0.0.1';
const sdkAppId = setting('IM_SDK_APP_ID') ?? '1400000000';
const token = setting('IM_CALLBACK_TOKEN') ?? 'demo-token';
const databaseUrl = setting('DATABASE_URL');
const redisUrl = setting('REDIS_URL');
const dataDir = setting('FRIEND_GRAPH_DATA') ?? path.join(__dirname, 'data');

/** A connection URL fit to print: a password in it, or in its query, shows as ****. */
function printable(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return '(not shown: not a URL)';
  }
  if (parsed.password !== '') parsed.password = '****';
  for (const name of [...parsed.searchParams.keys()]) {
    if (/pass/i.test(name)) parsed.searchParams.set(name, '****');
  }
  return parsed.href;
}

async function main() {
  let db;
  if (databaseUrl !== undefined) {
    db = await openDatabase({ url: databaseUrl });
  } else {
    fs.mkdirSync(dataDir, { recursive: true });
    db = await openDatabase({ dataDir });
  }
  let redis;
  if (redisUrl !== undefined) {
    // Connected before listening, so a wrong REDIS_URL stops the start rather than slowing every
    // callback. Later outages are retried by ioredis; meanwhile the router waits up to a second
    // for the store, then processes the callback anyway (and reports the error).
    redis = new Redis(redisUrl, { lazyConnect: true });
    redis.on('error', (error) => console.error(`redis: ${error.message}`));
    await redis.connect();
  }
  const dedupe = redis === undefined ? undefined : { store: redisDedupeStore(redis) };

  const shown = {
    token:
      token === 'demo-token'
        ? `${token}   (demo only: set IM_CALLBACK_TOKEN for real use)`
        : 'from IM_CALLBACK_TOKEN (not shown)',
    database:
      databaseUrl === undefined
        ? `${dataDir} (PGlite; set DATABASE_URL to use a PostgreSQL server)`
        : `${printable(databaseUrl)} (PostgreSQL)`,
    dedupe:
      redisUrl === undefined
        ? 'off (set REDIS_URL to answer repeated callbacks without processing them again)'
        : `on, in Redis at ${printable(redisUrl)}`,
  };
  const tokenArgument = token === 'demo-token' ? token : '"$IM_CALLBACK_TOKEN"';
  const server = createApp({ db, sdkAppId, token, dedupe }).listen(port, host, () => {
    const base = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${server.address().port}`;
    console.log(`friend-graph example listening on ${base}
  callback URL: ${base}/im/callback
  SdkAppid:     ${sdkAppId}
  token:        ${shown.token}
  database:     ${shown.database}
  dedupe:       ${shown.dedupe}
Try:
  npx tencent-im-callback send --url ${base}/im/callback --sdk-app-id ${sdkAppId} --token ${tokenArgument} --pairs 2 --from alice --to bob,carol
  curl ${base}/friends/alice`);
  });

  function shutdown() {
    server.close(async () => {
      await db.close();
      await redis?.quit();
      process.exit(0);
    });
  }
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error) => {
  console.error(error);
  // Exit now: a database pool or a Redis client opened before the failure would keep it running.
  process.exit(1);
});
