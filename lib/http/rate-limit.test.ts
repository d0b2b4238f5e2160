import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase, type Database } from '@/lib/db';
import { createRateLimiter, createSharedRateLimiter, purgeLimits, type RateLimiter } from '@/lib/http/rate-limit';
import { freshDatabase } from '@/tests/support/postgres';

const postgresUrl = inject('postgresUrl');
const SECRET = 'geheim-voor-de-limieten-in-de-tests';

// The same behaviour from both stores: what a caller sees does not depend on where the counts live.
function behaves(make: (limit: number, windowMs: number) => RateLimiter) {
  it('counts every hit per key, and stops keeping them at twice the limit', async () => {
    const limiter = make(3, 1_000);
    const counts = [];
    for (let i = 0; i < 10; i++) counts.push(await limiter.count('a', i));
    expect(counts).toEqual([1, 2, 3, 4, 5, 6, 7, 7, 7, 7]);
    expect(await limiter.count('b', 10)).toBe(1);
    // What was not kept does not hold the key back once the window moves on: hits 0–5 were kept.
    expect(await limiter.count('a', 1_000)).toBe(6);
    expect(await limiter.count('a', 1_004)).toBe(3);
    expect(limiter.limit).toBe(3);
  });

  it('slides: a hit leaves the window exactly windowMs later', async () => {
    const limiter = make(2, 1_000);
    expect(await limiter.count('c', 0)).toBe(1);
    expect(await limiter.count('c', 500)).toBe(2);
    expect(await limiter.count('c', 999)).toBe(3);
    expect(await limiter.count('c', 1_000)).toBe(3);
    expect(await limiter.count('c', 1_500)).toBe(3);
    expect(await limiter.count('c', 10_000)).toBe(1);
  });

  it('keeps limiters of different names (or windows) apart', async () => {
    const forms = make(1, 1_000);
    expect(await forms.count('d', 0)).toBe(1);
    expect(await forms.count('d', 1)).toBe(2);
    expect(await forms.count('e', 1)).toBe(1);
  });
}

describe('rate limit in memory', () => {
  behaves((limit, windowMs) => createRateLimiter(limit, windowMs));

  it('holds at most maxKeys keys, dropping the oldest', async () => {
    const limiter = createRateLimiter(5, 1_000, 2);
    await limiter.count('first', 0);
    await limiter.count('second', 0);
    await limiter.count('third', 0);
    expect(await limiter.count('first', 1)).toBe(1);
    expect(await limiter.count('third', 1)).toBe(2);
  });
});

describe.skipIf(!postgresUrl)('rate limit in a shared PostgreSQL', () => {
  const servers: Database[] = [];
  let drop: (() => Promise<void>) | undefined;
  let names = 0;
  beforeAll(async () => {
    const database = await freshDatabase(postgresUrl!);
    drop = database.drop;
    for (let i = 0; i < 4; i++) servers.push(await openDatabase({ url: database.url }));
  }, 60_000);
  afterAll(async () => {
    for (const db of servers) await db.close();
    await drop?.();
  });

  behaves((limit, windowMs) => createSharedRateLimiter(servers[0], `proef-${names++}`, limit, windowMs, SECRET));

  it('four servers counting one visitor at the same moment count every hit once', async () => {
    const limiters = servers.map((db) => createSharedRateLimiter(db, 'samen', 10, 60_000, SECRET));
    const counts = await Promise.all(Array.from({ length: 40 }, (_, i) => limiters[i % 4].count('198.51.100.7', 1_000)));
    // 40 hits of a limit of 10: the first 20 are kept and numbered 1–20 once each, the rest are past twice the limit.
    expect(counts.filter((n) => n <= 20).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(counts.filter((n) => n > 20)).toEqual(Array(20).fill(21));
    // Alternating between two servers meets the same limit as one server.
    const alternating = [];
    for (let i = 0; i < 4; i++) alternating.push(await limiters[i % 2].count('203.0.113.9', 2_000 + i));
    expect(alternating).toEqual([1, 2, 3, 4]);
  });

  it('keeps no address, only a keyed hash, and the retention job deletes what left its window', async () => {
    const limiter = createSharedRateLimiter(servers[0], 'bewaren', 2, 1_000, SECRET);
    await limiter.count('2001:db8:1::/64', 5_000);
    const rows = await servers[0].query<{ key: string }>(`select key from rate_limits where name = 'bewaren'`);
    expect(rows).toHaveLength(1);
    expect(rows[0].key).not.toContain('2001');
    await purgeLimits(servers[0], new Date(5_999));
    expect(await servers[0].query(`select 1 from rate_limits where name = 'bewaren'`)).toHaveLength(1);
    await purgeLimits(servers[0], new Date(6_000));
    expect(await servers[0].query(`select 1 from rate_limits where name = 'bewaren'`)).toHaveLength(0);
  });
});
