import { describe, expect, it } from 'vitest';
import { readAlertToken, signAlertToken, type AlertToken } from './tokens';

const secret = 'x'.repeat(43);
const now = new Date('2026-12-07T10:00:00Z');

describe('alert tokens', () => {
  const tokens: AlertToken[] = [
    { use: 'bevestigen', addressId: '12', version: 1, issued: now.getTime() },
    { use: 'beheren', addressId: '12', version: 3 },
    { use: 'afmelden', subscriptionId: '99', addressId: '12', version: 1 },
  ];

  it.each(tokens)('reads back what it signed ($use)', (token) => {
    expect(readAlertToken(secret, signAlertToken(secret, token), now)).toEqual({ ok: true, token });
  });

  it('refuses a tampered, guessed or foreign token', () => {
    const good = signAlertToken(secret, tokens[1]);
    const tampered = good.replace('h.12.', 'h.13.');
    expect(readAlertToken(secret, tampered, now)).toEqual({ ok: false, reason: 'ongeldig' });
    expect(readAlertToken('y'.repeat(43), good, now)).toEqual({ ok: false, reason: 'ongeldig' });
    for (const guess of ['', 'h.12.3', 'h.12.3.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'a'.repeat(500), 42, undefined, 'h.12.3.x.y'])
      expect(readAlertToken(secret, guess, now).ok).toBe(false);
  });

  it('lets a confirmation link expire after 7 days, and never the others', () => {
    const confirm = signAlertToken(secret, tokens[0]);
    const later = new Date(now.getTime() + 7 * 86_400_000 + 1);
    expect(readAlertToken(secret, confirm, later)).toEqual({ ok: false, reason: 'verlopen' });
    expect(readAlertToken(secret, signAlertToken(secret, tokens[1]), new Date('2036-01-01')).ok).toBe(true);
  });

  it('refuses a token signed for one use read as another', () => {
    const manage = signAlertToken(secret, tokens[1]);
    const [, id, version, signature] = manage.split('.');
    expect(readAlertToken(secret, `a.${id}.${id}.${version}.${signature}`, now).ok).toBe(false);
  });
});
