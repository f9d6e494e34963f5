// The worker's effect, written so that running a job twice applies it once. A job can run again
// after it took effect: its worker was killed before BullMQ heard it finished (the job's lock
// expires and another worker takes it), or a duplicate delivery came after its job was removed.
// So the effect and the record that `key` was applied are one atomic step, and the step does
// nothing when the record is already there.
//
// Here the effect is Redis's own (append the key to the list `processed`, count it in the hash
// `processed:count`), so one Lua script records the key and applies the effect, atomically.
// With a real database, do the same in one transaction: insert the key into a table where it is
// the primary key (or unique), `INSERT INTO processed_events (key) VALUES ($1) ON CONFLICT DO
// NOTHING`, and apply the effect only when a row was inserted, then commit. A claim in another store first (SET NX, then the
// effect) is not enough: a crash between the two loses the event, and a failure of the effect
// leaves a claim that makes every retry skip it.

const APPLY_ONCE = `
if redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('RPUSH', KEYS[2], ARGV[1])
redis.call('HINCRBY', KEYS[3], ARGV[1], 1)
return 1`;

/**
 * Applies the effect of the callback whose `event.key` is `key`, unless it was applied already.
 * Resolves with true when it was applied now, false when it had been before.
 *
 * @param {import('ioredis').Redis} redis
 * @param {string} key
 */
async function applyOnce(redis, key) {
  return (await redis.eval(APPLY_ONCE, 3, 'processed:keys', 'processed', 'processed:count', key)) === 1;
}

module.exports = { applyOnce };
