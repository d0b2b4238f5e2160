import { afterAll, describe, expect, inject, it } from 'vitest';
import { openDatabase, type Database } from '@/lib/db';
import { takeLease } from '@/lib/db/leases';
import { freshDatabase } from '@/tests/support/postgres';

const postgresUrl = inject('postgresUrl');
const HOUR = 3_600_000;

describe('a lease: work done by one server per period', () => {
  it('PGlite: the first caller runs, the next only after the period', async () => {
    const db = await openDatabase();
    try {
      const t = new Date('2026-03-01T10:00:00Z');
      expect(await takeLease(db, 'retention', HOUR, t)).toBe(true);
      expect(await takeLease(db, 'retention', HOUR, new Date(t.getTime() + HOUR - 1))).toBe(false);
      expect(await takeLease(db, 'other', HOUR, t)).toBe(true);
      expect(await takeLease(db, 'retention', HOUR, new Date(t.getTime() + HOUR))).toBe(true);
    } finally {
      await db.close();
    }
  });

  describe.skipIf(!postgresUrl)('PostgreSQL', () => {
    const opened: Database[] = [];
    let drop: (() => Promise<void>) | undefined;
    afterAll(async () => {
      for (const db of opened) await db.close();
      await drop?.();
    });

    it('ten servers asking at the same moment: exactly one runs', async () => {
      const database = await freshDatabase(postgresUrl!);
      drop = database.drop;
      for (let i = 0; i < 10; i++) opened.push(await openDatabase({ url: database.url }));
      const now = new Date();
      for (let round = 0; round < 5; round++) {
        const at = new Date(now.getTime() + round * HOUR);
        const won = await Promise.all(opened.map((db) => takeLease(db, 'retention', HOUR, at)));
        expect(won.filter(Boolean)).toHaveLength(1);
      }
    });
  });
});
