// The forms bound to the site: the sign-up forms a content snapshot asks for, where each form sits
// in the site (breadcrumbs), and the running server's side (one rate limiter per process, the mail
// settings from the environment, the municipality check against the CBS register). Everything
// else in lib/forms/ is pure and gets these passed in, so tests can pass their own.
import type { Snapshot } from '../content';
import { perSnapshot } from '../content/per-snapshot';
import { GKA_MAILBOX } from '../site';
import type { MailSettings } from '../mail/messages';
import { findMunicipality } from '../municipalities/finder';
import { finderIndex } from '../municipalities/register';
import { database } from '../db';
import { createRateLimiter, createSharedRateLimiter, type RateLimiter } from '../http/rate-limit';
import { secretFor } from '../secret';
import { createLoginThrottle, createSharedLoginThrottle, type LoginThrottle } from '../staff/throttle';
import { configuredOrigin, urls } from '../urls';
import { translator } from '../../i18n/translate';
import { FIXED_FORMS, SIGNUP_PREFIX, signupForm, type FormDefinition, type SignupTarget } from './definitions';
import type { MunicipalityCheck } from './fields';
import type { PostContext } from './receive';
import { clientAddress, isSameOrigin } from '../http/form-body';

/** The site's forms in a snapshot: the fixed ones and the sign-ups its activities, agendas and pages ask for. */
const formsOf = perSnapshot((content) => {
  const signups = [...content.events, ...content.agendas, ...content.pages].flatMap((d) => signupForm(d) ?? []);
  return { signups, all: new Map([...FIXED_FORMS, ...signups].map((f) => [f.id, f])) };
});

export const signupForms = (content: Snapshot): FormDefinition[] => formsOf(content).signups;
export const formById = (content: Snapshot, id: string) => formsOf(content).all.get(id);
export const signupFormFor = (content: Snapshot, slug: string) => formsOf(content).all.get(`${SIGNUP_PREFIX}${slug}`);
export const fixedForm = (id: 'vraag' | 'initiatief' | 'dashboard') => FIXED_FORMS.find((f) => f.id === id)!;
export const allForms = (content: Snapshot) => [...formsOf(content).all.values()];

// Where each form sits in the site, for its breadcrumbs: under the page that points to it; a
// sign-up under its activity, agenda or page, with the trail that page itself has.
type Crumb = { label: string; href: string };

/** The breadcrumbs of the forms, from the pages of a snapshot. */
export function formTrails(content: Snapshot) {
  const crumb = (path: string): Crumb[] => {
    const page = content.pageByPath(path);
    return page ? [{ label: page.title, href: page.url }] : [];
  };
  /** A page's parents and the page: the pages whose path is a prefix of its own (voor-scholen › dashboard). */
  const pageTrail = (path: string) => path.split('/').flatMap((_, i, parts) => crumb(parts.slice(0, i + 1).join('/')));
  return {
    vraag: () => crumb('contact'),
    initiatief: () => crumb('contact'),
    dashboard: () => pageTrail('voor-scholen/dashboard'),
    signup: (target: Pick<SignupTarget, 'title' | 'url'>, locale: string): Crumb[] => {
      const t = translator(locale);
      const own = { label: target.title, href: target.url };
      const current = { label: t('current.title'), href: urls.current() };
      if (target.url.startsWith(`${urls.eventsIndex()}/`)) return [current, { label: t('events.title'), href: urls.eventsIndex() }, own];
      if (target.url.startsWith(`${urls.agendasIndex()}/`)) return [current, { label: t('agendas.title'), href: urls.agendasIndex() }, own];
      const path = target.url.replace(/^\//, '');
      return content.pageByPath(path) ? pageTrail(path) : [own];
    },
  };
}

const SHARED = Symbol.for('gka.limiters');
const FORM_WINDOW_MS = 10 * 60_000;
const LOGIN_WINDOW_MS = 15 * 60_000;
// Counted up to twice this: past it an address or network is last in line anyway.
const ATTEMPTS_COUNTED = 500;
type Limiters = { forms: RateLimiter; logins: RateLimiter; loginAttempts: RateLimiter; loginThrottle: LoginThrottle };

/**
 * Per address: GKA_FORM_LIMIT posted forms per 10 minutes, failed ones included (default 20: a
 * school shares one address, and a mistake or two is normal), and 20 login attempts per 15
 * minutes; per account and address, the backoff after wrong passwords (lib/staff/throttle.ts).
 * Login attempts per address and per network (/48, /24) are also counted without a limit, to
 * order the password checks (lib/staff/accounts.ts).
 * On a PostgreSQL server (DATABASE_URL) the counts live in the database, which all servers share;
 * on PGlite (one process) in memory.
 */
export function limiters(): Promise<Limiters> {
  const shared = globalThis as typeof globalThis & { [SHARED]?: Promise<Limiters> };
  shared[SHARED] ??= database()
    .then((db): Limiters => {
      const formLimit = Number(process.env.GKA_FORM_LIMIT ?? 20);
      if (db.kind !== 'postgresql')
        return {
          forms: createRateLimiter(formLimit, FORM_WINDOW_MS),
          logins: createRateLimiter(20, LOGIN_WINDOW_MS),
          loginAttempts: createRateLimiter(ATTEMPTS_COUNTED, LOGIN_WINDOW_MS),
          loginThrottle: createLoginThrottle(),
        };
      const secret = secretFor('limieten');
      return {
        forms: createSharedRateLimiter(db, 'formulieren', formLimit, FORM_WINDOW_MS, secret),
        logins: createSharedRateLimiter(db, 'inloggen', 20, LOGIN_WINDOW_MS, secret),
        loginAttempts: createSharedRateLimiter(db, 'inlogpogingen', ATTEMPTS_COUNTED, LOGIN_WINDOW_MS, secret),
        loginThrottle: createSharedLoginThrottle(db, secret),
      };
    })
    .catch((error: unknown) => {
      delete shared[SHARED];
      throw error;
    });
  return shared[SHARED];
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

/** What a posted form is received with, for the request in hand: the database, the forms' key, the sender, the shared limit. */
export async function postContext(request: Request, now = new Date()): Promise<PostContext> {
  return {
    db: await database(),
    secret: secretFor('formulieren'),
    now,
    client: clientAddress(request),
    sameOrigin: isSameOrigin(request),
    limiter: (await limiters()).forms,
  };
}
