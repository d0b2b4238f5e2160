// The hidden token in every form. Signed with the server's secret, it proves the form came from
// this site (against forged posts: a site without cookies has no session to bind a CSRF token
// to), says which form it is, when it was shown (a minimum fill time against bots) and carries a
// random key that makes a double click or a resent POST one submission, not two.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export interface FormToken {
  /** form id */
  f: string;
  /** random idempotency key */
  n: string;
  /** issued, ms since epoch */
  i: number;
  /** 1 when the form was shown again after a submission came back (errors): no minimum fill time then. */
  a?: 1;
}

/** A form left open longer than this must be sent again (the visitor keeps what they typed). */
export const TOKEN_MAX_AGE_MS = 24 * 60 * 60 * 1000;

const sign = (secret: string, body: string) => createHmac('sha256', secret).update(body).digest('base64url');

export function issueToken(secret: string, form: string, now: Date, again = false): string {
  const token: FormToken = { f: form, n: randomBytes(16).toString('base64url'), i: now.getTime(), ...(again ? { a: 1 as const } : {}) };
  const body = Buffer.from(JSON.stringify(token)).toString('base64url');
  return `${body}.${sign(secret, body)}`;
}

export type TokenCheck = { ok: true; token: FormToken } | { ok: false; reason: 'missing' | 'invalid' } | { ok: false; reason: 'expired'; token: FormToken };

export function verifyToken(secret: string, value: unknown, now: Date): TokenCheck {
  if (typeof value !== 'string' || value === '') return { ok: false, reason: 'missing' };
  const [body, signature, extra] = value.split('.');
  if (!body || !signature || extra !== undefined || value.length > 400) return { ok: false, reason: 'invalid' };
  const expected = Buffer.from(sign(secret, body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'invalid' };
  let token: FormToken;
  try {
    token = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as FormToken;
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (
    typeof token !== 'object' ||
    token === null ||
    typeof token.f !== 'string' ||
    typeof token.n !== 'string' ||
    typeof token.i !== 'number' ||
    (token.a !== undefined && token.a !== 1)
  )
    return { ok: false, reason: 'invalid' };
  if (now.getTime() - token.i > TOKEN_MAX_AGE_MS) return { ok: false, reason: 'expired', token };
  return { ok: true, token };
}
