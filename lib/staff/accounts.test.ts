import { describe, expect, it } from 'vitest';
import {
  createAccount,
  csrfMatches,
  hashPassword,
  listAccounts,
  LOCK_MINUTES,
  login,
  logout,
  MAX_FAILED_LOGINS,
  SESSION_HOURS,
  sessionFor,
  verifyPassword,
} from '@/lib/staff/accounts';
import { memoryDatabase } from '@/tests/support/memory-database';

const memory = memoryDatabase();

describe('staff accounts', () => {
  const NOW = new Date('2026-05-04T10:00:00Z');
  const PASSWORD = 'correct horse battery';
  const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
  const cookieOf = (result: Awaited<ReturnType<typeof login>>) => {
    if (!result.ok) throw new Error(`login failed: ${result.reason}`);
    return result.cookie;
  };

  it('hashes passwords with scrypt and a salt of their own', async () => {
    const [a, b] = await Promise.all([hashPassword(PASSWORD), hashPassword(PASSWORD)]);
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword(PASSWORD, a)).toBe(true);
    expect(await verifyPassword(`${PASSWORD}!`, a)).toBe(false);
    expect(await verifyPassword(PASSWORD, 'bcrypt$xyz')).toBe(false);
    expect(await verifyPassword(PASSWORD, '')).toBe(false);
    // The same password typed with a decomposed é.
    const composed = await hashPassword('wachtwoord-caf\u00e9');
    expect(await verifyPassword('wachtwoord-cafe\u0301', composed)).toBe(true);
  });

  it('refuses a short password and an address that is not one', async () => {
    await expect(createAccount(memory.db, 'a@example.nl', 'kort')).rejects.toThrow(/12 tekens/);
    await expect(createAccount(memory.db, 'geen adres', PASSWORD)).rejects.toThrow(/geen e-mailadres/);
    expect(await listAccounts(memory.db)).toEqual([]);
  });

  it('logs in with the right password only and keeps a session for 8 hours', async () => {
    await createAccount(memory.db, ' Beheer@Example.nl ', PASSWORD);
    expect((await listAccounts(memory.db)).map((a) => a.email)).toEqual(['beheer@example.nl']);
    expect(await login(memory.db, 'beheer@example.nl', 'fout wachtwoord!', NOW)).toEqual({ ok: false, reason: 'wrong' });
    expect(await login(memory.db, 'niemand@example.nl', PASSWORD, NOW)).toEqual({ ok: false, reason: 'wrong' });
    const cookie = cookieOf(await login(memory.db, 'BEHEER@example.nl', PASSWORD, NOW));
    expect(cookie).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const session = await sessionFor(memory.db, cookie, later(1));
    expect(session).toEqual({ email: 'beheer@example.nl', csrf: expect.stringMatching(/^[A-Za-z0-9_-]{32}$/) });
    expect(await sessionFor(memory.db, cookie, later(SESSION_HOURS * 60 - 1))).toEqual(session);
    expect(await sessionFor(memory.db, cookie, later(SESSION_HOURS * 60))).toBeUndefined();
    expect(await sessionFor(memory.db, undefined, NOW)).toBeUndefined();
    expect(await sessionFor(memory.db, 'garbage', NOW)).toBeUndefined();
    expect(await sessionFor(memory.db, 'A'.repeat(43), NOW)).toBeUndefined();
    expect(await sessionFor(memory.db, `${cookie}x`, NOW)).toBeUndefined();
    // The database holds a hash, not the cookie.
    expect(await memory.count('staff_sessions where id_hash = $1', [cookie])).toBe(0);

    await logout(memory.db, cookie);
    expect(await sessionFor(memory.db, cookie, later(1))).toBeUndefined();
    await logout(memory.db, undefined);
  });

  it('locks an account for 15 minutes after 5 wrong passwords in a row', async () => {
    await createAccount(memory.db, 'beheer@example.nl', PASSWORD);
    for (let i = 1; i < MAX_FAILED_LOGINS; i++)
      expect(await login(memory.db, 'beheer@example.nl', `fout ${i} wachtwoord`, later(i))).toEqual({ ok: false, reason: 'wrong' });
    expect(await login(memory.db, 'beheer@example.nl', 'fout 5 wachtwoord', later(5))).toEqual({ ok: false, reason: 'locked' });
    // Locked: even the right password does not get in.
    expect(await login(memory.db, 'beheer@example.nl', PASSWORD, later(5 + LOCK_MINUTES - 1))).toEqual({ ok: false, reason: 'locked' });
    cookieOf(await login(memory.db, 'beheer@example.nl', PASSWORD, later(5 + LOCK_MINUTES)));
    expect(
      (await memory.db.query<{ failed: number; locked: Date | null }>('select failed_logins as failed, locked_until as locked from staff_accounts'))[0],
    ).toEqual({ failed: 0, locked: null });
  });

  it('ends the sessions of an account that gets a new password', async () => {
    await createAccount(memory.db, 'beheer@example.nl', PASSWORD);
    const cookie = cookieOf(await login(memory.db, 'beheer@example.nl', PASSWORD, NOW));
    await createAccount(memory.db, 'beheer@example.nl', `${PASSWORD} nieuw`);
    expect(await sessionFor(memory.db, cookie, later(1))).toBeUndefined();
    expect(await login(memory.db, 'beheer@example.nl', PASSWORD, later(2))).toEqual({ ok: false, reason: 'wrong' });
  });

  it('compares CSRF tokens', () => {
    const session = { email: 'a@example.nl', csrf: 'abcdefghijklmnopqrstuvwxyz012345' };
    expect(csrfMatches(session, 'abcdefghijklmnopqrstuvwxyz012345')).toBe(true);
    expect(csrfMatches(session, 'abcdefghijklmnopqrstuvwxyz012346')).toBe(false);
    expect(csrfMatches(session, 'abc')).toBe(false);
    expect(csrfMatches(session, '')).toBe(false);
    expect(csrfMatches(session, undefined)).toBe(false);
    expect(csrfMatches(session, ['abcdefghijklmnopqrstuvwxyz012345'])).toBe(false);
  });
});
