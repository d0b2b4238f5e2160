// What happens to a posted form, from the raw fields to "stored" or "send it back". Framework-free:
// the route handler gives it the request's fields and facts, and turns the outcome into a redirect.
import type { Database } from '../db';
import { mailsFor, type MailSettings } from '../mail/messages';
import type { RateLimiter } from '../http/rate-limit';
import { confirmationsSince, newReference, saveAttempt, signupCount, storeSubmission, type Attempt } from './submissions';
import { signupState, type FormDefinition } from './definitions';
import { validateFields, type FieldSpec, type FieldValues, type MunicipalityCheck } from './fields';
import { verifyToken } from './token';

/** The hidden fields every form carries. */
export const TOKEN_FIELD = 'formulier';
/** Left empty by people; bots fill in every field. Named so that browsers do not autofill it. */
export const HONEYPOT_FIELD = 'controle_veld';
/**
 * A person needs longer than this to fill in even the shortest form. Only the first submission is
 * held to it: a form that came back with errors is often fixed and sent again within seconds.
 */
export const MIN_FILL_MS = 3_000;
/** Confirmation e-mails one address gets in 24 hours; later submissions are stored without one. */
export const CONFIRMATIONS_PER_DAY = 3;

export type Outcome =
  | { type: 'stored'; reference: string; duplicate: boolean }
  | { type: 'again'; form: FormDefinition; attemptId: string }
  | { type: 'closed'; form: FormDefinition }
  | { type: 'refused'; reason: 'token' | 'origin' | 'form' | 'rateLimited' };

/** What every posted form of the site (submissions, e-mail alerts) is received with. */
export interface PostContext {
  db: Database;
  secret: string;
  now: Date;
  /** The sender's address, for the rate limit (lib/http/client-address.ts). */
  client: string;
  /** False when the browser says the form was posted from another site. */
  sameOrigin: boolean;
  limiter: RateLimiter;
}

export interface ReceiveContext extends PostContext {
  municipality: MunicipalityCheck;
  /** The site's forms by id (lib/forms/index.ts formById). */
  forms: (id: string) => FormDefinition | undefined;
  /** Absent when no SMTP server is configured: then no e-mails are queued. */
  mail?: MailSettings;
}

export async function receive(input: Record<string, string>, ctx: ReceiveContext): Promise<Outcome> {
  if (!ctx.sameOrigin) return { type: 'refused', reason: 'origin' };
  const check = verifyToken(ctx.secret, input[TOKEN_FIELD], ctx.now);
  if (!check.ok && check.reason !== 'expired') return { type: 'refused', reason: 'token' };
  const token = check.token;
  const form = ctx.forms(token.f);
  if (!form) return { type: 'refused', reason: 'form' };

  if (form.target && signupState(form.target, ctx.now, await signupCount(ctx.db, form.target.slug)) !== 'open') {
    return { type: 'closed', form };
  }

  // Every post with a good token counts against the limit, before anything is stored: failed
  // ones, ones that fill in the hidden field, and ones that reuse a token alike. Up to the limit
  // it is a form; past it, what was typed is still kept (a school shares one address, and nobody
  // should type a form twice); past twice the limit nothing is stored at all.
  const posts = await ctx.limiter.count(ctx.client, ctx.now.getTime());
  if (posts > 2 * ctx.limiter.limit) return { type: 'refused', reason: 'rateLimited' };

  const sendBack = async (attempt: Omit<Attempt, 'form' | 'values'>) => {
    // What was typed comes back as typed, within reason: twice what a field takes is enough to
    // see what to shorten, and bounds what one attempt can put in the database.
    const values: FieldValues = {};
    for (const f of form.fields) if (typeof input[f.name] === 'string') values[f.name] = input[f.name].slice(0, maxKept(f));
    const attemptId = await saveAttempt(ctx.db, { form: form.id, values, ...attempt }, ctx.now);
    return { type: 'again', form, attemptId } as const;
  };
  if (posts > ctx.limiter.limit) return sendBack({ errors: {}, notice: 'rateLimited' });

  const validation = validateFields(form.fields, input, ctx.municipality);
  if (!validation.ok) return sendBack({ errors: validation.errors, ...(check.ok ? {} : { notice: 'expired' }) });
  if (!check.ok) return sendBack({ errors: {}, notice: 'expired' });

  const store = async (status: 'nieuw' | 'spam') => {
    const reference = newReference();
    let mails = status === 'nieuw' && ctx.mail ? mailsFor(form, validation.values, reference, ctx.now, ctx.mail) : [];
    // Anyone can type someone else's address: a mailbox gets a few confirmations a day, not a flood.
    const recipient = mails.find((m) => m.kind === 'bevestiging')?.recipient;
    if (recipient && (await confirmationsSince(ctx.db, recipient, new Date(ctx.now.getTime() - 86_400_000))) >= CONFIRMATIONS_PER_DAY)
      mails = mails.filter((m) => m.kind !== 'bevestiging');
    return storeSubmission(ctx.db, {
      idempotencyKey: token.n,
      reference,
      form: form.id,
      kind: form.kind,
      ...(form.target ? { target: { slug: form.target.slug, title: form.target.title } } : {}),
      status,
      values: validation.values,
      receivedAt: ctx.now,
      retentionDays: form.retentionDays,
      mails,
    });
  };

  // A bot that fills in the hidden field is told "received"; what it sent is kept apart as spam
  // (and deleted after 30 days), so a person whose browser filled it in loses nothing either.
  if (input[HONEYPOT_FIELD]) return { type: 'stored', ...(await store('spam')) };
  if (!token.a && ctx.now.getTime() - token.i < MIN_FILL_MS) return sendBack({ errors: {}, notice: 'tooFast' });
  return { type: 'stored', ...(await store('nieuw')) };
}

/** The most of one field an attempt keeps. */
export const maxKept = (field: FieldSpec) => 2 * field.max + 100;
