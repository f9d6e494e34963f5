import type { DedupeStore } from './dedupe-store';

/**
 * The part of a Redis client the store uses: `SET key value PX ms NX`, as ioredis spells it
 * (`redis.set(key, '1', 'PX', ttlMs, 'NX')`, resolving to `'OK'` or `null`).
 */
export interface RedisSetClient {
  set(key: string, value: string, px: 'PX', milliseconds: number, nx: 'NX'): Promise<'OK' | null>;
}

/** Options of {@link redisDedupeStore}. */
export interface RedisDedupeStoreOptions {
  /** Put before every key, to keep the store's keys apart. Defaults to `'tencent-im-callback:seen:'`. */
  readonly prefix?: string | undefined;
}

/**
 * A dedupe store on Redis, shared by every instance of an app: one atomic
 * `SET key 1 PX ttl NX` per callback, which only the first instance to claim a key wins.
 *
 * @param client - an ioredis client (or one with the same `set`)
 * @param options - the key prefix
 * @throws TypeError when `client` has no `set` method
 *
 * @example
 * import Redis from 'ioredis';
 * const dedupe = { store: redisDedupeStore(new Redis(process.env.REDIS_URL)), ttlSeconds: 3600 };
 * createCallbackRouter({ sdkAppId, token, dedupe });
 */
export function redisDedupeStore(client: RedisSetClient, options: RedisDedupeStoreOptions = {}): DedupeStore {
  if (typeof (client as Partial<RedisSetClient> | null)?.set !== 'function') {
    throw new TypeError(
      'tencent-im-callback: redisDedupeStore() needs a Redis client such as new Redis() from ioredis.',
    );
  }
  const { prefix = 'tencent-im-callback:seen:' } = options;
  return {
    async claim(key, ttlMs) {
      return (await client.set(`${prefix}${key}`, '1', 'PX', Math.max(1, Math.round(ttlMs)), 'NX')) === 'OK';
    },
  };
}
