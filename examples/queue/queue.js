// What the web process and the worker agree on: the queue's name, how a callback becomes a job,
// and where Redis is.
const { createHash } = require('node:crypto');

const QUEUE_NAME = 'im-callbacks';

/**
 * The BullMQ job id of a callback: `im-` and the SHA-256 of its `event.key`, the same for every
 * delivery, so a second delivery of a callback whose job is still in Redis adds nothing.
 * Not the key itself: BullMQ rejects a custom id that contains ':' (every event.key does) or
 * that reads as an integer, and the id is part of several Redis key names, so a short,
 * fixed-length one is better than a digest key's hundred characters. The key itself travels in
 * the job's data.
 */
function jobIdOf(key) {
  return `im-${createHash('sha256').update(key).digest('hex')}`;
}

/**
 * How a job is kept and retried. `attempts` and `backoff` apply when the worker throws (the
 * effect's database is down, say): 1 s, 2 s, 4 s, 8 s, then the job stays in the failed set for
 * someone to look at. Completed jobs are kept an hour (at most 10,000 of them), so a duplicate
 * delivery within that time is ignored by BullMQ already; later ones are caught by the worker's
 * exactly-once effect.
 */
const JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

/** REDIS_URL, or an exit with a message that says how to set it. */
function redisUrl() {
  const url = process.env.REDIS_URL;
  if (url === undefined || url === '') {
    console.error(
      'REDIS_URL is not set: point it at the Redis that holds the queue, e.g. REDIS_URL=redis://127.0.0.1:6379',
    );
    process.exit(1);
  }
  return url;
}

/** One JSON object a line on standard output. */
function jsonLog(entry) {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`);
}

module.exports = { QUEUE_NAME, JOB_OPTIONS, jobIdOf, redisUrl, jsonLog };
