import { describe, expect, it } from 'vitest';
import { memoryDatabase } from '@/tests/support/memory-database';
import { gate, refusalMessage } from './guard';
import { listAudit } from './audit';
import type { StaffSession } from './accounts';

const memory = memoryDatabase();
const redacteur: StaffSession = { accountId: '1', email: 'r@example.nl', name: 'R', role: 'redacteur', csrf: 'x'.repeat(32) };

describe('the gate of every staff action', () => {
  it('lets a role do what it may, with its own token from this site', async () => {
    const result = await gate(memory.db, { session: redacteur, csrf: 'x'.repeat(32), sameOrigin: true, action: 'bewerken', what: 'opslaan' });
    expect(result).toEqual({ ok: true, session: redacteur });
    expect((await listAudit(memory.db)).total).toBe(0);
  });

  it('refuses, and logs who tried: no session, another token, another site, a role too low', async () => {
    const cases = [
      { session: undefined, csrf: 'x'.repeat(32), sameOrigin: true, refusal: 'sessie' },
      { session: redacteur, csrf: undefined, sameOrigin: true, refusal: 'csrf' },
      { session: redacteur, csrf: 'y'.repeat(32), sameOrigin: true, refusal: 'csrf' },
      { session: redacteur, csrf: 'x'.repeat(32), sameOrigin: false, refusal: 'csrf' },
      { session: redacteur, csrf: 'x'.repeat(32), sameOrigin: true, refusal: 'rol', action: 'publiceren' as const },
    ];
    for (const c of cases) {
      const result = await gate(memory.db, { ...c, action: c.action ?? 'bewerken', what: 'publiceren', target: 'wijziging 7', client: '192.0.2.1' });
      expect(result).toMatchObject({ ok: false, refusal: c.refusal });
    }
    const { rows } = await listAudit(memory.db);
    expect(rows.map((r) => [r.actor, r.outcome, (r.detail as { reden: string }).reden])).toEqual([
      ['r@example.nl', 'geweigerd', 'rol'],
      ['r@example.nl', 'geweigerd', 'csrf'],
      ['r@example.nl', 'geweigerd', 'csrf'],
      ['r@example.nl', 'geweigerd', 'csrf'],
      [null, 'geweigerd', 'sessie'],
    ]);
    expect(rows[0]).toMatchObject({ action: 'publiceren', target: 'wijziging 7', client: '192.0.2.1' });
    expect(refusalMessage('rol', 'publiceren', redacteur)).toBe(
      'Dit mag alleen een eindredacteur of beheerder; u bent redacteur. Er is niets gewijzigd. Dit is vastgelegd in het logboek.',
    );
  });
});
