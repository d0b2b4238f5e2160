// A sliding-window limit per key (an address, an account): in memory, because the portal is one
// server process; a restart forgets, which errs on the side of letting people in.
export interface RateLimiter {
  /** Counts a hit; false when the key is over its limit. */
  hit(key: string, now?: number): boolean;
  reset(key: string): void;
}

export function createRateLimiter(limit: number, windowMs: number, maxKeys = 50_000): RateLimiter {
  const hits = new Map<string, number[]>();
  const recent = (key: string, now: number) => (hits.get(key) ?? []).filter((t) => now - t < windowMs);
  return {
    hit(key, now = Date.now()) {
      const list = recent(key, now);
      if (list.length >= limit) {
        hits.set(key, list);
        return false;
      }
      list.push(now);
      hits.delete(key);
      hits.set(key, list);
      // Oldest keys go first when an attacker sprays addresses: memory stays bounded.
      if (hits.size > maxKeys) hits.delete(hits.keys().next().value!);
      return true;
    },
    reset(key) {
      hits.delete(key);
    },
  };
}
