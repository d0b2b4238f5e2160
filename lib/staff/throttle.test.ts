import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase, type Database } from '@/lib/db';
import { freshDatabase } from '@/tests/support/postgres';
import { createLoginThrottle, createSharedLoginThrottle, LOGIN_THROTTLE, purgeThrottle, type LoginThrottle, type ThrottleOptions } from './throttle';

const postgresUrl = inject('postgresUrl');
const MIN = 60_000;

// The same behaviour from both stores.
function behaves(make: (options?: ThrottleOptions) => LoginThrottle) {
  it('lets the first wrong passwords pass, then doubles the wait up to the ceiling', async () => {
    const t = make();
    const waits: number[] = [];
    for (let n = 1; n <= 10; n++) {
      const said = await t.failed('a', 0);
      expect(await t.waitMs('a', 0)).toBe(said);
      waits.push(said);
    }
    expect(waits).toEqual([0, 0, 0, 0, 1 * MIN, 2 * MIN, 4 * MIN, 8 * MIN, 15 * MIN, 15 * MIN]);
    expect(await t.waitMs('a', 15 * MIN - 1)).toBe(1);
    expect(await t.waitMs('a', 15 * MIN)).toBe(0);
  });

  it('keeps keys apart, forgets after a day and after a right password', async () => {
    const t = make();
    for (let n = 0; n < 5; n++) await t.failed('account|outsider', 0);
    expect(await t.waitMs('account|outsider', 0)).toBe(MIN);
    expect(await t.waitMs('account|real user', 0)).toBe(0);
    await t.failed('account|outsider', 0);
    expect(await t.waitMs('account|outsider', LOGIN_THROTTLE.forgetMs)).toBe(0);
    // After a day a wrong password starts the count afresh.
    expect(await t.failed('account|outsider', LOGIN_THROTTLE.forgetMs)).toBe(0);
    for (let n = 0; n < 5; n++) await t.failed('b', 0);
    await t.succeeded('b');
    expect(await t.waitMs('b', 0)).toBe(0);
    expect(await t.failed('b', 1)).toBe(0);
  });

  it('follows its options', async () => {
    const t = make({ ...LOGIN_THROTTLE, free: 0, firstWaitMs: 1_000, maxWaitMs: 3_000 });
    const waits = [];
    for (let n = 0; n < 4; n++) waits.push(await t.failed('c', 100));
    expect(waits).toEqual([1_000, 2_000, 3_000, 3_000]);
  });
}

describe('login throttle in memory', () => {
  behaves((options) => createLoginThrottle(options));

  it('holds at most maxKeys keys, dropping the oldest', async () => {
    const t = createLoginThrottle({ ...LOGIN_THROTTLE, free: 0, maxKeys: 2 });
    await t.failed('first', 0);
    await t.failed('second', 0);
    await t.failed('third', 0);
    expect(await t.waitMs('first', 0)).toBe(0);
    expect(await t.waitMs('third', 0)).toBe(MIN);
  });
});

describe.skipIf(!postgresUrl)('login throttle in a shared PostgreSQL', () => {
  const servers: Database[] = [];
  let drop: (() => Promise<void>) | undefined;
  let secrets = 0;
  beforeAll(async () => {
    const database = await freshDatabase(postgresUrl!);
    drop = database.drop;
    for (let i = 0; i < 2; i++) servers.push(await openDatabase({ url: database.url }));
  }, 60_000);
  afterAll(async () => {
    for (const db of servers) await db.close();
    await drop?.();
  });

  // A secret per test keeps their keys apart in the one database.
  behaves((options) => createSharedLoginThrottle(servers[0], `geheim-${secrets++}-voor-de-tests-van-de-rem`, options));

  it('wrong passwords sent to two servers at once all count', async () => {
    const [a, b] = servers.map((db) => createSharedLoginThrottle(db, 'gedeeld-geheim-van-de-proef-123456'));
    await Promise.all(Array.from({ length: 6 }, (_, i) => (i % 2 ? a : b).failed('beheer@example.nl\n2001:db8:9::/64', 0)));
    // Six wrong passwords: past the four free ones, the second wait (2 minutes), seen by both.
    expect(await a.waitMs('beheer@example.nl\n2001:db8:9::/64', 0)).toBe(2 * MIN);
    expect(await b.waitMs('beheer@example.nl\n2001:db8:9::/64', 0)).toBe(2 * MIN);
    await b.succeeded('beheer@example.nl\n2001:db8:9::/64');
    expect(await a.waitMs('beheer@example.nl\n2001:db8:9::/64', 0)).toBe(0);
  });

  it('keeps no account or address, and the retention job deletes keys a day after their last wrong password', async () => {
    await servers[0].query('delete from login_throttle');
    const t = createSharedLoginThrottle(servers[0], 'geheim-voor-het-opruimen-van-de-rem');
    await t.failed('beheer@example.nl\n198.51.100.1', 1_000);
    await t.failed('ander@example.nl\n198.51.100.1', 2_000);
    const keys = (await servers[0].query<{ key: string }>('select key from login_throttle')).map((r) => r.key);
    expect(keys).toHaveLength(2);
    expect(keys.join()).not.toMatch(/beheer|ander|198\.51/);
    expect(await purgeThrottle(servers[0], new Date(1_000 + LOGIN_THROTTLE.forgetMs - 1))).toBe(0);
    expect(await purgeThrottle(servers[0], new Date(1_000 + LOGIN_THROTTLE.forgetMs))).toBe(1);
    expect(await t.waitMs('ander@example.nl\n198.51.100.1', 2_000)).toBe(0);
    expect(await servers[0].query('select 1 from login_throttle')).toHaveLength(1);
  });
});
