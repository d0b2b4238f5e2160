// The running server's side of the forms: one database, one rate limiter, the secret, the mail
// settings from the environment. Kept apart from receive.ts so that tests can pass their own.
import { GKA_MAILBOX } from '../site';
import type { MailSettings } from '../mail/messages';
import { findMunicipality } from '../municipalities/finder';
import { finderIndex } from '../municipalities/register';
import { createRateLimiter, type RateLimiter } from '../http/rate-limit';
import { configuredOrigin } from '../urls';
import type { MunicipalityCheck } from './fields';

const SHARED = Symbol.for('gka.limiters');
type Limiters = { forms: RateLimiter; logins: RateLimiter };

/**
 * Per address: GKA_FORM_LIMIT submissions per 10 minutes (default 10: a school shares one address)
 * and 20 login attempts per 15 minutes.
 */
export function limiters(): Limiters {
  const shared = globalThis as typeof globalThis & { [SHARED]?: Limiters };
  return (shared[SHARED] ??= {
    forms: createRateLimiter(Number(process.env.GKA_FORM_LIMIT ?? 10), 10 * 60_000),
    logins: createRateLimiter(20, 15 * 60_000),
  });
}

/** E-mail is sent only when an SMTP server is configured. */
export function mailSettings(env = process.env): MailSettings | undefined {
  if (!env.SMTP_URL) return undefined;
  return { mailbox: env.MAIL_TO || GKA_MAILBOX, origin: configuredOrigin(env) };
}

/** What was typed in a municipality field, against the CBS list and its other names. */
export const municipalityCheck: MunicipalityCheck = (value) => {
  const result = findMunicipality(finderIndex, value);
  if (result.status === 'found' && result.exact) return { name: result.municipality.name, code: result.municipality.code };
  if (result.status === 'found') return { suggestions: [result.municipality.name] };
  if (result.status === 'choose') return { suggestions: result.candidates.map((c) => c.municipality.name) };
  return { suggestions: [] };
};
