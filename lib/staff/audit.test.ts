import { describe, expect, it } from 'vitest';
import { memoryDatabase } from '@/tests/support/memory-database';
import { audit, AUDIT_DAYS, listAudit, purgeAudit } from './audit';

const memory = memoryDatabase();

describe('the audit log', () => {
  it('lists the newest first, by account and action, and forgets after its retention', async () => {
    await audit(memory.db, { actor: 'A@example.org', action: 'opslaan', outcome: 'ok', target: 'wijziging 1' });
    await audit(memory.db, { actor: 'a@example.org', action: 'publiceren', outcome: 'geweigerd', detail: { reden: 'rol' } });
    await audit(memory.db, { actor: null, action: 'inloggen', outcome: 'geweigerd' });
    expect((await listAudit(memory.db)).rows.map((r) => r.action)).toEqual(['inloggen', 'publiceren', 'opslaan']);
    expect((await listAudit(memory.db, { actor: 'A@example.org ' })).rows.map((r) => r.action)).toEqual(['publiceren']);
    expect((await listAudit(memory.db, { action: 'opslaan' })).total).toBe(1);
    const later = new Date(Date.now() + (AUDIT_DAYS + 1) * 86_400_000);
    expect(await purgeAudit(memory.db, later)).toBe(3);
  });
});
