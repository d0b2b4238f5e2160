import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { issueToken, TOKEN_MAX_AGE_MS, verifyToken } from '@/lib/forms/token';

describe('form token', () => {
  const SECRET = 'geheim-voor-de-tests';
  const now = new Date('2026-05-04T10:00:00Z');
  const sign = (body: string, secret = SECRET) => `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
  const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

  it('verifies a token it issued, with the form, a random key and the time', () => {
    const value = issueToken(SECRET, 'vraag', now);
    const check = verifyToken(SECRET, value, new Date(now.getTime() + 5_000));
    expect(check).toEqual({ ok: true, token: { f: 'vraag', n: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/), i: now.getTime() } });
    const other = verifyToken(SECRET, issueToken(SECRET, 'vraag', now), now);
    expect(check.ok && other.ok && check.token.n !== other.token.n).toBe(true);
  });

  it('refuses a changed body, a changed signature and another secret', () => {
    const value = issueToken(SECRET, 'vraag', now);
    const [body, signature] = value.split('.');
    const forged = b64({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), f: 'dashboard' });
    expect(verifyToken(SECRET, `${forged}.${signature}`, now)).toEqual({ ok: false, reason: 'invalid' });
    const flipped = signature.slice(0, -2) + (signature.at(-2) === 'A' ? 'B' : 'A') + signature.at(-1);
    expect(verifyToken(SECRET, `${body}.${flipped}`, now)).toEqual({ ok: false, reason: 'invalid' });
    expect(verifyToken(SECRET, `${body}.${signature.slice(1)}`, now)).toEqual({ ok: false, reason: 'invalid' });
    expect(verifyToken('een-ander-geheim', value, now)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('says "expired", with the token, after 24 hours', () => {
    const value = issueToken(SECRET, 'vraag', now);
    expect(verifyToken(SECRET, value, new Date(now.getTime() + TOKEN_MAX_AGE_MS)).ok).toBe(true);
    const late = verifyToken(SECRET, value, new Date(now.getTime() + TOKEN_MAX_AGE_MS + 1));
    expect(late).toEqual({ ok: false, reason: 'expired', token: { f: 'vraag', n: expect.any(String), i: now.getTime() } });
  });

  it('refuses garbage without throwing', () => {
    expect(verifyToken(SECRET, undefined, now)).toEqual({ ok: false, reason: 'missing' });
    expect(verifyToken(SECRET, '', now)).toEqual({ ok: false, reason: 'missing' });
    expect(verifyToken(SECRET, ['a.b'], now)).toEqual({ ok: false, reason: 'missing' });
    for (const value of [
      'abc',
      '.',
      'a.',
      '.b',
      'a.b',
      'a.b.c',
      `${'x'.repeat(400)}.y`,
      sign(b64('geen json')),
      sign(b64({ f: 'vraag', n: 1, i: 'nu' })),
      sign(b64('null')),
      sign(b64({})),
      sign('%%%'),
    ]) {
      expect(verifyToken(SECRET, value, now), value).toEqual({ ok: false, reason: 'invalid' });
    }
  });
});
