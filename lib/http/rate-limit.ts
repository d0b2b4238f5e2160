// A sliding-window limit per key (an address, an account): in memory, because the portal is one
// server process; a restart forgets, which errs on the side of letting people in.
export interface RateLimiter {
  readonly limit: number;
  /** Counts a hit; false when the key is over its limit. */
  hit(key: string, now?: number): boolean;
  /**
   * Counts a hit whatever comes of it and says how many the key has in the window, this one
   * included. Hits past twice the limit are not kept (the answer is then 2 × limit + 1), so one
   * key's memory stays bounded however often it asks.
   */
  count(key: string, now?: number): number;
  reset(key: string): void;
}

export function createRateLimiter(limit: number, windowMs: number, maxKeys = 50_000): RateLimiter {
  const hits = new Map<string, number[]>();
  const recent = (key: string, now: number) => (hits.get(key) ?? []).filter((t) => now - t < windowMs);
  const keep = (key: string, list: number[]) => {
    hits.delete(key);
    hits.set(key, list);
    // Oldest keys go first when an attacker sprays addresses: memory stays bounded.
    if (hits.size > maxKeys) hits.delete(hits.keys().next().value!);
  };
  return {
    limit,
    hit(key, now = Date.now()) {
      const list = recent(key, now);
      if (list.length >= limit) {
        hits.set(key, list);
        return false;
      }
      list.push(now);
      keep(key, list);
      return true;
    },
    count(key, now = Date.now()) {
      const list = recent(key, now);
      if (list.length >= 2 * limit) {
        hits.set(key, list);
        return 2 * limit + 1;
      }
      list.push(now);
      keep(key, list);
      return list.length;
    },
    reset(key) {
      hits.delete(key);
    },
  };
}
