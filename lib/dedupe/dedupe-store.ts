/**
 * Where the router remembers the callbacks it has seen, shared by every instance of an app
 * (Redis) or kept by one (memory): one method, atomic.
 */
export interface DedupeStore {
  /**
   * Claims a key for `ttlMs`: true for the first claim, false while an earlier claim lasts.
   * Must be atomic across every instance that shares the store.
   *
   * @param key - the callback's `event.key`
   * @param ttlMs - how long the claim lasts, in milliseconds
   */
  claim(key: string, ttlMs: number): Promise<boolean>;
}

/** What the router does with callbacks delivered more than once. */
export interface DedupeOptions {
  /** Where claims are kept: `memoryDedupeStore()`, `redisDedupeStore(client)` or your own. */
  store: DedupeStore;
  /**
   * How long a callback counts as seen, in seconds. IM retries throttled push callbacks after a
   * delay, and a duplicate later than this is processed again. Defaults to 3600 (an hour).
   */
  ttlSeconds?: number | undefined;
  /**
   * Called with each duplicate that was answered without running the listeners (for metrics).
   * Defaults to nothing; the logger's `debug`, when it has one, says so too.
   */
  onDuplicate?: ((event: { readonly command: string; readonly key: string }) => unknown) | undefined;
}
