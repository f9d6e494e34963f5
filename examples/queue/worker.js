// `npm run worker`: processes the callbacks the web process queued, CONCURRENCY at a time.
// A job that throws is retried with the backoff of its options (queue.js). A worker that dies
// (crash, SIGKILL, lost machine) leaves its jobs active with a lock that is no longer renewed:
// once the lock expires, BullMQ's stalled-job check in a running worker puts them back in the
// queue, and they run again. That is why the effect applies once however often a job runs
// (effect.js): the queue delivers at least once, the effect makes it exactly once by event.key.
const { Worker } = require('bullmq');
const { Redis } = require('ioredis');
const { applyOnce } = require('./effect');
const { QUEUE_NAME, redisUrl, jsonLog } = require('./queue');

const url = redisUrl();
const concurrency = Number(process.env.CONCURRENCY ?? 4);
const workMs = Number(process.env.WORK_MS ?? 0); // simulated work per job, for the demo and tests
// How long a job's lock lasts (renewed at half of it while the job runs) and how often stalled
// jobs are looked for. BullMQ's defaults, 30 s each, mean a killed worker's jobs run again 30
// to 60 s later; tests make both short. Keep lockDuration well above any pause of the event
// loop: a job whose lock lapses while it still runs is run by another worker too (the effect
// then still applies once, but the work is done twice). A job that stalls more than BullMQ's
// maxStalledCount (1) times is moved to the failed set instead, for someone to retry by hand.
const lockDuration = Number(process.env.LOCK_DURATION_MS ?? 30_000);
const stalledInterval = Number(process.env.STALLED_INTERVAL_MS ?? 30_000);

// The effect's own connection: the stand-in for the app's database.
const redis = new Redis(url);

async function processJob(job) {
  const { command, key } = job.data;
  jsonLog({ level: 'info', message: 'processing', command, key, attempt: job.attemptsMade + 1 });
  // The real work (calls to other services, which may throw and be retried) goes here.
  if (workMs > 0) await new Promise((resolve) => setTimeout(resolve, workMs));
  const applied = await applyOnce(redis, key);
  jsonLog({ level: 'info', message: applied ? 'applied' : 'already applied', command, key });
}

// A worker's connection waits for jobs in blocking commands: BullMQ needs maxRetriesPerRequest: null.
const connection = new Redis(url, { maxRetriesPerRequest: null });
const worker = new Worker(QUEUE_NAME, processJob, {
  connection,
  concurrency,
  lockDuration,
  stalledInterval,
});
// Every failed attempt, retried or not (BullMQ retries until the job's attempts are used up).
worker.on('failed', (job, error) =>
  jsonLog({
    level: 'warn',
    message: 'attempt failed',
    key: job?.data.key,
    attempt: job?.attemptsMade,
    error: String(error),
  }),
);
worker.on('error', (error) => jsonLog({ level: 'error', message: 'worker', error: String(error) }));
worker.waitUntilReady().then(
  () => jsonLog({ level: 'info', message: `worker ready on ${QUEUE_NAME}`, concurrency }),
  (error) => jsonLog({ level: 'error', message: 'worker could not start', error: String(error) }),
);

// SIGTERM (a deploy, a scale-down): take no new jobs, let the active ones finish, then exit.
async function shutdown() {
  await worker.close();
  await connection.quit();
  await redis.quit();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
