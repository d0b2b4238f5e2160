import { createHmac } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type Database } from '@/lib/db';
import { fixedForm, signupForms, signupState, type SignupTarget } from '@/lib/forms/definitions';
import { field, MAX_TEAM_SIZE, validateFields, type FieldValues, type MunicipalityCheck } from '@/lib/forms/fields';
import { HONEYPOT_FIELD, MIN_FILL_MS, receive, TOKEN_FIELD, type Outcome, type ReceiveContext } from '@/lib/forms/receive';
import { municipalityCheck } from '@/lib/forms/services';
import { issueToken, TOKEN_MAX_AGE_MS, verifyToken } from '@/lib/forms/token';
import { mailsFor } from '@/lib/mail/messages';
import { deliverDue, retryDelayMs, smtpTransport } from '@/lib/mail/outbox';
import { createRateLimiter } from '@/lib/http/rate-limit';
import {
  createAccount,
  csrfMatches,
  hashPassword,
  listAccounts,
  LOCK_MINUTES,
  login,
  logout,
  MAX_FAILED_LOGINS,
  SESSION_HOURS,
  sessionFor,
  verifyPassword,
} from '@/lib/staff/accounts';
import { loadAttempt, submissionById, submissionByReference } from '@/lib/forms/submissions';

describe('form fields', () => {
  const contact = [field('naam'), field('email'), field('organisatie', false), field('vraag')];
  const ok = { naam: 'Anna de Vries', email: 'anna@example.nl', vraag: 'Hoe sluit mijn school aan?' };
  const errors = (fields: Parameters<typeof validateFields>[0], input: Record<string, unknown>, check?: MunicipalityCheck) => {
    const result = validateFields(fields, input, check);
    return result.ok ? {} : result.errors;
  };

  it('accepts a filled-in form and trims, normalising line breaks', () => {
    const result = validateFields(contact, { ...ok, naam: '  Anna de Vries \n', vraag: 'regel 1\r\nregel 2\rregel 3\n\tingesprongen' });
    expect(result).toEqual({
      ok: true,
      values: { naam: 'Anna de Vries', email: 'anna@example.nl', organisatie: '', vraag: 'regel 1\nregel 2\nregel 3\n\tingesprongen' },
      municipality: undefined,
    });
  });

  it('gives every error code', () => {
    expect(errors(contact, { ...ok, naam: '   ', vraag: undefined })).toEqual({ naam: { code: 'required' }, vraag: { code: 'required' } });
    expect(errors(contact, { ...ok, naam: 'x'.repeat(121) })).toEqual({ naam: { code: 'tooLong', max: 120 } });
    expect(errors(contact, { ...ok, naam: 'x'.repeat(120) })).toEqual({});
    expect(errors(contact, { ...ok, vraag: 'x'.repeat(4001) })).toEqual({ vraag: { code: 'tooLong', max: 4000 } });
    expect(errors(contact, { ...ok, email: 'anna@' })).toEqual({ email: { code: 'email' } });
    expect(errors(contact, { ...ok, email: 'anna example.nl' })).toEqual({ email: { code: 'email' } });
    expect(errors([field('teamgrootte')], { teamgrootte: '31' })).toEqual({ teamgrootte: { code: 'teamSize', max: MAX_TEAM_SIZE } });
    expect(errors([field('website')], { website: 'javascript:alert(1)' })).toEqual({ website: { code: 'url' } });
    expect(errors([field('gemeente')], { gemeente: 'Amsterdm' }, () => ({ suggestions: ['Amsterdam'] }))).toEqual({
      gemeente: { code: 'municipality', suggestions: ['Amsterdam'] },
    });
    expect(errors(contact, { ...ok, naam: 'Anna\u0007' })).toEqual({ naam: { code: 'control' } });
  });

  it('keeps HTML and script as plain text: never rejected, never changed', () => {
    const values = { ...ok, naam: '<script>alert("x")</script>', organisatie: '<img src=x onerror=alert(1)>', vraag: '<b>vet</b> & "quotes" \'; drop table submissions; --' };
    const result = validateFields(contact, values);
    expect(result.ok && result.values).toEqual(values);
  });

  it('refuses control characters but allows tabs and new lines', () => {
    for (const c of ['\u0000', '\u0008', '\u000B', '\u000C', '\u001B', '\u007F']) {
      expect(errors(contact, { ...ok, vraag: `tekst${c}tekst` })).toEqual({ vraag: { code: 'control' } });
    }
    expect(errors(contact, { ...ok, vraag: 'a\tb\nc\r\nd' })).toEqual({});
  });

  it('refuses oversized values, counting after trimming', () => {
    expect(errors(contact, { ...ok, email: `${'a'.repeat(250)}@example.nl` })).toEqual({ email: { code: 'tooLong', max: 254 } });
    expect(errors(contact, { ...ok, naam: `   ${'x'.repeat(120)}   ` })).toEqual({});
    expect(errors(contact, { ...ok, vraag: 'x'.repeat(1_000_000) })).toEqual({ vraag: { code: 'tooLong', max: 4000 } });
  });

  it('takes team sizes 1 to 30 only', () => {
    const team = [field('teamgrootte')];
    for (const bad of ['0', '31', '3a', '-1', '1e1', '2.5', '999', '0x1f', '١٢']) {
      expect(errors(team, { teamgrootte: bad }), bad).toEqual({ teamgrootte: { code: 'teamSize', max: 30 } });
    }
    for (const good of ['1', '30', ' 7 ', '05']) expect(errors(team, { teamgrootte: good }), good).toEqual({});
  });

  it('checks web addresses: http(s) only', () => {
    const site = [field('website', false)];
    for (const bad of ['www.example.nl', 'ftp://example.nl', 'data:text/html,x', 'https://', 'http://exa mple.nl']) {
      expect(errors(site, { website: bad }), bad).toEqual({ website: { code: 'url' } });
    }
    expect(errors(site, { website: 'https://example.nl/pad?q=1' })).toEqual({});
    expect(errors(site, { website: '' })).toEqual({});
  });

  it('resolves a municipality through the check function, and asks for one only when filled in', () => {
    const check = vi.fn<MunicipalityCheck>((value) => (value.toLowerCase() === 'den haag' ? { name: "'s-Gravenhage", code: 'GM0518' } : { suggestions: [] }));
    const found = validateFields([field('gemeente')], { gemeente: ' Den Haag ' }, check);
    expect(found).toEqual({ ok: true, values: { gemeente: "'s-Gravenhage" }, municipality: { name: "'s-Gravenhage", code: 'GM0518' } });
    expect(errors([field('gemeente')], { gemeente: 'Atlantis' }, check)).toEqual({ gemeente: { code: 'municipality', suggestions: [] } });
    check.mockClear();
    expect(validateFields([field('gemeente', false)], { gemeente: '' }, check).ok).toBe(true);
    expect(check).not.toHaveBeenCalled();
    // Without a check (the browser) any name passes; the server decides.
    expect(validateFields([field('gemeente')], { gemeente: 'Atlantis' }).ok).toBe(true);
    // The real register: former and colloquial names, typos.
    expect(validateFields([field('gemeente')], { gemeente: 'den haag' }, municipalityCheck)).toMatchObject({ ok: true, values: { gemeente: "'s-Gravenhage" } });
    expect(errors([field('gemeente')], { gemeente: 'Amsterdm' }, municipalityCheck)).toEqual({ gemeente: { code: 'municipality', suggestions: ['Amsterdam'] } });
  });

  it('returns only the form’s own fields, and treats anything but a string as empty', () => {
    const result = validateFields(contact, { ...ok, status: 'spam', id: '1', __proto__: { x: 1 }, reference: 'GKA-0000-0000', organisatie: ['a', 'b'] });
    expect(result.ok && Object.keys(result.values).sort()).toEqual(['email', 'naam', 'organisatie', 'vraag']);
    expect(result.ok && result.values.organisatie).toBe('');
    expect(errors(contact, { ...ok, naam: 42, vraag: { toString: () => 'x' } })).toEqual({ naam: { code: 'required' }, vraag: { code: 'required' } });
  });
});

