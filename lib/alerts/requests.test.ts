import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bundledRelease } from '../content';
import { selectionItems, selectionOf } from '.';
import { openDatabase, type Database } from '../db';
import { createRateLimiter } from '../http/rate-limit';
import { HONEYPOT_FIELD, TOKEN_FIELD } from '../forms/receive';
import { issueToken } from '../forms/token';
import { ALERT_FORMS, keptAttempt, linkHolder, receiveLinkRequest, receiveSignup, type FormContext } from './requests';
import { revokeLinks } from './subscriptions';
import { signAlertToken } from './tokens';

const secret = 'f'.repeat(43);
const alertSecret = 'a'.repeat(43);
const now = new Date('2026-12-07T10:00:00Z');
const content = bundledRelease.at(now);
// A theme with interventions, so its selection has items to start with.
const theme = content.themes.find((t) => content.interventions.some((i) => i.themes.includes(t.slug)))!.slug;
const shown = new Date(now.getTime() - 60_000);

let db: Database;
beforeAll(async () => (db = await openDatabase()));
afterAll(() => db.close());
beforeEach(() => db.query('truncate alert_addresses, alert_selections, form_attempts restart identity cascade'));

const context = (over: Partial<FormContext> = {}) => ({
  db,
  secret,
  now,
  client: '192.0.2.1',
  sameOrigin: true,
  limiter: createRateLimiter(5, 600_000),
  selections: {
    of: (requested: string) => selectionOf(content, requested),
    items: (address: string) => selectionItems(content, address, now).map((i) => i.url),
  },
  ...over,
});
const signup = (over: Record<string, string> = {}) => ({
  [TOKEN_FIELD]: issueToken(secret, ALERT_FORMS.signup, shown),
  selectie: `/interventies?sorteer=titel&thema=${theme}&onbekend=1`,
  email: 'Juf@Example.nl',
  frequentie: 'dagelijks',
  taal: 'nl',
  ...over,
});
const count = async (table: string) => (await db.query<{ n: number }>(`select count(*)::int as n from ${table}`))[0].n;

describe('receiveSignup', () => {
  it('subscribes to the canonical selection and queues the confirmation', async () => {
    expect(await receiveSignup(signup(), context())).toEqual({ type: 'done', queued: true });
    expect(await db.query('select address from alert_selections')).toEqual([{ address: `/interventies?thema=${theme}` }]);
    expect(await db.query('select frequency, locale from alert_subscriptions')).toEqual([{ frequency: 'dagelijks', locale: 'nl' }]);
    // The selection starts with what it holds now as seen.
    expect(await count('alert_selection_items')).toBeGreaterThan(0);
  });

  it('sends the form back with what was typed and what was wrong, storing nothing of the subscription', async () => {
    const outcome = await receiveSignup(signup({ email: 'juf@example.nl\r\nBcc: x@example.org', frequentie: 'elk-uur' }), context());
    expect(outcome).toMatchObject({ type: 'again', selection: `/interventies?thema=${theme}` });
    const kept = await keptAttempt(db, ALERT_FORMS.signup, outcome.type === 'again' ? outcome.attemptId : '', now);
    expect(kept).toEqual({ email: 'juf@example.nl\r\nBcc: x@example.org', errors: { email: 'ongeldig', frequency: 'leeg' } });
    expect([await count('alert_addresses'), await count('alert_selections')]).toEqual([0, 0]);
    // Kept for the signup form only.
    expect(await keptAttempt(db, ALERT_FORMS.link, outcome.type === 'again' ? outcome.attemptId : '', now)).toBeUndefined();
  });

  it('a selection the site does not have, or one that is far too long, is a problem page; nothing stored', async () => {
    expect(await receiveSignup(signup({ selectie: '/beheer' }), context())).toEqual({ type: 'problem', reason: 'onbekend' });
    const junk = `/interventies?${Array.from({ length: 10_000 }, (_, i) => `x${i}=${i}`).join('&')}`;
    expect(await receiveSignup(signup({ selectie: junk }), context())).toEqual({ type: 'problem', reason: 'te-lang' });
    expect(await count('alert_addresses')).toBe(0);
  });

  it('refuses a post from another site or with another form’s token or none', async () => {
    for (const [input, ctx] of [
      [signup(), context({ sameOrigin: false })],
      [signup({ [TOKEN_FIELD]: issueToken(secret, ALERT_FORMS.link, shown) }), context()],
      [signup({ [TOKEN_FIELD]: issueToken(secret, 'vraag', shown) }), context()],
      [signup({ [TOKEN_FIELD]: '' }), context()],
      [signup({ [TOKEN_FIELD]: issueToken('x'.repeat(43), ALERT_FORMS.signup, shown) }), context()],
    ] as const)
      expect(await receiveSignup(input, ctx)).toMatchObject({ type: 'problem', reason: 'formulier' });
    expect(await count('alert_addresses')).toBe(0);
  });

  it('a bot filling in the hidden field is told to check its mail; nothing is stored', async () => {
    expect(await receiveSignup(signup({ [HONEYPOT_FIELD]: 'x' }), context())).toEqual({ type: 'done', queued: false });
    expect(await count('alert_addresses')).toBe(0);
  });

  it('too fast, or a form open over a day, comes back with a notice; the second try of a form that came back is not held to the fill time', async () => {
    const fast = await receiveSignup(signup({ [TOKEN_FIELD]: issueToken(secret, ALERT_FORMS.signup, now) }), context());
    expect(fast.type).toBe('again');
    expect((await keptAttempt(db, ALERT_FORMS.signup, fast.type === 'again' ? fast.attemptId : '', now))?.notice).toBe('tooFast');
    const old = await receiveSignup(signup({ [TOKEN_FIELD]: issueToken(secret, ALERT_FORMS.signup, new Date(now.getTime() - 25 * 3_600_000)) }), context());
    expect((await keptAttempt(db, ALERT_FORMS.signup, old.type === 'again' ? old.attemptId : '', now))?.notice).toBe('expired');
    expect(await receiveSignup(signup({ [TOKEN_FIELD]: issueToken(secret, ALERT_FORMS.signup, now, true) }), context())).toMatchObject({ type: 'done' });
  });

  it('counts every post against the sender’s limit: past it the form comes back, past twice it nothing is kept', async () => {
    const ctx = context({ limiter: createRateLimiter(2, 600_000) });
    const outcomes = [];
    for (let i = 0; i < 6; i++) outcomes.push((await receiveSignup(signup({ email: `juf${i}@example.nl` }), ctx)).type);
    expect(outcomes).toEqual(['done', 'done', 'again', 'again', 'problem', 'problem']);
    expect(await count('alert_addresses')).toBe(2);
  });
});

