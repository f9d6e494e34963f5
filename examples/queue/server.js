// `npm start`: the web process. Each after-callback is put on a BullMQ queue in Redis and
// answered as soon as Redis has stored it; `npm run worker` does the work. IM gives a callback
// 2 seconds and does not retry after-callbacks, so the reply must not wait for the work, and
// the work must not be lost when the process that does it dies.
const express = require('express');
const { Queue } = require('bullmq');
const { Redis } = require('ioredis');
const { createCallbackRouter } = require('tencent-im-callback');
const { QUEUE_NAME, JOB_OPTIONS, jobIdOf, redisUrl, jsonLog } = require('./queue');

const port = Number(process.env.PORT ?? 3000);
// Loopback by default; HOST=0.0.0.0 serves a load balancer on another machine.
const host = process.env.HOST ?? '127.0.0.1';
const sdkAppId = process.env.IM_SDK_APP_ID ?? '1400000000';
const token = process.env.IM_CALLBACK_TOKEN ?? 'demo-token';

// The after-callbacks whose work can wait. A before-callback's answer cannot come from a queue:
// IM waits for it, so its listener decides in the request (see examples/moderation).
const QUEUED_COMMANDS = [
  'C2C.CallbackAfterSendMsg',
  'C2C.CallbackAfterMsgWithDraw',
  'Group.CallbackAfterSendMsg',
  'Group.CallbackAfterNewMemberJoin',
  'Group.CallbackAfterMemberExit',
  'Sns.CallbackFriendAdd',
  'Sns.CallbackFriendDelete',
  'State.StateChange',
];

async function main() {
  const url = redisUrl();
  // Fail fast when Redis is down. By default ioredis keeps commands while it reconnects and
  // sends them later, so queue.add would hang past IM's 2 seconds (the router answers FAIL at its
  // listenerTimeoutMs anyway, but the pending adds pile up). enableOfflineQueue: false rejects a
  // command at once while disconnected, and maxRetriesPerRequest: 0 rejects one that was in
  // flight when the connection dropped instead of resending it after a reconnect. The listener
  // then throws: IM gets FAIL, and the error is logged with the event's key.
  const connection = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 0 });
  const queue = new Queue(QUEUE_NAME, { connection, defaultJobOptions: JOB_OPTIONS });
  // Without a listener, a connection error would be thrown from the emitter and end the process.
  queue.on('error', (error) => jsonLog({ level: 'error', message: 'redis connection', error: String(error) }));
  await queue.waitUntilReady();

  const im = createCallbackRouter({
    sdkAppId,
    token,
    unhandled: 'ack', // commands enabled in the console but not queued here get OK, not a 404
    logger: {
      warn: (message) => jsonLog({ level: 'warn', message }),
      error: (message, error) => jsonLog({ level: 'error', message, error: String(error) }),
      debug: (message) => jsonLog({ level: 'info', message }),
    },
    onError: (error, event) =>
      jsonLog({
        level: 'error',
        message: 'not enqueued',
        command: event.command,
        key: event.key,
        error: String(error),
      }),
  });

  async function enqueue(event) {
    const { command, key, body } = event;
    const jobId = jobIdOf(key);
    // The job id makes a second delivery of the callback a no-op while its job is in Redis (it is
    // logged here again all the same: BullMQ's add resolves alike for a new job and a duplicate).
    await queue.add(
      command,
      { command, key, sdkAppId: event.sdkAppId, requestTime: event.requestTime, body },
      { jobId },
    );
    jsonLog({ level: 'info', message: 'enqueued', command, key, jobId });
  }
  for (const command of QUEUED_COMMANDS) im.on(command, enqueue);

  const app = express();
  app.use('/im/callback', im);
  const server = app.listen(port, host, () => {
    const base = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${server.address().port}`;
    console.log(`queue example (web) listening on ${base}
  callback URL: ${base}/im/callback
  SdkAppid:     ${sdkAppId}
  token:        ${token}   (demo only: set IM_CALLBACK_TOKEN for real use)
  queue:        ${QUEUE_NAME} on ${new URL(url).host}; run \`npm run worker\` to process it`);
  });

  function shutdown() {
    server.close(async () => {
      await queue.close();
      connection.disconnect();
      process.exit(0);
    });
    server.closeAllConnections();
  }
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