describe('form token', () => {
  const SECRET = 'geheim-voor-de-tests';
  const now = new Date('2026-05-04T10:00:00Z');
  const sign = (body: string, secret = SECRET) => `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
  const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

  it('verifies a token it issued, with the form, a random key and the time', () => {
    const value = issueToken(SECRET, 'vraag', now);
    const check = verifyToken(SECRET, value, new Date(now.getTime() + 5_000));
    expect(check).toEqual({ ok: true, token: { f: 'vraag', n: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/), i: now.getTime() } });
    const other = verifyToken(SECRET, issueToken(SECRET, 'vraag', now), now);
    expect(check.ok && other.ok && check.token.n !== other.token.n).toBe(true);
  });

  it('refuses a changed body, a changed signature and another secret', () => {
    const value = issueToken(SECRET, 'vraag', now);
    const [body, signature] = value.split('.');
    const forged = b64({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), f: 'dashboard' });
    expect(verifyToken(SECRET, `${forged}.${signature}`, now)).toEqual({ ok: false, reason: 'invalid' });
    const flipped = signature.slice(0, -2) + (signature.at(-2) === 'A' ? 'B' : 'A') + signature.at(-1);
    expect(verifyToken(SECRET, `${body}.${flipped}`, now)).toEqual({ ok: false, reason: 'invalid' });
    expect(verifyToken(SECRET, `${body}.${signature.slice(1)}`, now)).toEqual({ ok: false, reason: 'invalid' });
    expect(verifyToken('een-ander-geheim', value, now)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('says "expired", with the token, after 24 hours', () => {
    const value = issueToken(SECRET, 'vraag', now);
    expect(verifyToken(SECRET, value, new Date(now.getTime() + TOKEN_MAX_AGE_MS)).ok).toBe(true);
    const late = verifyToken(SECRET, value, new Date(now.getTime() + TOKEN_MAX_AGE_MS + 1));
    expect(late).toEqual({ ok: false, reason: 'expired', token: { f: 'vraag', n: expect.any(String), i: now.getTime() } });
  });

  it('refuses garbage without throwing', () => {
    expect(verifyToken(SECRET, undefined, now)).toEqual({ ok: false, reason: 'missing' });
    expect(verifyToken(SECRET, '', now)).toEqual({ ok: false, reason: 'missing' });
    expect(verifyToken(SECRET, ['a.b'], now)).toEqual({ ok: false, reason: 'missing' });
    for (const value of ['abc', '.', 'a.', '.b', 'a.b', 'a.b.c', `${'x'.repeat(400)}.y`, sign(b64('geen json')), sign(b64({ f: 'vraag', n: 1, i: 'nu' })), sign(b64('null')), sign(b64({})), sign('%%%')]) {
      expect(verifyToken(SECRET, value, now), value).toEqual({ ok: false, reason: 'invalid' });
    }
  });
});

describe('signupState', () => {
  const target = (over: Partial<SignupTarget> = {}): SignupTarget => ({ slug: 's', title: 'T', url: '/t', how: '', closed: false, ...over });
  const at = (iso: string) => new Date(iso);

  it('is open without a deadline, start or capacity, and closed when the content says so', () => {
    expect(signupState(target(), at('2030-01-01T00:00:00Z'), 1000)).toBe('open');
    expect(signupState(target({ closed: true }), at('2000-01-01T00:00:00Z'), 0)).toBe('closed');
    expect(signupState(target({ closed: true, capacity: 1 }), at('2000-01-01T00:00:00Z'), 5)).toBe('closed');
  });

  it('takes sign-ups until the end of the deadline day in Amsterdam', () => {
    // 10 March 2026 ends at 23:00 UTC (CET); 10 July 2026 at 22:00 UTC (CEST).
    expect(signupState(target({ deadline: '2026-03-10' }), at('2026-03-10T22:59:59Z'), 0)).toBe('open');
    expect(signupState(target({ deadline: '2026-03-10' }), at('2026-03-10T23:00:00Z'), 0)).toBe('deadlinePassed');
    expect(signupState(target({ deadline: '2026-07-10' }), at('2026-07-10T21:59:59Z'), 0)).toBe('open');
    expect(signupState(target({ deadline: '2026-07-10' }), at('2026-07-10T22:00:00Z'), 0)).toBe('deadlinePassed');
    // A deadline after the start wins over the start.
    expect(signupState(target({ deadline: '2026-07-10', startsAt: '2026-07-01T10:00' }), at('2026-07-05T12:00:00Z'), 0)).toBe('open');
  });

  it('closes an event without a deadline when it starts', () => {
    expect(signupState(target({ startsAt: '2026-05-01T19:30' }), at('2026-05-01T17:29:59Z'), 0)).toBe('open');
    expect(signupState(target({ startsAt: '2026-05-01T19:30' }), at('2026-05-01T17:30:00Z'), 0)).toBe('started');
    expect(signupState(target({ startsAt: '2026-05-01' }), at('2026-04-30T21:59:59Z'), 0)).toBe('open');
    expect(signupState(target({ startsAt: '2026-05-01' }), at('2026-04-30T22:00:00Z'), 0)).toBe('started');
  });

  it('is full when the sign-ups reach the capacity', () => {
    expect(signupState(target({ capacity: 20 }), at('2026-01-01T00:00:00Z'), 19)).toBe('open');
    expect(signupState(target({ capacity: 20 }), at('2026-01-01T00:00:00Z'), 20)).toBe('full');
    expect(signupState(target({ capacity: 20, deadline: '2025-12-31' }), at('2026-01-01T00:00:00Z'), 20)).toBe('deadlinePassed');
  });

  it('knows which sign-ups in the content are open', () => {
    const learningNetwork = signupForms.find((f) => f.target?.deadline?.startsWith('2023'));
    const agenda = signupForms.find((f) => f.target && !f.target.deadline && !f.target.startsAt && !f.target.closed);
    expect(signupState(learningNetwork!.target!, new Date(), 0)).toBe('deadlinePassed');
    expect(signupState(agenda!.target!, new Date(), 0)).toBe('open');
  });
});

describe('with an in-memory database', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase();
  });
  afterAll(() => db?.close());
  beforeEach(async () => {
    await db.query('truncate submissions, mail_outbox, form_attempts, staff_sessions, staff_accounts restart identity cascade');
  });
  const count = async (sql: string, params: unknown[] = []) => (await db.query<{ n: number }>(`select count(*)::int as n from ${sql}`, params))[0].n;

  describe('receive()', () => {
    const SECRET = 'geheim-voor-de-tests';
    const NOW = new Date('2026-05-04T10:00:00Z');
    const MAIL = { mailbox: 'gka@example.nl', origin: 'https://gka.example' };
    const ctx = (over: Partial<ReceiveContext> = {}): ReceiveContext => ({
      db,
      secret: SECRET,
      now: NOW,
      client: '192.0.2.1',
      sameOrigin: true,
      limiter: createRateLimiter(10, 10 * 60_000),
      municipality: municipalityCheck,
      mail: MAIL,
      ...over,
    });
    const post = (form: string, values: Record<string, string>, shownAgo = 60_000) => ({
      [TOKEN_FIELD]: issueToken(SECRET, form, new Date(NOW.getTime() - shownAgo)),
      [HONEYPOT_FIELD]: '',
      ...values,
    });
    const QUESTION = { naam: ' Anna de Vries ', email: 'anna@example.nl', vraag: 'Hoe sluit mijn school aan?' };
    const agenda = signupForms.find((f) => f.target && !f.target.deadline && !f.target.startsAt && !f.target.closed)!;
    const SIGNUP = { naam: 'Bram', email: 'bram@example.nl', school: 'De Regenboog', functie: 'Directeur', gemeente: 'den haag', motivatie: 'Graag!' };

    const stored = (outcome: Outcome) => {
      if (outcome.type !== 'stored') throw new Error(`expected stored, got ${JSON.stringify(outcome)}`);
      return outcome;
    };
    const attemptOf = async (outcome: Outcome) => {
      if (outcome.type !== 'again') throw new Error(`expected again, got ${JSON.stringify(outcome)}`);
      return loadAttempt(db, outcome.attemptId, outcome.form.id, NOW);
    };

    it('stores a submission with its e-mails', async () => {
      const outcome = stored(await receive(post('vraag', { ...QUESTION, status: 'spam', reference: 'GKA-0000-0000' }), ctx()));
      expect(outcome.reference).toMatch(/^GKA-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      expect(outcome.duplicate).toBe(false);
      const row = (await submissionById(db, (await submissionByReference(db, outcome.reference))!.id))!;
      expect(row).toMatchObject({ form: 'vraag', status: 'nieuw', target: null, values: { naam: 'Anna de Vries', email: 'anna@example.nl', organisatie: '', vraag: 'Hoe sluit mijn school aan?' } });
      expect(row.receivedAt.toISOString()).toBe(NOW.toISOString());
      expect(row.mails.map((m) => [m.kind, m.recipient])).toEqual([
        ['bevestiging', 'anna@example.nl'],
        ['melding', 'gka@example.nl'],
      ]);
      // Without a mail server no e-mails are queued.
      stored(await receive(post('vraag', QUESTION), ctx({ mail: undefined })));
      expect(await count('mail_outbox')).toBe(2);
    });

    it('stores a sign-up for an open agenda with the municipality’s register name', async () => {
      const outcome = stored(await receive(post(agenda.id, SIGNUP), ctx()));
      const row = (await submissionById(db, (await submissionByReference(db, outcome.reference))!.id))!;
      expect(row).toMatchObject({ form: agenda.id, target: agenda.target!.slug, targetTitle: agenda.target!.title });
      expect(row.values.gemeente).toBe("'s-Gravenhage");
    });

    it('stores a POST sent twice with the same token once, with the same reference', async () => {
      const input = post('vraag', QUESTION);
      const first = stored(await receive(input, ctx()));
      const second = stored(await receive(input, ctx({ now: new Date(NOW.getTime() + 1_000) })));
      expect(second).toEqual({ type: 'stored', reference: first.reference, duplicate: true });
      expect(await count('submissions')).toBe(1);
      expect(await count('mail_outbox')).toBe(2);
    });

    it('stores 50 concurrent POSTs of one token once', async () => {
      const input = post('vraag', QUESTION);
      // The limit counts every post before storing (so a burst cannot slip past it): room for 50 here.
      const limiter = createRateLimiter(60, 10 * 60_000);
      const outcomes = (await Promise.all(Array.from({ length: 50 }, () => receive(input, ctx({ limiter }))))).map(stored);
      expect(new Set(outcomes.map((o) => o.reference)).size).toBe(1);
      expect(outcomes.filter((o) => !o.duplicate)).toHaveLength(1);
      expect(await count('submissions')).toBe(1);
      expect(await count('mail_outbox')).toBe(2);
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
      expect(await count('submissions')).toBe(0);
      expect(await count('form_attempts')).toBe(0);
    });

    it('tells a bot that fills in the hidden field "received", and keeps what it sent as spam without e-mails', async () => {
      const outcome = stored(await receive({ ...post('vraag', QUESTION), [HONEYPOT_FIELD]: 'https://spam.example' }, ctx()));
      expect((await submissionByReference(db, outcome.reference))!.status).toBe('spam');
      expect(await count('mail_outbox')).toBe(0);
      // Spam takes no place in a sign-up.
      stored(await receive({ ...post(agenda.id, SIGNUP), [HONEYPOT_FIELD]: 'x' }, ctx()));
      expect(await count(`submissions where status = 'spam'`)).toBe(2);
      expect(await count('mail_outbox')).toBe(0);
    });

    it('sends a form filled in faster than a person can back, with everything typed', async () => {
      const outcome = await receive(post('vraag', QUESTION, MIN_FILL_MS - 1), ctx());
      expect(await attemptOf(outcome)).toEqual({ form: 'vraag', values: QUESTION, errors: {}, notice: 'tooFast' });
      stored(await receive(post('vraag', QUESTION, MIN_FILL_MS), ctx()));
      expect(await count('submissions')).toBe(1);
    });

    it('sends a form back when the address sent too many', async () => {
      const limiter = createRateLimiter(2, 10 * 60_000);
      stored(await receive(post('vraag', QUESTION), ctx({ limiter })));
      stored(await receive(post('vraag', QUESTION), ctx({ limiter })));
      const outcome = await receive(post('vraag', QUESTION), ctx({ limiter }));
      expect(await attemptOf(outcome)).toMatchObject({ errors: {}, notice: 'rateLimited', values: QUESTION });
      stored(await receive(post('vraag', QUESTION), ctx({ limiter, client: '198.51.100.7' })));
      stored(await receive(post('vraag', QUESTION), ctx({ limiter, now: new Date(NOW.getTime() + 10 * 60_000) })));
      expect(await count('submissions')).toBe(4);
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
      expect(await count('submissions')).toBe(0);
    });

    it('sends a form back after 24 hours, also when it is valid, marked expired', async () => {
      const late = post('vraag', QUESTION, TOKEN_MAX_AGE_MS + 1);
      expect(await attemptOf(await receive(late, ctx()))).toEqual({ form: 'vraag', values: QUESTION, errors: {}, notice: 'expired' });
      const lateAndWrong = post('vraag', { ...QUESTION, email: '' }, TOKEN_MAX_AGE_MS + 1);
      expect(await attemptOf(await receive(lateAndWrong, ctx()))).toMatchObject({ errors: { email: { code: 'required' } }, notice: 'expired' });
      expect(await count('submissions')).toBe(0);
    });

    it('does not take sign-ups that have closed', async () => {
      const learningNetwork = signupForms.find((f) => f.target?.deadline?.startsWith('2023'))!;
      const closed = signupForms.find((f) => f.target?.closed)!;
      expect(await receive(post(learningNetwork.id, SIGNUP), ctx())).toEqual({ type: 'closed', form: learningNetwork });
      expect(await receive(post(closed.id, { ...SIGNUP, teamgrootte: '12' }), ctx())).toEqual({ type: 'closed', form: closed });
      expect(await count('submissions')).toBe(0);
    });
  });

  describe('staff accounts', () => {
    const NOW = new Date('2026-05-04T10:00:00Z');
    const PASSWORD = 'correct horse battery';
    const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
    const cookieOf = (result: Awaited<ReturnType<typeof login>>) => {
      if (!result.ok) throw new Error(`login failed: ${result.reason}`);
      return result.cookie;
    };

    it('hashes passwords with scrypt and a salt of their own', async () => {
      const [a, b] = await Promise.all([hashPassword(PASSWORD), hashPassword(PASSWORD)]);
      expect(a).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
      expect(a).not.toBe(b);
      expect(await verifyPassword(PASSWORD, a)).toBe(true);
      expect(await verifyPassword(`${PASSWORD}!`, a)).toBe(false);
      expect(await verifyPassword(PASSWORD, 'bcrypt$xyz')).toBe(false);
      expect(await verifyPassword(PASSWORD, '')).toBe(false);
      // The same password typed with a decomposed é.
      const composed = await hashPassword('wachtwoord-caf\u00e9');
      expect(await verifyPassword('wachtwoord-cafe\u0301', composed)).toBe(true);
    });

    it('refuses a short password and an address that is not one', async () => {
      await expect(createAccount(db, 'a@example.nl', 'kort')).rejects.toThrow(/12 tekens/);
      await expect(createAccount(db, 'geen adres', PASSWORD)).rejects.toThrow(/geen e-mailadres/);
      expect(await listAccounts(db)).toEqual([]);
    });

    it('logs in with the right password only and keeps a session for 8 hours', async () => {
      await createAccount(db, ' Beheer@Example.nl ', PASSWORD);
      expect((await listAccounts(db)).map((a) => a.email)).toEqual(['beheer@example.nl']);
      expect(await login(db, 'beheer@example.nl', 'fout wachtwoord!', NOW)).toEqual({ ok: false, reason: 'wrong' });
      expect(await login(db, 'niemand@example.nl', PASSWORD, NOW)).toEqual({ ok: false, reason: 'wrong' });
      const cookie = cookieOf(await login(db, 'BEHEER@example.nl', PASSWORD, NOW));
      expect(cookie).toMatch(/^[A-Za-z0-9_-]{43}$/);

      const session = await sessionFor(db, cookie, later(1));
      expect(session).toEqual({ email: 'beheer@example.nl', csrf: expect.stringMatching(/^[A-Za-z0-9_-]{32}$/) });
      expect(await sessionFor(db, cookie, later(SESSION_HOURS * 60 - 1))).toEqual(session);
      expect(await sessionFor(db, cookie, later(SESSION_HOURS * 60))).toBeUndefined();
      expect(await sessionFor(db, undefined, NOW)).toBeUndefined();
      expect(await sessionFor(db, 'garbage', NOW)).toBeUndefined();
      expect(await sessionFor(db, 'A'.repeat(43), NOW)).toBeUndefined();
      expect(await sessionFor(db, `${cookie}x`, NOW)).toBeUndefined();
      // The database holds a hash, not the cookie.
      expect(await count('staff_sessions where id_hash = $1', [cookie])).toBe(0);

      await logout(db, cookie);
      expect(await sessionFor(db, cookie, later(1))).toBeUndefined();
      await logout(db, undefined);
    });

    it('locks an account for 15 minutes after 5 wrong passwords in a row', async () => {
      await createAccount(db, 'beheer@example.nl', PASSWORD);
      for (let i = 1; i < MAX_FAILED_LOGINS; i++) expect(await login(db, 'beheer@example.nl', `fout ${i} wachtwoord`, later(i))).toEqual({ ok: false, reason: 'wrong' });
      expect(await login(db, 'beheer@example.nl', 'fout 5 wachtwoord', later(5))).toEqual({ ok: false, reason: 'locked' });
      // Locked: even the right password does not get in.
      expect(await login(db, 'beheer@example.nl', PASSWORD, later(5 + LOCK_MINUTES - 1))).toEqual({ ok: false, reason: 'locked' });
      cookieOf(await login(db, 'beheer@example.nl', PASSWORD, later(5 + LOCK_MINUTES)));
      expect((await db.query<{ failed: number; locked: Date | null }>('select failed_logins as failed, locked_until as locked from staff_accounts'))[0]).toEqual({ failed: 0, locked: null });
    });

    it('ends the sessions of an account that gets a new password', async () => {
      await createAccount(db, 'beheer@example.nl', PASSWORD);
      const cookie = cookieOf(await login(db, 'beheer@example.nl', PASSWORD, NOW));
      await createAccount(db, 'beheer@example.nl', `${PASSWORD} nieuw`);
      expect(await sessionFor(db, cookie, later(1))).toBeUndefined();
      expect(await login(db, 'beheer@example.nl', PASSWORD, later(2))).toEqual({ ok: false, reason: 'wrong' });
    });

    it('compares CSRF tokens', () => {
      const session = { email: 'a@example.nl', csrf: 'abcdefghijklmnopqrstuvwxyz012345' };
      expect(csrfMatches(session, 'abcdefghijklmnopqrstuvwxyz012345')).toBe(true);
      expect(csrfMatches(session, 'abcdefghijklmnopqrstuvwxyz012346')).toBe(false);
      expect(csrfMatches(session, 'abc')).toBe(false);
      expect(csrfMatches(session, '')).toBe(false);
      expect(csrfMatches(session, undefined)).toBe(false);
      expect(csrfMatches(session, ['abcdefghijklmnopqrstuvwxyz012345'])).toBe(false);
    });
  });

  describe('mail outbox', () => {
    const SECRET = 'geheim-voor-de-tests';
    const FROM = 'GKA <noreply@gka.example>';
    const MAIL = { mailbox: 'gka@example.nl', origin: 'https://gka.example' };

    interface Received {
      to: string[];
      subject: string;
      raw: string;
    }

    /** A local SMTP server that keeps what it receives. */
    async function startSink(port = 0) {
      const received: Received[] = [];
      const server = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS', 'AUTH'],
        logger: false,
        onData(stream, session, callback) {
          let raw = '';
          stream.setEncoding('utf8');
          stream.on('data', (chunk: string) => (raw += chunk));
          stream.on('end', () => {
            const head = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
            received.push({ to: session.envelope.rcptTo.map((r) => r.address), subject: /^Subject: (.*)$/im.exec(head)?.[1] ?? '', raw });
            callback();
          });
        },
      });
      await new Promise<void>((resolve, reject) => {
        server.server.once('error', reject);
        server.listen(port, '127.0.0.1', () => resolve());
      });
      return {
        port: (server.server.address() as AddressInfo).port,
        received,
        close: () => new Promise<void>((resolve) => server.close(() => resolve())),
      };
    }

    const submit = async (values: FieldValues = { naam: 'Anna de Vries', email: 'anna@example.nl', vraag: 'Mijn vraag' }) => {
      const now = new Date();
      const outcome = await receive(
        { [TOKEN_FIELD]: issueToken(SECRET, 'vraag', new Date(now.getTime() - 60_000)), ...(values as Record<string, string>) },
        { db, secret: SECRET, now, client: '192.0.2.1', sameOrigin: true, limiter: createRateLimiter(100, 60_000), municipality: municipalityCheck, mail: MAIL },
      );
      if (outcome.type !== 'stored') throw new Error(JSON.stringify(outcome));
      return outcome.reference;
    };
    const outbox = () =>
      db.query<{ kind: string; attempts: number; body: string; lastError: string | null; sentAt: Date | null; next: Date }>(
        `select kind, attempts, body, last_error as "lastError", sent_at as "sentAt", next_attempt_at as next from mail_outbox order by kind`,
      );

    it('delivers the notification and the confirmation over SMTP, and empties a sent mail’s body', async () => {
      const sink = await startSink();
      try {
        const reference = await submit();
        const transport = await smtpTransport(`smtp://127.0.0.1:${sink.port}`, FROM);
        expect(await deliverDue(db, transport)).toEqual({ sent: 2, failed: 0 });
        const byRecipient = Object.fromEntries(sink.received.map((m) => [m.to.join(','), m]));
        expect(Object.keys(byRecipient).sort()).toEqual(['anna@example.nl', 'gka@example.nl']);
        expect(byRecipient['gka@example.nl'].subject).toBe(`Vraag (${reference})`);
        expect(byRecipient['anna@example.nl'].subject).toBe(`Ontvangen: Vraag (${reference})`);
        expect(byRecipient['gka@example.nl'].raw).toContain('Mijn vraag');
        expect(byRecipient['anna@example.nl'].raw).not.toContain('Mijn vraag');
        expect(byRecipient['anna@example.nl'].raw).toMatch(/^From: GKA <noreply@gka\.example>/m);
        for (const mail of await outbox()) expect(mail).toMatchObject({ attempts: 1, body: '', lastError: null, sentAt: expect.any(Date) });
        expect(await deliverDue(db, transport, new Date(Date.now() + 86_400_000))).toEqual({ sent: 0, failed: 0 });
        expect(sink.received).toHaveLength(2);
      } finally {
        await sink.close();
      }
    });

    it('keeps the submission and retries later while the mail server is down, then delivers once', async () => {
      const probe = await startSink();
      const port = probe.port;
      await probe.close();
      const reference = await submit();
      const transport = await smtpTransport(`smtp://127.0.0.1:${port}`, FROM);

      const now = new Date(Date.now() + 1_000);
      expect(await deliverDue(db, transport, now)).toEqual({ sent: 0, failed: 2 });
      expect(await submissionByReference(db, reference)).toBeDefined();
      for (const mail of await outbox()) {
        expect(mail).toMatchObject({ attempts: 1, sentAt: null, lastError: expect.stringMatching(/ECONNREFUSED|connect/i) });
        expect(mail.body).not.toBe('');
        expect(mail.next.getTime()).toBe(now.getTime() + retryDelayMs(1));
      }
      expect(retryDelayMs(1)).toBe(60_000);
      expect(retryDelayMs(2)).toBe(120_000);
      expect(retryDelayMs(100)).toBe(6 * 3_600_000);

      const sink = await startSink(port);
      try {
        // Not due yet: nothing is sent, nothing is counted.
        expect(await deliverDue(db, transport, new Date(now.getTime() + 30_000))).toEqual({ sent: 0, failed: 0 });
        expect(sink.received).toHaveLength(0);
        expect(await deliverDue(db, transport, new Date(now.getTime() + retryDelayMs(1)))).toEqual({ sent: 2, failed: 0 });
        expect(await deliverDue(db, transport, new Date(now.getTime() + 86_400_000))).toEqual({ sent: 0, failed: 0 });
        expect(sink.received.map((m) => m.to[0]).sort()).toEqual(['anna@example.nl', 'gka@example.nl']);
        for (const mail of await outbox()) expect(mail).toMatchObject({ attempts: 2, body: '', lastError: null, sentAt: expect.any(Date) });
      } finally {
        await sink.close();
      }
    });

    it('repeats none of the submitted free text in the confirmation', () => {
      const values = {
        naam: 'Mallory Kwaadwillig',
        email: 'slachtoffer@example.nl',
        organisatie: 'Nep BV',
        functie: 'Oplichter',
        gemeente: 'Utrecht',
        reden: 'Klik op https://phishing.example/login',
      };
      const form = fixedForm('dashboard');
      const mails = mailsFor(form, values, 'GKA-AAAA-BBBB', new Date('2026-05-04T10:00:00Z'), MAIL);
      const confirmation = mails.find((m) => m.kind === 'bevestiging')!;
      const notification = mails.find((m) => m.kind === 'melding')!;
      expect(confirmation.recipient).toBe('slachtoffer@example.nl');
      expect(notification.recipient).toBe('gka@example.nl');
      for (const [name, value] of Object.entries(values)) {
        if (name !== 'email') expect(`${confirmation.subject}\n${confirmation.body}`).not.toContain(value);
        expect(notification.body).toContain(value);
      }
      expect(confirmation.body).toContain('GKA-AAAA-BBBB');
      // No address, no confirmation.
      expect(mailsFor(fixedForm('vraag'), { naam: 'x', vraag: 'y' }, 'GKA-AAAA-BBBB', new Date(), MAIL).map((m) => m.kind)).toEqual(['melding']);
    });
  });
});
