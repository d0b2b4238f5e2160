// What happens to the alert forms a visitor posts, from the raw fields to "check your e-mail", "send
// it back" or a problem page. Framework-free: the route handlers in
// app/(endpoints)/formulieren/e-mailmeldingen give it the request's fields and facts and turn the
// outcome into a redirect. The same rules as the site's other forms (lib/forms/receive.ts): the
// signed form token (origin, age, one form), the shared rate limit per sender, the hidden field
// for bots and the minimum fill time; what was typed comes back through keepForm, never in a URL.
import type { Database } from '../db';
import { MIN_FILL_MS, HONEYPOT_FIELD, TOKEN_FIELD, type PostContext } from '../forms/receive';
import { keepForm, keptForm } from '../forms/submissions';
import { verifyToken } from '../forms/token';
import type { AlertSelection } from './items';
import { FREQUENCIES, type Frequency } from './items';
import { MAX_EMAIL_LENGTH, normaliseEmail, requestManageLink, subscribe, addressForToken, type EmailProblem, type Locale } from './subscriptions';
import { readAlertToken, type AlertToken } from './tokens';

/** The form ids in the forms' tokens: a token of one form is no good for another. */
export const ALERT_FORMS = { signup: 'e-mailmelding', link: 'e-mailmelding-link' } as const;
export type AlertForm = (typeof ALERT_FORMS)[keyof typeof ALERT_FORMS];

/** The fields of the alert forms. */
export const ALERT_FIELDS = { email: 'email', frequency: 'frequentie', selection: 'selectie', subscription: 'abonnement', action: 'actie' } as const;

/** Why a problem page (app/…/e-mailmeldingen/niet-gelukt) is shown; each has its own HTTP status there. */
export const PROBLEMS = ['ongeldig', 'verlopen', 'gebruikt', 'onbekend', 'te-lang', 'te-vaak', 'formulier'] as const;
export type Problem = (typeof PROBLEMS)[number];

/** A form sent back: what was typed (the address as typed, to put right) and what was wrong. */
export interface AlertAttempt {
  email: string;
  frequency?: Frequency;
  errors: { email?: EmailProblem; frequency?: 'leeg' };
  notice?: 'tooFast' | 'expired' | 'rateLimited';
}

export type FormOutcome =
  { type: 'done'; queued: boolean } | { type: 'again'; attemptId: string; selection?: string } | { type: 'problem'; reason: Problem; selection?: string };

/**
 * The selections of the content served now, bound by the caller (lib/alerts/index.ts selectionOf
 * and selectionItems): this module stays free of the content.
 */
export interface Selections {
  of(requested: string): { ok: true; selection: AlertSelection } | { ok: false; reason: 'onbekend' | 'te-lang' };
  /** The addresses of what the selection holds now. */
  items(address: string): string[];
}

/** The forms' secret is lib/secret.ts 'formulieren', as for the site's other forms. */
export type FormContext = PostContext;

export const localeOf = (input: Record<string, string>): Locale => (input.taal === 'en' ? 'en' : 'nl');
const isFrequency = (value: string | undefined): value is Frequency => (FREQUENCIES as readonly string[]).includes(value ?? '');

/**
 * The checks every alert form shares, in the order of lib/forms/receive.ts. `fill` reads the
 * form's own fields and says what is wrong; `store` runs only for a person's valid form.
 */
async function receive(
  form: AlertForm,
  input: Record<string, string>,
  ctx: FormContext,
  fill: () => { attempt: AlertAttempt; valid: boolean },
  store: () => Promise<boolean>,
  selection?: string,
): Promise<FormOutcome> {
  if (!ctx.sameOrigin) return { type: 'problem', reason: 'formulier', selection };
  const check = verifyToken(ctx.secret, input[TOKEN_FIELD], ctx.now);
  if ((!check.ok && check.reason !== 'expired') || check.token.f !== form) return { type: 'problem', reason: 'formulier', selection };
  const posts = await ctx.limiter.count(ctx.client, ctx.now.getTime());
  if (posts > 2 * ctx.limiter.limit) return { type: 'problem', reason: 'te-vaak', selection };
  const { attempt, valid } = fill();
  const again = async (notice?: AlertAttempt['notice']) =>
    ({ type: 'again', attemptId: await keepForm(ctx.db, form, { ...attempt, ...(notice ? { notice } : {}) }, ctx.now), selection }) as const;
  if (posts > ctx.limiter.limit) return again('rateLimited');
  if (!valid) return again(check.ok ? undefined : 'expired');
  if (!check.ok) return again('expired');
  // A bot that fills in the hidden field is told "check your e-mail"; nothing is stored or sent.
  if (input[HONEYPOT_FIELD]) return { type: 'done', queued: false };
  if (!check.token.a && ctx.now.getTime() - check.token.i < MIN_FILL_MS) return again('tooFast');
  return { type: 'done', queued: await store() };
}

