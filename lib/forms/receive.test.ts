import { describe, expect, it } from 'vitest';
import { CONFIRMATIONS_PER_DAY, HONEYPOT_FIELD, maxKept, MIN_FILL_MS, receive, TOKEN_FIELD, type Outcome, type ReceiveContext } from '@/lib/forms/receive';
import { issueToken, TOKEN_MAX_AGE_MS } from '@/lib/forms/token';
import { createRateLimiter } from '@/lib/http/rate-limit';
import { loadAttempt, submissionById, submissionByReference } from '@/lib/forms/submissions';
import { memoryDatabase } from '@/tests/support/memory-database';
import { currentContent } from '@/lib/content';
import { formById, municipalityCheck, signupForms } from '@/lib/forms';

const memory = memoryDatabase();

describe('receive()', () => {
  const SECRET = 'geheim-voor-de-tests';
  const NOW = new Date('2026-05-04T10:00:00Z');
  const MAIL = { mailbox: 'gka@example.nl', origin: 'https://gka.example' };
  const ctx = (over: Partial<ReceiveContext> = {}): ReceiveContext => ({
    db: memory.db,
    secret: SECRET,
    now: NOW,
    client: '192.0.2.1',
    sameOrigin: true,
    limiter: createRateLimiter(10, 10 * 60_000),
    municipality: municipalityCheck,
    forms: (id) => formById(currentContent(), id),
    mail: MAIL,
    ...over,
  });
  const post = (form: string, values: Record<string, string>, shownAgo = 60_000) => ({
    [TOKEN_FIELD]: issueToken(SECRET, form, new Date(NOW.getTime() - shownAgo)),
    [HONEYPOT_FIELD]: '',
    ...values,
  });
  const QUESTION = { naam: ' Anna de Vries ', email: 'anna@example.nl', vraag: 'Hoe sluit mijn school aan?' };
  const agenda = signupForms(currentContent()).find((f) => f.target && !f.target.deadline && !f.target.startsAt && !f.target.closed)!;
  // National agendas ask for 'School of organisatie' (organisatie), activities for a school.
  const where = agenda.fields.some((f) => f.name === 'school') ? 'school' : 'organisatie';
  const SIGNUP = { naam: 'Bram', email: 'bram@example.nl', [where]: 'De Regenboog', functie: 'Directeur', gemeente: 'den haag', motivatie: 'Graag!' };

  const stored = (outcome: Outcome) => {
    if (outcome.type !== 'stored') throw new Error(`expected stored, got ${JSON.stringify(outcome)}`);
    return outcome;
  };
  const attemptOf = async (outcome: Outcome) => {
    if (outcome.type !== 'again') throw new Error(`expected again, got ${JSON.stringify(outcome)}`);
    return loadAttempt(memory.db, outcome.attemptId, outcome.form.id, NOW);
  };

  it('stores a submission with its e-mails', async () => {
    const outcome = stored(await receive(post('vraag', { ...QUESTION, status: 'spam', reference: 'GKA-0000-0000' }), ctx()));
    expect(outcome.reference).toMatch(/^GKA-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(outcome.duplicate).toBe(false);
    const row = (await submissionById(memory.db, (await submissionByReference(memory.db, outcome.reference))!.id))!;
    expect(row).toMatchObject({
      form: 'vraag',
      status: 'nieuw',
      target: null,
      values: { naam: 'Anna de Vries', email: 'anna@example.nl', organisatie: '', vraag: 'Hoe sluit mijn school aan?' },
    });
    expect(row.receivedAt.toISOString()).toBe(NOW.toISOString());
    expect(row.mails.map((m) => [m.kind, m.recipient])).toEqual([
      ['bevestiging', 'anna@example.nl'],
      ['melding', 'gka@example.nl'],
    ]);
    // Without a mail server no e-mails are queued.
    stored(await receive(post('vraag', QUESTION), ctx({ mail: undefined })));
    expect(await memory.count('mail_outbox')).toBe(2);
  });

  it('stores a sign-up for an open agenda with the municipality’s register name', async () => {
    const outcome = stored(await receive(post(agenda.id, SIGNUP), ctx()));
    const row = (await submissionById(memory.db, (await submissionByReference(memory.db, outcome.reference))!.id))!;
    expect(row).toMatchObject({ form: agenda.id, target: agenda.target!.slug, targetTitle: agenda.target!.title });
    expect(row.values.gemeente).toBe("'s-Gravenhage");
  });

  it('stores a POST sent twice with the same token once, with the same reference', async () => {
    const input = post('vraag', QUESTION);
    const first = stored(await receive(input, ctx()));
    const second = stored(await receive(input, ctx({ now: new Date(NOW.getTime() + 1_000) })));
    expect(second).toEqual({ type: 'stored', reference: first.reference, duplicate: true });
    expect(await memory.count('submissions')).toBe(1);
    expect(await memory.count('mail_outbox')).toBe(2);
  });

  it('stores 50 concurrent POSTs of one token once', async () => {
    const input = post('vraag', QUESTION);
    // The limit counts every post before storing (so a burst cannot slip past it): room for 50 here.
    const limiter = createRateLimiter(60, 10 * 60_000);
    const outcomes = (await Promise.all(Array.from({ length: 50 }, () => receive(input, ctx({ limiter }))))).map(stored);
    expect(new Set(outcomes.map((o) => o.reference)).size).toBe(1);
    expect(outcomes.filter((o) => !o.duplicate)).toHaveLength(1);
    expect(await memory.count('submissions')).toBe(1);
    expect(await memory.count('mail_outbox')).toBe(2);
  });

  it('refuses a missing, changed or foreign token, an unknown form and a cross-site post', async () => {
    const input = post('vraag', QUESTION);
    const [body, signature] = input[TOKEN_FIELD].split('.');
    expect(await receive({ ...input, [TOKEN_FIELD]: '' }, ctx())).toEqual({ type: 'refused', reason: 'token' });
    const { [TOKEN_FIELD]: _omitted, ...withoutToken } = input;
    void _omitted;
    expect(await receive(withoutToken, ctx())).toEqual({ type: 'refused', reason: 'token' });
    expect(await receive({ ...input, [TOKEN_FIELD]: `${body}x.${signature}` }, ctx())).toEqual({ type: 'refused', reason: 'token' });
    expect(await receive(input, ctx({ secret: 'een ander geheim' }))).toEqual({ type: 'refused', reason: 'token' });
    expect(await receive(post('bestaat-niet', QUESTION), ctx())).toEqual({ type: 'refused', reason: 'form' });
    expect(await receive(input, ctx({ sameOrigin: false }))).toEqual({ type: 'refused', reason: 'origin' });
    expect(await memory.count('submissions')).toBe(0);
    expect(await memory.count('form_attempts')).toBe(0);
  });

  it('tells a bot that fills in the hidden field "received", and keeps what it sent as spam without e-mails', async () => {
    const outcome = stored(await receive({ ...post('vraag', QUESTION), [HONEYPOT_FIELD]: 'https://spam.example' }, ctx()));
    expect((await submissionByReference(memory.db, outcome.reference))!.status).toBe('spam');
    expect(await memory.count('mail_outbox')).toBe(0);
    // Spam takes no place in a sign-up.
    stored(await receive({ ...post(agenda.id, SIGNUP), [HONEYPOT_FIELD]: 'x' }, ctx()));
    expect(await memory.count(`submissions where status = 'spam'`)).toBe(2);
    expect(await memory.count('mail_outbox')).toBe(0);
  });

  it('sends a form filled in faster than a person can back, with everything typed', async () => {
    const outcome = await receive(post('vraag', QUESTION, MIN_FILL_MS - 1), ctx());
    expect(await attemptOf(outcome)).toEqual({ form: 'vraag', values: QUESTION, errors: {}, notice: 'tooFast' });
    stored(await receive(post('vraag', QUESTION, MIN_FILL_MS), ctx()));
    expect(await memory.count('submissions')).toBe(1);
  });

  it('holds only the first submission to the minimum fill time: a form back with errors may be sent again at once', async () => {
    const first = await receive(post('vraag', { ...QUESTION, email: 'geen-adres' }, 1_000), ctx());
    expect((await attemptOf(first))?.errors.email).toBeDefined();
    // The page of the attempt issues its token just now (components/forms/FormPage.tsx).
    const again = { [TOKEN_FIELD]: issueToken(SECRET, 'vraag', NOW, true), [HONEYPOT_FIELD]: '', ...QUESTION };
    stored(await receive(again, ctx()));
    // A token cannot claim it on its own: the flag is signed.
    const [body] = issueToken(SECRET, 'vraag', NOW).split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), a: 1 })).toString('base64url');
    const signature = issueToken(SECRET, 'vraag', NOW).split('.')[1];
    expect(await receive({ ...again, [TOKEN_FIELD]: `${forged}.${signature}` }, ctx())).toEqual({ type: 'refused', reason: 'token' });
  });

  it('sends a form back when the address sent too many, and past twice the limit stores nothing', async () => {
    const limiter = createRateLimiter(2, 10 * 60_000);
    stored(await receive(post('vraag', QUESTION), ctx({ limiter })));
    stored(await receive(post('vraag', QUESTION), ctx({ limiter })));
    const outcome = await receive(post('vraag', QUESTION), ctx({ limiter }));
    expect(await attemptOf(outcome)).toMatchObject({ errors: {}, notice: 'rateLimited', values: QUESTION });
    stored(await receive(post('vraag', QUESTION), ctx({ limiter, client: '198.51.100.7' })));
    await receive(post('vraag', QUESTION), ctx({ limiter }));
    expect(await memory.count('form_attempts')).toBe(2);
    expect(await receive(post('vraag', QUESTION), ctx({ limiter }))).toEqual({ type: 'refused', reason: 'rateLimited' });
    expect(await memory.count('form_attempts')).toBe(2);
    stored(await receive(post('vraag', QUESTION), ctx({ limiter, now: new Date(NOW.getTime() + 10 * 60_000) })));
    expect(await memory.count('submissions')).toBe(4);
  });

  it('counts every post against the limit before storing: failed ones, reused tokens and bots alike', async () => {
    const limiter = createRateLimiter(3, 10 * 60_000);
    const big = { naam: 'x'.repeat(25_000), email: 'geen adres', vraag: 'y'.repeat(25_000) };
    // One token, posted again and again with errors: 6 attempts at most, then nothing.
    const input = post('vraag', big);
    const outcomes = [];
    for (let i = 0; i < 30; i++) outcomes.push(await receive(input, ctx({ limiter })));
    expect(outcomes.filter((o) => o.type === 'again')).toHaveLength(6);
    expect(outcomes.slice(6).every((o) => o.type === 'refused' && o.reason === 'rateLimited')).toBe(true);
    expect(await memory.count('form_attempts')).toBe(6);
    // Each attempt keeps twice what a field takes, not what was sent.
    const kept = (await memory.db.query<{ size: number }>('select max(length(payload::text))::int as size from form_attempts'))[0].size;
    expect(kept).toBeLessThan(2 * (120 + 4000) + 1_000);
    const attempt = await attemptOf(outcomes[0]);
    expect(attempt?.values.naam).toHaveLength(maxKept({ name: 'naam', kind: 'text', required: true, max: 120 }));
    // A bot that fills in the hidden field is limited like anyone else.
    const bots = createRateLimiter(2, 10 * 60_000);
    const spam = [];
    for (let i = 0; i < 10; i++)
      spam.push(await receive({ ...post('vraag', QUESTION), [HONEYPOT_FIELD]: 'https://spam.example' }, ctx({ limiter: bots, client: '203.0.113.5' })));
    expect(spam.filter((o) => o.type === 'stored')).toHaveLength(2);
    expect(await memory.count(`submissions where status = 'spam'`)).toBe(2);
  });

  it('sends a confirmation to one address at most three times a day, and still stores and reports each submission', async () => {
    const limiter = createRateLimiter(100, 10 * 60_000);
    for (let i = 0; i < 5; i++)
      stored(await receive(post('vraag', { ...QUESTION, email: i % 2 ? 'Anna@Example.nl' : 'anna@example.nl' }), ctx({ limiter, client: `198.51.100.${i}` })));
    expect(await memory.count(`mail_outbox where kind = 'bevestiging'`)).toBe(CONFIRMATIONS_PER_DAY);
    expect(await memory.count(`mail_outbox where kind = 'melding'`)).toBe(5);
    expect(await memory.count('submissions')).toBe(5);
    // A day later the address gets one again.
    stored(await receive(post('vraag', QUESTION, 60_000 - 86_400_001), ctx({ limiter, now: new Date(NOW.getTime() + 86_400_001) })));
    expect(await memory.count(`mail_outbox where kind = 'bevestiging'`)).toBe(CONFIRMATIONS_PER_DAY + 1);
  });

  it('counts plus-addresses and other spellings of one mailbox together for that limit', async () => {
    const limiter = createRateLimiter(100, 10 * 60_000);
    const spellings = ['anna+1@example.nl', 'Anna+gka@Example.nl', 'anna@example.nl', 'ANNA+x+y@example.nl', 'anna+@example.nl', 'anna+2@EXAMPLE.NL'];
    for (const [i, email] of spellings.entries()) stored(await receive(post('vraag', { ...QUESTION, email }), ctx({ limiter, client: `198.51.100.${i}` })));
    expect(await memory.count(`mail_outbox where kind = 'bevestiging'`)).toBe(CONFIRMATIONS_PER_DAY);
    expect(await memory.count('submissions')).toBe(spellings.length);
    // Another mailbox, on the same domain or with the same name elsewhere, has a limit of its own.
    for (const email of ['anna.b@example.nl', 'anna@example.org', 'annab+1@example.nl'])
      stored(await receive(post('vraag', { ...QUESTION, email }), ctx({ limiter })));
    expect(await memory.count(`mail_outbox where kind = 'bevestiging'`)).toBe(CONFIRMATIONS_PER_DAY + 3);
  });

  it('sends an invalid form back with its errors and every value as typed', async () => {
    const typed = { naam: '  <b>Anna</b> ', email: 'anna@', vraag: '', organisatie: 'x'.repeat(201) };
    const outcome = await receive({ ...post('vraag', typed), beheerder: 'ja' }, ctx());
    expect(outcome).toMatchObject({ type: 'again', form: { id: 'vraag' }, attemptId: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/) });
    expect(await attemptOf(outcome)).toEqual({
      form: 'vraag',
      values: typed,
      errors: { email: { code: 'email' }, vraag: { code: 'required' }, organisatie: { code: 'tooLong', max: 200 } },
    });
    expect(await memory.count('submissions')).toBe(0);
  });

  it('sends a form back after 24 hours, also when it is valid, marked expired', async () => {
    const late = post('vraag', QUESTION, TOKEN_MAX_AGE_MS + 1);
    expect(await attemptOf(await receive(late, ctx()))).toEqual({ form: 'vraag', values: QUESTION, errors: {}, notice: 'expired' });
    const lateAndWrong = post('vraag', { ...QUESTION, email: '' }, TOKEN_MAX_AGE_MS + 1);
    expect(await attemptOf(await receive(lateAndWrong, ctx()))).toMatchObject({ errors: { email: { code: 'required' } }, notice: 'expired' });
    expect(await memory.count('submissions')).toBe(0);
  });

  it('does not take sign-ups that have closed', async () => {
    const learningNetwork = signupForms(currentContent()).find((f) => f.target?.deadline?.startsWith('2023'))!;
    const closed = signupForms(currentContent()).find((f) => f.target?.closed)!;
    expect(await receive(post(learningNetwork.id, SIGNUP), ctx())).toEqual({ type: 'closed', form: learningNetwork });
    expect(await receive(post(closed.id, { ...SIGNUP, teamgrootte: '12' }), ctx())).toEqual({ type: 'closed', form: closed });
    expect(await memory.count('submissions')).toBe(0);
  });
});
