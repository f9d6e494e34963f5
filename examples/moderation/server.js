// `npm start`: serves the moderation example on PORT (default 3000) with a demo SdkAppid and token.
const fs = require('node:fs');
const path = require('node:path');
const { createApp, openDatabase } = require('./app');

const port = Number(process.env.PORT ?? 3000);
const sdkAppId = process.env.IM_SDK_APP_ID ?? '1400000000';
const token = process.env.IM_CALLBACK_TOKEN ?? 'demo-token';
const dataDir = process.env.MODERATION_DATA ?? path.join(__dirname, 'data');

async function main() {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = await openDatabase(dataDir);
  const server = createApp({ db, sdkAppId, token }).listen(port, '127.0.0.1', () => {
    const base = `http://127.0.0.1:${server.address().port}`;
    console.log(`moderation example listening on ${base}
  callback URL: ${base}/im/callback
  SdkAppid:     ${sdkAppId}
  token:        ${token}   (demo only: set IM_CALLBACK_TOKEN for real use)
  database:     ${dataDir} (PGlite)
Try:
  curl -X POST -H 'content-type: application/json' -d '{"word":"darn"}' ${base}/banned-words
  npx tencent-im-callback send --url ${base}/im/callback --sdk-app-id ${sdkAppId} --token ${token} --command C2C.CallbackBeforeSendMsg
  curl ${base}/messages`);
  });

  function shutdown() {
    server.close(async () => {
      await db.close();
      process.exit(0);
    });
  }
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