/** The address as typed, within reason: enough to see what to put right, bounded for the attempt row. */
const keptEmail = (input: Record<string, string>) => (input[ALERT_FIELDS.email] ?? '').slice(0, 2 * MAX_EMAIL_LENGTH + 100);

/**
 * "E-mail ontvangen over …": subscribes the address to the selection and queues the confirmation.
 * A selection the site does not have is a problem page; the visitor learns nothing of the address
 * (known, confirmed, or over its limit: the same "check your e-mail").
 */
export async function receiveSignup(input: Record<string, string>, ctx: FormContext & { selections: Selections }): Promise<FormOutcome> {
  const wanted = ctx.selections.of(input[ALERT_FIELDS.selection] ?? '');
  if (!wanted.ok) return { type: 'problem', reason: wanted.reason };
  const selection = wanted.selection;
  const email = normaliseEmail(input[ALERT_FIELDS.email] ?? '');
  const frequency = input[ALERT_FIELDS.frequency];
  const fill = () => {
    const errors: AlertAttempt['errors'] = {
      ...(email.ok ? {} : { email: email.reason }),
      ...(isFrequency(frequency) ? {} : { frequency: 'leeg' as const }),
    };
    return {
      attempt: { email: keptEmail(input), ...(isFrequency(frequency) ? { frequency } : {}), errors },
      valid: Object.keys(errors).length === 0,
    };
  };
  return receive(
    ALERT_FORMS.signup,
    input,
    ctx,
    fill,
    async () => {
      const result = await subscribe(ctx.db, {
        email: input[ALERT_FIELDS.email],
        selection,
        seedItems: ctx.selections.items(selection.address),
        frequency: frequency as Frequency,
        locale: localeOf(input),
        now: ctx.now,
      });
      return result.ok && result.queued;
    },
    selection.address,
  );
}

/** "Stuur mij een link": the manage link for an address, if it has subscriptions (the same answer if not). */
export async function receiveLinkRequest(input: Record<string, string>, ctx: FormContext): Promise<FormOutcome> {
  const email = normaliseEmail(input[ALERT_FIELDS.email] ?? '');
  const fill = () => ({ attempt: { email: keptEmail(input), errors: email.ok ? {} : { email: email.reason } }, valid: email.ok });
  return receive(ALERT_FORMS.link, input, ctx, fill, async () => {
    const result = await requestManageLink(ctx.db, input[ALERT_FIELDS.email], localeOf(input), ctx.now);
    return result.ok && result.queued;
  });
}

/** What an alert form kept for the page after the redirect (`?poging=`), while it is kept. */
export const keptAttempt = (db: Database, form: AlertForm, id: string | undefined, now: Date) => keptForm<AlertAttempt>(db, id, form, now);

/**
 * The address a link (`?code=`) is for, if it is a good link of that use: signed by this site,
 * not expired, and not revoked since (the address's token_version). Otherwise why not.
 */
export async function linkHolder<U extends AlertToken['use']>(
  db: Database,
  secret: string,
  code: unknown,
  use: U,
  now: Date,
): Promise<{ ok: true; token: Extract<AlertToken, { use: U }>; address: { id: string; email: string } } | { ok: false; reason: 'ongeldig' | 'verlopen' }> {
  const read = readAlertToken(secret, code, now);
  if (!read.ok) return read;
  if (read.token.use !== use) return { ok: false, reason: 'ongeldig' };
  const address = await addressForToken(db, read.token);
  return address ? { ok: true, token: read.token as Extract<AlertToken, { use: U }>, address } : { ok: false, reason: 'ongeldig' };
}