describe('receiveLinkRequest', () => {
  const ask = (email: string) => ({ [TOKEN_FIELD]: issueToken(secret, ALERT_FORMS.link, shown), email, taal: 'en' });

  it('queues a link for an address with subscriptions, and says the same for an unknown one', async () => {
    await receiveSignup(signup(), context());
    expect(await receiveLinkRequest(ask('juf@example.nl'), context())).toEqual({ type: 'done', queued: true });
    expect(await receiveLinkRequest(ask('onbekend@example.nl'), context())).toEqual({ type: 'done', queued: false });
    expect(await db.query(`select locale from alert_deliveries where kind = 'link'`)).toEqual([{ locale: 'en' }]);
  });

  it('sends a malformed address back', async () => {
    const outcome = await receiveLinkRequest(ask('Juf <juf@example.nl>'), context());
    expect(await keptAttempt(db, ALERT_FORMS.link, outcome.type === 'again' ? outcome.attemptId : '', now)).toEqual({
      email: 'Juf <juf@example.nl>',
      errors: { email: 'naam' },
    });
  });
});

describe('linkHolder', () => {
  it('takes a good link of its use only, and none of a revoked version', async () => {
    await receiveSignup(signup(), context());
    const manage = signAlertToken(alertSecret, { use: 'beheren', addressId: '1', version: 1 });
    expect(await linkHolder(db, alertSecret, manage, 'beheren', now)).toMatchObject({ ok: true, address: { id: '1', email: 'juf@example.nl' } });
    expect(await linkHolder(db, alertSecret, manage, 'bevestigen', now)).toEqual({ ok: false, reason: 'ongeldig' });
    expect(await linkHolder(db, alertSecret, `${manage}x`, 'beheren', now)).toEqual({ ok: false, reason: 'ongeldig' });
    const old = signAlertToken(alertSecret, { use: 'bevestigen', addressId: '1', version: 1, issued: now.getTime() - 8 * 86_400_000 });
    expect(await linkHolder(db, alertSecret, old, 'bevestigen', now)).toEqual({ ok: false, reason: 'verlopen' });
    await revokeLinks(db, '1');
    expect(await linkHolder(db, alertSecret, manage, 'beheren', now)).toEqual({ ok: false, reason: 'ongeldig' });
  });
});
