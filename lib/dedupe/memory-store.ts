import type { DedupeStore } from './dedupe-store';

/** Options of {@link memoryDedupeStore}. */
export interface MemoryDedupeStoreOptions {
  /** The most keys kept; the oldest claim goes first when it is full. Defaults to 100,000. */
  readonly max?: number | undefined;
}

/**
 * A dedupe store in this process's memory, bounded: for one instance, or for tests. Several
 * instances need a shared store, such as {@link redisDedupeStore}.
 *
 * @param options - how many keys to keep at most
 * @throws TypeError when `max` is not a positive whole number
 *
 * @example
 * createCallbackRouter({ sdkAppId, token, dedupe: { store: memoryDedupeStore({ max: 10_000 }) } });
 */
export function memoryDedupeStore(options: MemoryDedupeStoreOptions = {}): DedupeStore {
  const { max = 100_000 } = options;
  if (!Number.isSafeInteger(max) || max < 1) {
    throw new TypeError(
      `tencent-im-callback: memoryDedupeStore() needs max to be a positive whole number; received ${String(max)}.`,
    );
  }
  // A Map keeps insertion order: the first key is the oldest claim.
  const expiries = new Map<string, number>();
  return {
    claim(key, ttlMs) {
      const now = Date.now();
      const expiry = expiries.get(key);
      if (expiry !== undefined && expiry > now) return Promise.resolve(false);
      expiries.delete(key);
      expiries.set(key, now + ttlMs);
      if (expiries.size > max) {
        const oldest = expiries.keys().next();
        if (oldest.done !== true) expiries.delete(oldest.value);
      }
      return Promise.resolve(true);
    },
  };
}
