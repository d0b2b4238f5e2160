// Slowing down wrong passwords without locking anyone out: per account and client address, so
// an outsider who guesses from elsewhere only slows themselves down, never the real user. The
// first few wrong passwords cost nothing; after that each one doubles the wait, up to a ceiling.
// In memory, like the rate limits (one server process); a restart forgets.
export interface LoginThrottle {
  /** Milliseconds before this key may try again; 0 when it may now. */
  waitMs(key: string, now: number): number;
  failed(key: string, now: number): void;
  succeeded(key: string): void;
}

export interface ThrottleOptions {
  /** Wrong passwords in a row that cost nothing. */
  free: number;
  /** The wait after the first one past `free`; it doubles with each further one. */
  firstWaitMs: number;
  maxWaitMs: number;
  /** A key whose last wrong password is this old starts afresh. */
  forgetMs: number;
  maxKeys: number;
}

export const LOGIN_THROTTLE: ThrottleOptions = { free: 4, firstWaitMs: 60_000, maxWaitMs: 15 * 60_000, forgetMs: 24 * 3_600_000, maxKeys: 50_000 };

export function createLoginThrottle(options: ThrottleOptions = LOGIN_THROTTLE): LoginThrottle {
  const { free, firstWaitMs, maxWaitMs, forgetMs, maxKeys } = options;
  const entries = new Map<string, { failures: number; last: number; until: number }>();
  const current = (key: string, now: number) => {
    const entry = entries.get(key);
    if (entry && now - entry.last >= forgetMs) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  };
  return {
    waitMs(key, now) {
      return Math.max(0, (current(key, now)?.until ?? 0) - now);
    },
    failed(key, now) {
      const failures = (current(key, now)?.failures ?? 0) + 1;
      const until = failures > free ? now + Math.min(maxWaitMs, firstWaitMs * 2 ** Math.min(30, failures - free - 1)) : 0;
      entries.delete(key);
      entries.set(key, { failures, last: now, until });
      // The oldest go first when someone sprays addresses and accounts: memory stays bounded.
      if (entries.size > maxKeys) entries.delete(entries.keys().next().value!);
    },
    succeeded(key) {
      entries.delete(key);
    },
  };
}
