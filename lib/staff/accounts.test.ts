import { beforeEach, describe, expect, it } from 'vitest';
import {
  createAccount,
  csrfMatches,
  hashPassword,
  IDLE_MINUTES,
  setRole,
  listAccounts,
  login,
  logout,
  needsRehash,
  SESSION_COOKIE,
  SESSION_HOURS,
  sessionFor,
  verifyPassword,
  type LoginAttempt,
} from '@/lib/staff/accounts';
import { createRateLimiter } from '@/lib/http/rate-limit';
import { createLoginThrottle, LOGIN_THROTTLE } from '@/lib/staff/throttle';
import { memoryDatabase } from '@/tests/support/memory-database';

const memory = memoryDatabase();

describe('staff accounts', () => {
  const NOW = new Date('2026-05-04T10:00:00Z');
  const PASSWORD = 'correct horse battery';
  const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
  const KEY = 'sessiesleutel-voor-de-tests';
  let throttle = createLoginThrottle();
  let attempts = createRateLimiter(500, 15 * 60_000);
  beforeEach(() => {
    throttle = createLoginThrottle();
    attempts = createRateLimiter(500, 15 * 60_000);
  });
  const attempt = (email: string, password: string, now = NOW, over: Partial<LoginAttempt> = {}): LoginAttempt => ({
    email,
    password,
    now,
    client: '192.0.2.1',
    attempts,
    throttle,
    sessionKey: KEY,
    ...over,
  });
  const cookieOf = (result: Awaited<ReturnType<typeof login>>) => {
    if (!result.ok) throw new Error(`login failed: ${result.reason}`);
    return result.cookie;
  };

  it('hashes passwords with scrypt at N=2^17, r=8, p=1 and a salt of their own', async () => {
    const [a, b] = await Promise.all([hashPassword(PASSWORD), hashPassword(PASSWORD)]);
    expect(a).toMatch(/^scrypt\$131072\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(needsRehash(a)).toBe(false);
    expect(a).not.toBe(b);
    expect(await verifyPassword(PASSWORD, a)).toBe(true);
    expect(await verifyPassword(`${PASSWORD}!`, a)).toBe(false);
    expect(await verifyPassword(PASSWORD, 'bcrypt$xyz')).toBe(false);
    expect(await verifyPassword(PASSWORD, '')).toBe(false);
    // Parameters from a changed row are held to a ceiling: no hash of gigabytes.
    expect(await verifyPassword(PASSWORD, a.replace('$131072$', '$1073741824$'))).toBe(false);
    expect(await verifyPassword(PASSWORD, a.replace('$8$1$', '$8$64$'))).toBe(false);
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
    expect(await login(memory.db, attempt('beheer@example.nl', 'fout wachtwoord!'))).toEqual({ ok: false, reason: 'wrong' });
    expect(await login(memory.db, attempt('niemand@example.nl', PASSWORD))).toEqual({ ok: false, reason: 'wrong' });
    const cookie = cookieOf(await login(memory.db, attempt('BEHEER@example.nl', PASSWORD)));
    expect(cookie).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const session = await sessionFor(memory.db, cookie, later(1), KEY);
    // The first account may make the others.
    expect(session).toEqual({
      accountId: expect.any(String),
      email: 'beheer@example.nl',
      name: 'beheer@example.nl',
      role: 'beheerder',
      csrf: expect.stringMatching(/^[A-Za-z0-9_-]{32}$/),
    });
    // Used every 50 minutes, it lasts 8 hours from the login, not longer.
    for (let minute = 50; minute < SESSION_HOURS * 60; minute += 50) expect(await sessionFor(memory.db, cookie, later(minute), KEY)).toEqual(session);
    expect(await sessionFor(memory.db, cookie, later(SESSION_HOURS * 60 - 1), KEY)).toEqual(session);
    expect(await sessionFor(memory.db, cookie, later(SESSION_HOURS * 60), KEY)).toBeUndefined();
    expect(await sessionFor(memory.db, undefined, NOW, KEY)).toBeUndefined();
    expect(await sessionFor(memory.db, 'garbage', NOW, KEY)).toBeUndefined();
    expect(await sessionFor(memory.db, 'A'.repeat(43), NOW, KEY)).toBeUndefined();
    expect(await sessionFor(memory.db, `${cookie}x`, NOW, KEY)).toBeUndefined();
    // The database holds a keyed hash, not the cookie: without the sessions' key it opens nothing.
    expect(await memory.count('staff_sessions where id_hash = $1', [cookie])).toBe(0);
    expect(await sessionFor(memory.db, cookie, later(1), 'een andere sleutel')).toBeUndefined();
    expect(SESSION_COOKIE).toBe('__Secure-gka_beheer');

    await logout(memory.db, cookie, KEY);
    expect(await sessionFor(memory.db, cookie, later(1), KEY)).toBeUndefined();
    await logout(memory.db, undefined, KEY);
  });

  it('ends a session after an hour without a request, and gives roles to new accounts', async () => {
    await createAccount(memory.db, 'beheer@example.nl', PASSWORD);
    const made = await createAccount(memory.db, 'redactie@example.nl', PASSWORD);
    expect(made).toEqual({ role: 'redacteur', created: true });
    expect(await createAccount(memory.db, 'eind@example.nl', PASSWORD, 'eindredacteur')).toEqual({ role: 'eindredacteur', created: true });
    // A new password keeps the role.
    expect(await createAccount(memory.db, 'eind@example.nl', `${PASSWORD}!`)).toEqual({ role: 'eindredacteur', created: false });
    const cookie = cookieOf(await login(memory.db, attempt('redactie@example.nl', PASSWORD)));
    expect((await sessionFor(memory.db, cookie, later(IDLE_MINUTES - 1), KEY))?.role).toBe('redacteur');
    // A new role holds at once: the sessions end, the next login has it.
    expect(await setRole(memory.db, 'redactie@example.nl', 'eindredacteur')).toBe(true);
    expect(await sessionFor(memory.db, cookie, later(IDLE_MINUTES), KEY)).toBeUndefined();
    const again = cookieOf(await login(memory.db, attempt('redactie@example.nl', PASSWORD, later(IDLE_MINUTES))));
    expect((await sessionFor(memory.db, again, later(IDLE_MINUTES + 1), KEY))?.role).toBe('eindredacteur');
    expect(await sessionFor(memory.db, again, later(2 * IDLE_MINUTES + 2), KEY)).toBeUndefined();
    expect((await listAccounts(memory.db)).map((a) => [a.email, a.role])).toEqual([
      ['beheer@example.nl', 'beheerder'],
      ['eind@example.nl', 'eindredacteur'],
      ['redactie@example.nl', 'eindredacteur'],
    ]);
  });

  it('slows down wrong passwords per account and address, so nobody else can lock the real user out', async () => {
    await createAccount(memory.db, 'beheer@example.nl', PASSWORD);
    const attacker = { client: '203.0.113.66' };
    for (let i = 1; i <= LOGIN_THROTTLE.free; i++)
      expect(await login(memory.db, attempt('beheer@example.nl', `fout ${i} wachtwoord`, later(i / 60), attacker))).toEqual({ ok: false, reason: 'wrong' });
    expect(await login(memory.db, attempt('beheer@example.nl', 'fout 5 wachtwoord', later(5 / 60), attacker))).toEqual({ ok: false, reason: 'locked' });
    // From that address, even the right password waits; from the real user's address it gets in.
    expect(await login(memory.db, attempt('beheer@example.nl', PASSWORD, later(6 / 60), attacker))).toEqual({ ok: false, reason: 'locked' });
    cookieOf(await login(memory.db, attempt('beheer@example.nl', PASSWORD, later(7 / 60))));
    // The first wait is a minute; each further wrong password doubles it.
    const seconds = (n: number) => new Date(NOW.getTime() + n * 1_000);
    expect(await login(memory.db, attempt('beheer@example.nl', PASSWORD, seconds(64), attacker))).toEqual({ ok: false, reason: 'locked' });
    expect(await login(memory.db, attempt('beheer@example.nl', 'fout 6 wachtwoord', seconds(66), attacker))).toEqual({ ok: false, reason: 'locked' });
    expect(await login(memory.db, attempt('beheer@example.nl', PASSWORD, seconds(66 + 119), attacker))).toEqual({ ok: false, reason: 'locked' });
    cookieOf(await login(memory.db, attempt('beheer@example.nl', PASSWORD, seconds(66 + 121), attacker)));
    // A success starts afresh.
    expect(await login(memory.db, attempt('beheer@example.nl', 'weer fout!!', seconds(200), attacker))).toEqual({ ok: false, reason: 'wrong' });
  });

  it('never waits longer than 15 minutes, and forgets after a day', async () => {
    const t = createLoginThrottle();
    for (let i = 0; i < 40; i++) await t.failed('k', i);
    expect(await t.waitMs('k', 40)).toBe(LOGIN_THROTTLE.maxWaitMs - 1);
    expect(await t.waitMs('k', 39 + LOGIN_THROTTLE.forgetMs)).toBe(0);
    await t.failed('k', 40 + LOGIN_THROTTLE.forgetMs);
    expect(await t.waitMs('k', 40 + LOGIN_THROTTLE.forgetMs)).toBe(0);
  });

  it('lets the real user in while 24 /64s that tried before send wrong passwords at once; the rest hear "busy" at once', async () => {
    await createAccount(memory.db, 'beheer@example.nl', PASSWORD);
    // Each /64 tried a minute ago; half of them aim at the real user's account.
    const attacker = (i: number) => `2001:db8:${i + 1}::/64`;
    for (let i = 0; i < 24; i++) await attempts.count(attacker(i), NOW.getTime() - 60_000);
    const attackers = Array.from({ length: 24 }, (_, i) =>
      login(memory.db, attempt(i % 2 ? 'beheer@example.nl' : `x${i}@example.nl`, `fout ${i} wachtwoord`, NOW, { client: attacker(i) })),
    );
    const real = login(memory.db, attempt('beheer@example.nl', PASSWORD, NOW, { client: '198.51.100.20' }));
    cookieOf(await real);
    const answers = (await Promise.all(attackers)).map((r) => (r.ok ? 'ok' : r.reason));
    // Two ran at once and eight could wait, one per account: the others heard "busy" without a check.
    expect(answers.filter((a) => a === 'wrong').length).toBeLessThanOrEqual(10);
    expect(answers.filter((a) => a === 'busy').length).toBeGreaterThanOrEqual(14);
    expect(answers.every((a) => a === 'wrong' || a === 'busy')).toBe(true);
    // A "busy" checked nothing, so the throttle counted nothing: four more wrong passwords are free.
    const busy = answers.indexOf('busy');
    for (let n = 0; n < LOGIN_THROTTLE.free; n++)
      expect(await login(memory.db, attempt(`x${busy}@example.nl`, `nog eens fout ${n}`, later(1), { client: attacker(busy) }))).toEqual({
        ok: false,
        reason: 'wrong',
      });
  }, 180_000);

  it('puts the real user ahead of a sender spread over fresh /64s of one /48', async () => {
    await createAccount(memory.db, 'beheer@example.nl', PASSWORD);
    // 24 /64s never seen before, in a /48 that made 30 attempts: each starts behind a first try.
    for (let i = 0; i < 30; i++) await attempts.count('2001:db8:77::/48', NOW.getTime() - 60_000);
    const sprayed = Array.from({ length: 24 }, (_, i) =>
      login(memory.db, attempt(`x${i}@example.nl`, `fout ${i} wachtwoord`, NOW, { client: `2001:db8:77:${i + 1}::/64` })),
    );
    const real = login(memory.db, attempt('beheer@example.nl', PASSWORD, NOW, { client: '2001:db8:99:1::/64' }));
    cookieOf(await real);
    const answers = (await Promise.all(sprayed)).map((r) => (r.ok ? 'ok' : r.reason));
    expect(answers.filter((a) => a === 'busy').length).toBeGreaterThanOrEqual(14);
    // Every attempt counted for the /48, the refused ones too.
    expect(await attempts.count('2001:db8:77::/48', NOW.getTime())).toBe(30 + 24 + 1);
  }, 120_000);

  it('answers an unknown address exactly like a known one: the same answers, one hash each', async () => {
    await createAccount(memory.db, 'beheer@example.nl', PASSWORD);
    const answers = async (email: string) => {
      const out: string[] = [];
      for (let i = 0; i < 7; i++) {
        const result = await login(memory.db, attempt(email, `fout ${i} wachtwoord`, later(i / 60), { client: '198.51.100.1' }));
        out.push(result.ok ? 'ok' : result.reason);
      }
      return out;
    };
    const known = await answers('beheer@example.nl');
    expect(known).toEqual(['wrong', 'wrong', 'wrong', 'wrong', 'locked', 'locked', 'locked']);
    expect(await answers('niemand@example.nl')).toEqual(known);
  });

  it('keeps verifying hashes made with older parameters, and rehashes them at the next login', async () => {
    await createAccount(memory.db, 'oud@example.nl', PASSWORD);
    const old = await hashPassword(PASSWORD, { N: 2 ** 15, r: 8, p: 1 });
    expect(old).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(needsRehash(old)).toBe(true);
    await memory.db.query('update staff_accounts set password_hash = $1', [old]);
    expect(await login(memory.db, attempt('oud@example.nl', 'fout wachtwoord!'))).toEqual({ ok: false, reason: 'wrong' });
    const stored = async () => (await memory.db.query<{ hash: string }>('select password_hash as hash from staff_accounts'))[0].hash;
    expect(await stored()).toBe(old);
    cookieOf(await login(memory.db, attempt('oud@example.nl', PASSWORD)));
    const now = await stored();
    expect(now).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(await verifyPassword(PASSWORD, now)).toBe(true);
    cookieOf(await login(memory.db, attempt('oud@example.nl', PASSWORD)));
  });

  it('ends the sessions of an account that gets a new password', async () => {
    await createAccount(memory.db, 'beheer@example.nl', PASSWORD);
    const cookie = cookieOf(await login(memory.db, attempt('beheer@example.nl', PASSWORD)));
    await createAccount(memory.db, 'beheer@example.nl', `${PASSWORD} nieuw`);
    expect(await sessionFor(memory.db, cookie, later(1), KEY)).toBeUndefined();
    expect(await login(memory.db, attempt('beheer@example.nl', PASSWORD, later(2)))).toEqual({ ok: false, reason: 'wrong' });
  });

  it('compares CSRF tokens', () => {
    const session = { accountId: '1', email: 'a@example.nl', name: 'a@example.nl', role: 'redacteur' as const, csrf: 'abcdefghijklmnopqrstuvwxyz012345' };
    expect(csrfMatches(session, 'abcdefghijklmnopqrstuvwxyz012345')).toBe(true);
    expect(csrfMatches(session, 'abcdefghijklmnopqrstuvwxyz012346')).toBe(false);
    expect(csrfMatches(session, 'abc')).toBe(false);
    expect(csrfMatches(session, '')).toBe(false);
    expect(csrfMatches(session, undefined)).toBe(false);
    expect(csrfMatches(session, ['abcdefghijklmnopqrstuvwxyz012345'])).toBe(false);
  });
});
