import { describe, expect, it } from 'vitest';
import { memoryDatabase } from '@/tests/support/memory-database';
import { audit } from './audit';
import { actionLabel, auditActions, describeDetail, readAuditQuery } from './audit-view';

const memory = memoryDatabase();

describe('the audit log as the logboek page shows it', () => {
  it('reads its filters from the address and drops what is not one', () => {
    expect(readAuditQuery({ account: ' R@Example.nl ', actie: 'rol-wijzigen', pagina: '3' })).toEqual({
      actor: 'r@example.nl',
      action: 'rol-wijzigen',
      page: 3,
    });
    expect(readAuditQuery({ account: 'geen adres', actie: "x' or 1=1", pagina: '-2' })).toEqual({ actor: undefined, action: undefined, page: 1 });
  });

  it('says each action and its detail in plain Dutch', () => {
    expect(actionLabel('rol-wijzigen')).toBe('Rol wijzigen');
    expect(actionLabel('publiceren-iets-nieuws')).toBe('publiceren-iets-nieuws');
    expect(describeDetail({ rol: 'redacteur', reden: 'rol' })).toBe('deze rol mag dit niet; rol: redacteur');
    expect(describeDetail({ van: 'redacteur', naar: 'beheerder' })).toBe('van redacteur naar beheerder');
    expect(describeDetail({ van: null, naar: 'Ans' })).toBe('van – naar Ans');
    expect(describeDetail({ fouten: ['emailBestaat'] })).toBe('Er is al een account met dit e-mailadres.');
    expect(describeDetail({ reden: 'wrong' })).toBe('e-mailadres of wachtwoord niet goed');
    expect(describeDetail({ via: 'npm run beheer', wijziging: 12 })).toBe('via npm run beheer; wijziging: 12');
    expect(describeDetail({})).toBe('');
  });

  it('lists the actions the log holds, for the filter', async () => {
    await audit(memory.db, { actor: 'a@example.nl', action: 'uitloggen', outcome: 'ok' });
    await audit(memory.db, { actor: null, action: 'inloggen', outcome: 'geweigerd' });
    await audit(memory.db, { actor: 'a@example.nl', action: 'inloggen', outcome: 'ok' });
    expect(await auditActions(memory.db)).toEqual(['inloggen', 'uitloggen']);
  });
});
