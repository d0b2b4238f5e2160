// The links in the alert mails (?code=): who may confirm, manage or stop a subscription, without an
// account. Each is signed with the server's key for e-mail alerts and names the address's
// token_version: raising that version (the manage page, or an AVG delete) makes every earlier link
// worthless, so a link that leaked can be revoked. Only a confirmation link expires.
import { createHmac, timingSafeEqual } from 'node:crypto';

export type AlertToken =
  | { use: 'bevestigen'; addressId: string; version: number; issued: number }
  | { use: 'beheren'; addressId: string; version: number }
  | { use: 'afmelden'; subscriptionId: string; addressId: string; version: number };

/** A confirmation link works for 7 days, as long as an unconfirmed subscription is kept. */
export const CONFIRM_DAYS = 7;
const CONFIRM_MS = CONFIRM_DAYS * 24 * 3_600_000;

const PREFIX = { bevestigen: 'b', beheren: 'h', afmelden: 'a' } as const;
const ID = /^[1-9][0-9]{0,17}$/;
const NUMBER = /^[0-9]{1,15}$/;

const sign = (secret: string, body: string) => createHmac('sha256', secret).update(body).digest('base64url').slice(0, 32);

/** `b.12.1.1765000000000.<signature>`: short enough for a link in a plain-text mail. */
export function signAlertToken(secret: string, token: AlertToken): string {
  const parts =
    token.use === 'bevestigen'
      ? [PREFIX.bevestigen, token.addressId, token.version, token.issued]
      : token.use === 'beheren'
        ? [PREFIX.beheren, token.addressId, token.version]
        : [PREFIX.afmelden, token.subscriptionId, token.addressId, token.version];
  const body = parts.join('.');
  return `${body}.${sign(secret, body)}`;
}

export type TokenRead = { ok: true; token: AlertToken } | { ok: false; reason: 'ongeldig' | 'verlopen' };

export function readAlertToken(secret: string, value: unknown, now: Date): TokenRead {
  if (typeof value !== 'string' || value.length > 120) return { ok: false, reason: 'ongeldig' };
  const parts = value.split('.');
  const signature = parts.pop() ?? '';
  const expected = Buffer.from(sign(secret, parts.join('.')));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'ongeldig' };
  const [kind, ...rest] = parts;
  if (kind === PREFIX.bevestigen && rest.length === 3 && ID.test(rest[0]) && NUMBER.test(rest[1]) && NUMBER.test(rest[2])) {
    const token: AlertToken = { use: 'bevestigen', addressId: rest[0], version: Number(rest[1]), issued: Number(rest[2]) };
    const age = now.getTime() - token.issued;
    return age > CONFIRM_MS || age < -60_000 ? { ok: false, reason: 'verlopen' } : { ok: true, token };
  }
  if (kind === PREFIX.beheren && rest.length === 2 && ID.test(rest[0]) && NUMBER.test(rest[1]))
    return { ok: true, token: { use: 'beheren', addressId: rest[0], version: Number(rest[1]) } };
  if (kind === PREFIX.afmelden && rest.length === 3 && ID.test(rest[0]) && ID.test(rest[1]) && NUMBER.test(rest[2]))
    return { ok: true, token: { use: 'afmelden', subscriptionId: rest[0], addressId: rest[1], version: Number(rest[2]) } };
  return { ok: false, reason: 'ongeldig' };
}
