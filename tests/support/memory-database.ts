import { afterAll, beforeAll, beforeEach } from 'vitest';
import { openDatabase, type Database } from '@/lib/db';

/**
 * One in-memory database (PGlite) for the tests of a file, opened once and emptied before
 * each test, so every test starts from the migrated, empty schema.
 */
export function memoryDatabase() {
  const memory = {
    db: undefined as unknown as Database,
    count: async (sql: string, params: unknown[] = []) => (await memory.db.query<{ n: number }>(`select count(*)::int as n from ${sql}`, params))[0].n,
  };
  beforeAll(async () => {
    memory.db = await openDatabase();
  });
  afterAll(() => memory.db?.close());
  beforeEach(async () => {
    await memory.db.query('truncate submissions, mail_outbox, form_attempts, staff_sessions, staff_accounts restart identity cascade');
  });
  return memory;
}
