import { describe, expect, it } from 'vitest';
import { memoryDatabase } from '@/tests/support/memory-database';
import type { StaffSession } from './accounts';
import { listAudit } from './audit';
import { gateView } from './guard';
import { refused } from './respond';

const memory = memoryDatabase();
const redacteur: StaffSession = { accountId: '1', email: 'r@example.nl', name: 'R', role: 'redacteur', csrf: 'x'.repeat(32) };

describe('a refused page or action', () => {
  it('is a page view in the audit log, and a Dutch 403 nobody keeps', async () => {
    const result = await gateView(memory.db, { session: redacteur, action: 'accounts', what: 'pagina', target: '/beheer/accounts', client: '192.0.2.1' });
    expect(result).toMatchObject({ ok: false, refusal: 'rol' });
    expect((await listAudit(memory.db)).rows).toMatchObject([{ actor: 'r@example.nl', action: 'pagina', target: '/beheer/accounts', outcome: 'geweigerd' }]);
    expect(await gateView(memory.db, { session: redacteur, action: 'bewerken', what: 'pagina' })).toEqual({ ok: true, session: redacteur });
    if (result.ok) return;
    const response = refused(result, 'accounts', '/beheer?a="<b>');
    expect(response.status).toBe(403);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const html = await response.text();
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('Dit mag alleen een beheerder; u bent redacteur.');
    expect(html).toContain('href="/beheer?a=&quot;&lt;b&gt;"');
  });

  it('without a session goes to the login page', () => {
    const response = refused({ ok: false, refusal: 'sessie' }, 'inzendingen');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/beheer/inloggen?melding=inloggen');
  });
});
