// What happens to a posted form, from the raw fields to "stored" or "send it back". Framework-free:
// the route handler gives it the request's fields and facts, and turns the outcome into a redirect.
import type { Database } from '../db';
import { mailsFor, type MailSettings } from '../mail/messages';
import type { RateLimiter } from '../http/rate-limit';
import { newReference, saveAttempt, signupCount, storeSubmission, type Attempt } from './submissions';
import { signupState, type FormDefinition } from './definitions';
import { validateFields, type FieldValues, type MunicipalityCheck } from './fields';
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

export type Outcome =
  | { type: 'stored'; reference: string; duplicate: boolean }
  | { type: 'again'; form: FormDefinition; attemptId: string }
  | { type: 'closed'; form: FormDefinition }
  | { type: 'refused'; reason: 'token' | 'origin' | 'form' };

export interface ReceiveContext {
  db: Database;
  secret: string;
  now: Date;
  /** The sender's address, for the rate limit. */
  client: string;
  /** False when the browser says the form was posted from another site. */
  sameOrigin: boolean;
  limiter: RateLimiter;
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

  const sendBack = async (attempt: Omit<Attempt, 'form' | 'values'>) => {
    // What was typed comes back as typed (within reason), so nothing needs to be typed again.
    const values: FieldValues = {};
    for (const f of form.fields) if (typeof input[f.name] === 'string') values[f.name] = input[f.name].slice(0, f.max + 5_000);
    const attemptId = await saveAttempt(ctx.db, { form: form.id, values, ...attempt }, ctx.now);
    return { type: 'again', form, attemptId } as const;
  };

  const validation = validateFields(form.fields, input, ctx.municipality);
  if (!validation.ok) return sendBack({ errors: validation.errors, ...(check.ok ? {} : { notice: 'expired' }) });
  if (!check.ok) return sendBack({ errors: {}, notice: 'expired' });

  const store = (status: 'nieuw' | 'spam') => {
    const reference = newReference();
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
      mails: status === 'nieuw' && ctx.mail ? mailsFor(form, validation.values, reference, ctx.now, ctx.mail) : [],
    });
  };

  // A bot that fills in the hidden field is told "received"; what it sent is kept apart as spam
  // (and deleted after 30 days), so a person whose browser filled it in loses nothing either.
  if (input[HONEYPOT_FIELD]) return { type: 'stored', ...(await store('spam')) };
  if (!token.a && ctx.now.getTime() - token.i < MIN_FILL_MS) return sendBack({ errors: {}, notice: 'tooFast' });
  // Counted before storing, so a burst of posts at once cannot slip past the limit.
  if (!ctx.limiter.hit(ctx.client, ctx.now.getTime())) return sendBack({ errors: {}, notice: 'rateLimited' });
  return { type: 'stored', ...(await store('nieuw')) };
}
