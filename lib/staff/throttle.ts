// Slowing down wrong passwords without locking anyone out: per account and client address, so
// an outsider who guesses from elsewhere only slows themselves down, never the real user. The
// first few wrong passwords cost nothing; after that each one doubles the wait, up to a ceiling.
// Two stores with the same behaviour, like the rate limits (lib/http/rate-limit.ts): in memory for
// one process (PGlite), in the shared PostgreSQL database when several servers use it, so that a
// guesser whose logins nginx spreads over two servers does not get twice the tries.
import type { Database } from '../db';
import { hashedKey } from '../http/rate-limit';

export interface LoginThrottle {
  /** Milliseconds before this key may try again; 0 when it may now. */
  waitMs(key: string, now: number): Promise<number>;
  /** Counts a wrong password; says the wait it leads to (0: the next try may come at once). */
  failed(key: string, now: number): Promise<number>;
  succeeded(key: string): Promise<void>;
}

export interface ThrottleOptions {
  /** Wrong passwords in a row that cost nothing. */
  free: number;
  /** The wait after the first one past `free`; it doubles with each further one. */
  firstWaitMs: number;
  maxWaitMs: number;
  /** A key whose last wrong password is this old starts afresh. */
  forgetMs: number;
  /** In memory: the most keys kept (the oldest go first). */
  maxKeys: number;
}

export const LOGIN_THROTTLE: ThrottleOptions = { free: 4, firstWaitMs: 60_000, maxWaitMs: 15 * 60_000, forgetMs: 24 * 3_600_000, maxKeys: 50_000 };

/** The wait after `failures` wrong passwords in a row, counted from the last one. */
const waitAfter = ({ free, firstWaitMs, maxWaitMs }: ThrottleOptions, failures: number) =>
  failures > free ? Math.min(maxWaitMs, firstWaitMs * 2 ** Math.min(30, failures - free - 1)) : 0;

export function createLoginThrottle(options: ThrottleOptions = LOGIN_THROTTLE): LoginThrottle {
  const { forgetMs, maxKeys } = options;
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
    async waitMs(key, now) {
      return Math.max(0, (current(key, now)?.until ?? 0) - now);
    },
    async failed(key, now) {
      const failures = (current(key, now)?.failures ?? 0) + 1;
      const wait = waitAfter(options, failures);
      entries.delete(key);
      entries.set(key, { failures, last: now, until: wait ? now + wait : 0 });
      // The oldest go first when someone sprays addresses and accounts: memory stays bounded.
      if (entries.size > maxKeys) entries.delete(entries.keys().next().value!);
      return wait;
    },
    async succeeded(key) {
      entries.delete(key);
    },
  };
}

/**
 * In the shared PostgreSQL database (table login_throttle): a wrong password is one statement that
 * locks the key's row and counts it, so wrong passwords sent to two servers at once both count.
 * Keys (account and address) are stored as a keyed hash (`secret`). Rows are deleted by the
 * retention job a day after their last wrong password (purgeThrottle).
 */
export function createSharedLoginThrottle(db: Database, secret: string, options: ThrottleOptions = LOGIN_THROTTLE): LoginThrottle {
  const { free, firstWaitMs, maxWaitMs, forgetMs } = options;
  // $2 now, $3 free, $4 first wait, $5 ceiling, $6 forget: the same rule as waitAfter, in SQL.
  const until = (failures: string) =>
    `case when ${failures} > $3::int then $2::bigint + least($5::bigint, ($4::bigint * power(2, least(30, ${failures} - $3::int - 1)))::bigint) else 0 end`;
  const failures = `case when $2::bigint - t.last_ms >= $6::bigint then 1 else t.failures + 1 end`;
  const failedSql = `insert into login_throttle as t (key, failures, last_ms, until_ms) values ($1, 1, $2::bigint, ${until('1')})
    on conflict (key) do update set failures = ${failures}, last_ms = $2::bigint, until_ms = ${until(failures)}
    returning until_ms::float8 as until`;
  return {
    async waitMs(key, now) {
      const rows = await db.query<{ until: number }>(
        'select until_ms::float8 as until from login_throttle where key = $1 and $2::bigint - last_ms < $3::bigint',
        [hashedKey(secret, key), Math.floor(now), forgetMs],
      );
      return Math.max(0, (rows[0]?.until ?? 0) - now);
    },
    async failed(key, now) {
      const rows = await db.query<{ until: number }>(failedSql, [hashedKey(secret, key), Math.floor(now), free, firstWaitMs, maxWaitMs, forgetMs]);
      return Math.max(0, rows[0].until - now);
    },
    async succeeded(key) {
      await db.query('delete from login_throttle where key = $1', [hashedKey(secret, key)]);
    },
  };
}

/** For the retention job: keys whose last wrong password is older than `forgetMs`. */
export async function purgeThrottle(db: Database, now: Date, forgetMs = LOGIN_THROTTLE.forgetMs): Promise<number> {
  return (await db.query('delete from login_throttle where last_ms <= $1::bigint returning 1', [now.getTime() - forgetMs])).length;
}
