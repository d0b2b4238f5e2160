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
  // Opening PGlite and migrating takes a few seconds, longer on a busy machine than vitest's 10 s hook default.
  beforeAll(async () => {
    memory.db = await openDatabase();
  }, 60_000);
  afterAll(() => memory.db?.close());
  beforeEach(async () => {
    await memory.db.query(
      'truncate submissions, mail_outbox, form_attempts, staff_sessions, staff_accounts, audit_log, content_change_files, content_changes, content_uploads restart identity cascade',
    );
  });
  return memory;
}
