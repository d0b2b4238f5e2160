import { describe, expect, it } from 'vitest';
import { memoryDatabase } from '@/tests/support/memory-database';
import { createAccount, listAccounts, type Account } from './accounts';
import { changeProblem, generatePassword, problemsQuery, readAccountsQuery, readEdit, readNewAccount, readProblems, updateAccount } from './administration';

const memory = memoryDatabase();
const at = new Date('2026-12-01T10:00:00Z');
const account = (email: string, role: Account['role']): Account => ({ email, name: null, role, createdAt: at });
const accounts = [account('baas@example.nl', 'beheerder'), account('tweede@example.nl', 'beheerder'), account('r@example.nl', 'redacteur')];

describe('accounts managed in the browser', () => {
  it('suggests passwords long enough, easy to read out, and never the same', () => {
    const passwords = new Set(Array.from({ length: 50 }, generatePassword));
    expect(passwords.size).toBe(50);
    for (const p of passwords) expect(p).toMatch(/^[a-hjkmnp-z2-9]{5}(-[a-hjkmnp-z2-9]{5}){3}$/);
  });

  it('reads the add form, and names each wrong field', () => {
    expect(readNewAccount({ email: ' Nieuw@Example.nl ', naam: ' Ans ', rol: 'eindredacteur', wachtwoord: 'x'.repeat(12) }, accounts)).toEqual({
      ok: true,
      account: { email: 'nieuw@example.nl', name: 'Ans', role: 'eindredacteur', password: 'x'.repeat(12) },
    });
    expect(readNewAccount({ email: 'geen adres', naam: 'a'.repeat(101), rol: 'baas', wachtwoord: 'kort' }, accounts)).toEqual({
      ok: false,
      problems: { email: 'emailOngeldig', naam: 'naamTeLang', rol: 'rolOnbekend', wachtwoord: 'wachtwoord' },
    });
    // Adding never resets the password of an account that exists.
    expect(readNewAccount({ email: 'R@example.nl', rol: 'redacteur', wachtwoord: 'x'.repeat(12) }, accounts)).toEqual({
      ok: false,
      problems: { email: 'emailBestaat' },
    });
    expect(readEdit({ email: 'r@example.nl', naam: '', rol: 'beheerder' })).toEqual({
      ok: true,
      edit: { email: 'r@example.nl', name: null, role: 'beheerder' },
    });
  });

  it('keeps a beheerder from locking themselves or everyone out', () => {
    expect(changeProblem('baas@example.nl', 'baas@example.nl', { role: 'redacteur' }, accounts)).toBe('eigenRol');
    expect(changeProblem('baas@example.nl', 'baas@example.nl', 'verwijderen', accounts)).toBe('zelf');
    expect(changeProblem('baas@example.nl', 'baas@example.nl', { role: 'beheerder' }, accounts)).toBeUndefined();
    expect(changeProblem('baas@example.nl', 'tweede@example.nl', { role: 'redacteur' }, accounts)).toBeUndefined();
    expect(changeProblem('baas@example.nl', 'tweede@example.nl', 'verwijderen', accounts)).toBeUndefined();
    // The last beheerder stays, whoever asks (an account the CLI demoted a moment ago, say).
    const one = [account('baas@example.nl', 'beheerder'), account('r@example.nl', 'redacteur')];
    expect(changeProblem('r@example.nl', 'baas@example.nl', 'verwijderen', one)).toBe('laatsteBeheerder');
    expect(changeProblem('baas@example.nl', 'weg@example.nl', 'verwijderen', one)).toBe('onbekend');
  });

  it('sends problems and typed values through the address, and reads back only what it knows', () => {
    const query = problemsQuery({ email: 'emailBestaat', rol: 'eigenRol' });
    expect(query).toEqual({ 'fout-email': 'emailBestaat', 'fout-rol': 'eigenRol' });
    expect(readProblems({ ...query, 'fout-naam': '<script>', 'fout-x': 'zelf' })).toEqual({ email: 'emailBestaat', rol: 'eigenRol' });
    expect(readAccountsQuery({ gedaan: 'toegevoegd', account: 'A@example.nl', formulier: 'iets', rol: 'keizer', verwijderen: 'geen' })).toMatchObject({
      done: 'toegevoegd',
      account: 'a@example.nl',
      form: undefined,
      typed: { rol: 'redacteur' },
      confirmDelete: undefined,
    });
  });

  it('changes name and role, says what changed, and a new role ends the sessions', async () => {
    await createAccount(memory.db, 'r@example.nl', 'x'.repeat(12), 'redacteur');
    await memory.db.query(
      `insert into staff_sessions (id_hash, account_id, csrf_token, created_at, expires_at) select 'h', id, 'c', now(), now() + interval '1 hour' from staff_accounts`,
    );
    const [before] = await listAccounts(memory.db);
    expect(await updateAccount(memory.db, before, { email: before.email, name: null, role: 'redacteur' })).toEqual({});
    expect(await memory.count('staff_sessions')).toBe(1);
    expect(await updateAccount(memory.db, before, { email: before.email, name: 'Ruud', role: 'eindredacteur' })).toEqual({
      name: { van: null, naar: 'Ruud' },
      role: { van: 'redacteur', naar: 'eindredacteur' },
    });
    expect(await listAccounts(memory.db)).toMatchObject([{ email: 'r@example.nl', name: 'Ruud', role: 'eindredacteur' }]);
    expect(await memory.count('staff_sessions')).toBe(0);
  });
});
