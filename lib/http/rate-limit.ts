// A sliding-window limit per key (an address, an account). Two stores with the same behaviour:
// in memory for one process (PGlite, `npm start`), and in PostgreSQL when several servers share
// it (DATABASE_URL), so that two servers behind nginx count one visitor once, not once each.
// Not nginx's limit_req: that counts per nginx instance, knows nothing of accounts or of posts
// that count only once their form token is good, and could not keep what was typed past the limit.
import { createHmac } from 'node:crypto';
import type { Database } from '../db';

export interface RateLimiter {
  readonly limit: number;
  /**
   * Counts a hit whatever comes of it and says how many the key has in the window, this one
   * included. Hits past twice the limit are not kept (the answer is then 2 × limit + 1), so one
   * key's memory stays bounded however often it asks.
   */
  count(key: string, now?: number): Promise<number>;
}

/** One hit against a cap: what the key has in the window afterwards, and whether it was full already. */
type Take = (key: string, now: number, cap: number) => Promise<{ kept: number; full: boolean }>;

function limiterOver(limit: number, take: Take): RateLimiter {
  return {
    limit,
    async count(key, now = Date.now()) {
      const { kept, full } = await take(key, now, 2 * limit);
      return full ? 2 * limit + 1 : kept;
    },
  };
}

/** In this process's memory; a restart forgets, which errs on the side of letting people in. */
export function createRateLimiter(limit: number, windowMs: number, maxKeys = 50_000): RateLimiter {
  const hits = new Map<string, number[]>();
  const recent = (key: string, now: number) => (hits.get(key) ?? []).filter((t) => now - t < windowMs);
  const take: Take = async (key, now, cap) => {
    const list = recent(key, now);
    const full = list.length >= cap;
    if (!full) list.push(now);
    hits.delete(key);
    hits.set(key, list);
    // Oldest keys go first when an attacker sprays addresses: memory stays bounded.
    if (hits.size > maxKeys) hits.delete(hits.keys().next().value!);
    return { kept: list.length, full };
  };
  return limiterOver(limit, take);
}

/**
 * In the shared PostgreSQL database (table rate_limits): one statement per hit, which locks the
 * key's row, drops the hits that left the window and adds this one unless the key is full, so
 * servers answering at the same moment count every hit once. The key is stored as a keyed hash
 * (`secret`): the database holds no visitor's address. `name` keeps the limits apart.
 * Rows whose window has passed are deleted by the retention job (purgeLimits).
 */
export function createSharedRateLimiter(db: Database, name: string, limit: number, windowMs: number, secret: string): RateLimiter {
  const recent = `(select array_agg(h) from unnest(r.hits) h where h > $3::bigint - $5::bigint)`;
  const sql = `insert into rate_limits as r (name, key, hits, full_at_hit, expires_ms) values ($1, $2, array[$3::bigint], false, $3::bigint + $5::bigint)
    on conflict (name, key) do update set
      hits = case when cardinality(coalesce(${recent}, '{}'::bigint[])) >= $4 then coalesce(${recent}, '{}'::bigint[]) else coalesce(${recent}, '{}'::bigint[]) || $3::bigint end,
      full_at_hit = cardinality(coalesce(${recent}, '{}'::bigint[])) >= $4,
      expires_ms = $3::bigint + $5::bigint
    returning cardinality(hits) as kept, full_at_hit as full`;
  const take: Take = async (key, now, cap) =>
    (await db.query<{ kept: number; full: boolean }>(sql, [name, hashedKey(secret, key), Math.floor(now), cap, Math.floor(windowMs)]))[0];
  return limiterOver(limit, take);
}

/** The key as the shared stores keep it: an HMAC, the same on every server that shares the secret. */
export const hashedKey = (secret: string, key: string) => createHmac('sha256', secret).update(key).digest('base64url');

/** For the retention job: limits whose window has passed. */
export async function purgeLimits(db: Database, now: Date): Promise<number> {
  return (await db.query('delete from rate_limits where expires_ms <= $1 returning 1', [now.getTime()])).length;
}
