import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { migrate, openDatabase, type Database } from '@/lib/db';
import { migrations } from '@/lib/db/migrations';
import { deliverDue, type MailTransport } from '@/lib/mail/outbox';
import {
  deleteSubmissions,
  exportSubmissions,
  listSubmissions,
  loadAttempt,
  newReference,
  purgeExpired,
  saveAttempt,
  signupCount,
  storeSubmission,
  submissionById,
  submissionByReference,
  type NewSubmission,
  type OutgoingMail,
} from '@/lib/forms/submissions';
import { freshDatabase } from '@/tests/support/postgres';

// Every test here runs against both engines the portal supports: PGlite (embedded, in memory) and
// a real PostgreSQL server (tests/support/postgres.ts), each in a database of its own.
interface Engine {
  name: string;
  /** A new empty database; open() may be called more than once on it (a second server). */
  create(): Promise<{ open(): Promise<Database>; cleanup(): Promise<void> }>;
}

const postgresUrl = inject('postgresUrl');

const pglite: Engine = {
  name: 'PGlite',
  async create() {
    // In memory for the main connection; a folder for the "open it again" test.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gka-pglite-'));
    return {
      open: () => openDatabase({ dir: path.join(dir, 'pglite') }),
      cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  },
};

const postgres: Engine = {
  name: 'PostgreSQL',
  async create() {
    const database = await freshDatabase(postgresUrl!);
    return { open: () => openDatabase({ url: database.url }), cleanup: () => database.drop() };
  },
};

const engines = postgresUrl ? [pglite, postgres] : [pglite];

const MAILS: OutgoingMail[] = [
  { kind: 'melding', recipient: 'gka@example.nl', subject: 'Vraag', body: 'alles' },
  { kind: 'bevestiging', recipient: 'iemand@example.nl', subject: 'Ontvangen: Vraag', body: 'kort' },
];

let counter = 0;

const submission = (over: Partial<NewSubmission> = {}): NewSubmission => ({
  idempotencyKey: `key-${++counter}-${Math.random()}`,
  reference: newReference(),
  form: 'vraag',
  kind: 'vraag',
  status: 'nieuw',
  values: { naam: 'Anna de Vries', email: 'anna@example.nl', vraag: 'Hoe sluit mijn school aan?' },
  receivedAt: new Date(),
  retentionDays: 183,
  mails: [],
  ...over,
});

const count = async (db: Database, sql: string, params: unknown[] = []) =>
  (await db.query<{ n: number }>(`select count(*)::int as n from ${sql}`, params))[0].n;

describe.each(engines)('submissions store on $name', (engine) => {
  let db: Database;
  let store: Awaited<ReturnType<Engine['create']>>;

  beforeAll(async () => {
    store = await engine.create();
    db = engine === pglite ? await openDatabase() : await store.open();
  });
  afterAll(async () => {
    await db?.close();
    await store?.cleanup();
  });
  beforeEach(async () => {
    await db.query('truncate submissions, mail_outbox, form_attempts, staff_sessions, staff_accounts restart identity cascade');
  });

  it('runs the migrations once: running them again, or opening the database again, changes nothing', async () => {
    const ids = async (on: Database) => (await on.query<{ id: string }>('select id from schema_migrations order by id')).map((r) => r.id);
    expect(await ids(db)).toEqual(migrations.map((m) => m.id));
    await migrate(db);
    await migrate(db);
    expect(await ids(db)).toEqual(migrations.map((m) => m.id));

    const first = await store.open();
    await storeSubmission(first, submission({ idempotencyKey: 'survives' }));
    await first.close();
    const second = await store.open();
    try {
      expect(await ids(second)).toEqual(migrations.map((m) => m.id));
      expect(await count(second, `submissions where idempotency_key = 'survives'`)).toBe(1);
    } finally {
      await second.close();
    }
  });

  it('stores 200 concurrent submissions with distinct keys as 200 rows', async () => {
    const results = await Promise.all(Array.from({ length: 200 }, () => storeSubmission(db, submission())));
    expect(results.every((r) => !r.duplicate)).toBe(true);
    expect(new Set(results.map((r) => r.reference)).size).toBe(200);
    expect(await count(db, 'submissions')).toBe(200);
  });

  it('stores 200 concurrent calls sharing 20 keys exactly once per key, every call getting its key’s reference', async () => {
    const calls = Array.from({ length: 200 }, (_, i) => submission({ idempotencyKey: `shared-${i % 20}`, mails: MAILS }));
    const results = await Promise.all(calls.map((s) => storeSubmission(db, s)));
    expect(await count(db, 'submissions')).toBe(20);
    expect(await count(db, 'mail_outbox')).toBe(40);
    expect(results.filter((r) => !r.duplicate)).toHaveLength(20);
    const rows = await db.query<{ key: string; reference: string }>('select idempotency_key as key, reference from submissions');
    const byKey = new Map(rows.map((r) => [r.key, r.reference]));
    calls.forEach((call, i) => expect(results[i].reference).toBe(byKey.get(call.idempotencyKey)));
    // The winner of each key is one of the calls that said "not a duplicate".
    for (const [key, reference] of byKey) {
      const winners = calls.flatMap((c, i) => (c.idempotencyKey === key && !results[i].duplicate ? [c.reference] : []));
      expect(winners).toEqual([reference]);
    }
  });

  it('stores the e-mails with the submission: both or neither', async () => {
    const stored = await storeSubmission(db, submission({ mails: MAILS }));
    const found = await submissionByReference(db, stored.reference);
    const full = await submissionById(db, found!.id);
    expect(full!.mails.map((m) => [m.kind, m.recipient, m.attempts, m.sentAt])).toEqual([
      ['bevestiging', 'iemand@example.nl', 0, null],
      ['melding', 'gka@example.nl', 0, null],
    ]);

    // A mail the outbox refuses (unknown kind) takes the submission with it.
    const broken = submission({ mails: [{ ...MAILS[0], kind: 'onbekend' as OutgoingMail['kind'] }] });
    await expect(storeSubmission(db, broken)).rejects.toThrow();
    expect(await count(db, 'submissions where idempotency_key = $1', [broken.idempotencyKey])).toBe(0);
    expect(await count(db, 'mail_outbox')).toBe(2);

    // A repeated call adds no mails; spam is kept 30 days.
    await storeSubmission(
      db,
      submission({ idempotencyKey: (await db.query<{ k: string }>('select idempotency_key as k from submissions'))[0].k, mails: MAILS }),
    );
    expect(await count(db, 'mail_outbox')).toBe(2);
    const received = new Date('2026-03-01T12:00:00Z');
    const spam = await storeSubmission(db, submission({ status: 'spam', receivedAt: received }));
    const spamRow = await submissionById(db, (await submissionByReference(db, spam.reference))!.id);
    expect(spamRow!.deleteAfter.getTime() - received.getTime()).toBe(30 * 86_400_000);
    expect(spamRow!.mails).toEqual([]);
  });

  it('lists by form, sign-ups, status, text and Amsterdam days, with paging and a total', async () => {
    const at = (iso: string) => new Date(iso);
    const add = (over: Partial<NewSubmission>) => storeSubmission(db, submission(over));
    // 2026-03-09T23:30Z is 00:30 on 10 March in Amsterdam (CET); 22:59Z on the 10th is 23:59 there.
    const a = await add({ receivedAt: at('2026-03-09T22:59:00Z'), values: { naam: 'Bram', vraag: '100% zeker' } });
    const b = await add({ receivedAt: at('2026-03-09T23:30:00Z'), values: { naam: 'Cor', vraag: 'snake_case' } });
    const c = await add({
      receivedAt: at('2026-03-10T22:59:00Z'),
      form: 'aanmelding:taal-en-ouders',
      kind: 'aanmelding',
      target: { slug: 'taal-en-ouders', title: 'Taal en ouders' },
    });
    const d = await add({
      receivedAt: at('2026-03-10T23:00:00Z'),
      form: 'aanmelding:professionalisering',
      kind: 'aanmelding',
      target: { slug: 'professionalisering', title: 'Professionalisering' },
    });
    const e = await add({
      receivedAt: at('2026-03-11T08:00:00Z'),
      form: 'initiatief',
      kind: 'initiatief',
      values: { naam: 'Dirk', initiatief: '1000 zeker, snakeXcase' },
    });
    const spam = await add({ receivedAt: at('2026-03-10T12:00:00Z'), status: 'spam', values: { naam: 'Bot', vraag: '100% zeker' } });

    const refs = async (filter: Parameters<typeof listSubmissions>[1]) => (await listSubmissions(db, filter)).rows.map((r) => r.reference);
    expect(await refs({})).toEqual([e, d, c, b, a].map((s) => s.reference));
    expect(await refs({ form: 'vraag' })).toEqual([b, a].map((s) => s.reference));
    expect(await refs({ form: 'aanmelding' })).toEqual([d, c].map((s) => s.reference));
    expect(await refs({ form: 'aanmelding:taal-en-ouders' })).toEqual([c.reference]);
    expect(await refs({ status: 'spam' })).toEqual([spam.reference]);
    // % and _ are literal characters, not wildcards.
    expect(await refs({ text: '100%' })).toEqual([a.reference]);
    expect(await refs({ text: 'e_c' })).toEqual([b.reference]);
    expect(await refs({ text: '%' })).toEqual([a.reference]);
    expect(await refs({ text: 'TAAL EN' })).toEqual([c.reference]);
    expect(await refs({ text: b.reference.toLowerCase() })).toEqual([b.reference]);
    expect(await refs({ from: '2026-03-10', to: '2026-03-10' })).toEqual([c, b].map((s) => s.reference));
    expect(await refs({ to: '2026-03-09' })).toEqual([a.reference]);
    expect(await refs({ from: '2026-03-11' })).toEqual([e, d].map((s) => s.reference));

    const page1 = await listSubmissions(db, { pageSize: 2 });
    const page3 = await listSubmissions(db, { pageSize: 2, page: 3 });
    expect(page1.total).toBe(5);
    expect(page1.rows.map((r) => r.reference)).toEqual([e, d].map((s) => s.reference));
    expect(page3.rows.map((r) => r.reference)).toEqual([a.reference]);
    expect(page3.total).toBe(5);
    expect(page1.rows[0]).toMatchObject({ form: 'initiatief', targetTitle: null, status: 'nieuw' });
    expect(page1.rows[0].receivedAt).toBeInstanceOf(Date);
    expect(typeof page1.rows[0].id).toBe('string');
  });

  it('exports every match with its fields, and deletes by id', async () => {
    const values = { naam: 'Eva', email: 'eva@example.nl', vraag: 'Regel 1\nRegel 2 "met" aanhalingstekens, en een komma' };
    const one = await storeSubmission(db, submission({ values, mails: MAILS }));
    const two = await storeSubmission(db, submission({ form: 'dashboard', kind: 'dashboard' }));
    const exported = await exportSubmissions(db, { form: 'vraag' });
    expect(exported).toHaveLength(1);
    expect(exported[0]).toMatchObject({ reference: one.reference, form: 'vraag', values });
    expect((await exportSubmissions(db, {})).map((r) => r.reference)).toEqual(expect.arrayContaining([one.reference, two.reference]));

    const id = (await submissionByReference(db, one.reference))!.id;
    expect(await deleteSubmissions(db, [])).toBe(0);
    expect(await deleteSubmissions(db, ['abc', '1; drop table submissions', '999999'])).toBe(0);
    expect(await deleteSubmissions(db, [id, id])).toBe(1);
    expect(await submissionByReference(db, one.reference)).toBeUndefined();
    expect(await submissionById(db, id)).toBeUndefined();
    expect(await count(db, 'mail_outbox')).toBe(0);
    expect(await submissionByReference(db, two.reference)).toBeDefined();
    expect(await submissionById(db, 'not-a-number')).toBeUndefined();
  });

  it('purges submissions past their time, attempts older than 60 minutes and expired sessions', async () => {
    const now = new Date('2026-06-01T12:00:00Z');
    const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
    const old = await storeSubmission(db, submission({ receivedAt: daysAgo(184), mails: MAILS }));
    const kept = await storeSubmission(db, submission({ receivedAt: daysAgo(182) }));
    const oldSpam = await storeSubmission(db, submission({ receivedAt: daysAgo(31), status: 'spam' }));
    const newSpam = await storeSubmission(db, submission({ receivedAt: daysAgo(29), status: 'spam' }));
    const exactly = await storeSubmission(db, submission({ receivedAt: daysAgo(183) }));

    const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
    const oldAttempt = await saveAttempt(db, { form: 'vraag', values: {}, errors: {} }, minutesAgo(61));
    const newAttempt = await saveAttempt(db, { form: 'vraag', values: {}, errors: {} }, minutesAgo(59));

    const [account] = await db.query<{ id: string }>(`insert into staff_accounts (email, password_hash) values ('a@example.nl', 'x') returning id::text as id`);
    const session = (hash: string, expires: Date) =>
      db.query('insert into staff_sessions (id_hash, account_id, csrf_token, expires_at) values ($1, $2::bigint, $3, $4)', [
        hash,
        account.id,
        'csrf',
        expires.toISOString(),
      ]);
    await session('expired', minutesAgo(1));
    await session('valid', minutesAgo(-60));

    expect(await purgeExpired(db, now)).toEqual({ submissions: 3, attempts: 1, sessions: 1, audit: 0 });
    const left = (await db.query<{ reference: string }>('select reference from submissions')).map((r) => r.reference).sort();
    expect(left).toEqual([kept.reference, newSpam.reference].sort());
    expect([old, oldSpam, exactly].some((s) => left.includes(s.reference))).toBe(false);
    expect(await count(db, 'mail_outbox')).toBe(0);
    expect(await loadAttempt(db, oldAttempt, 'vraag', minutesAgo(30))).toBeUndefined();
    expect(await loadAttempt(db, newAttempt, 'vraag', now)).toBeDefined();
    expect((await db.query<{ id_hash: string }>('select id_hash from staff_sessions')).map((r) => r.id_hash)).toEqual(['valid']);
    expect(await purgeExpired(db, now)).toEqual({ submissions: 0, attempts: 0, sessions: 0, audit: 0 });
  });

  it('loads a saved attempt back for its own form only, and not after 60 minutes', async () => {
    const now = new Date('2026-06-01T12:00:00Z');
    const attempt = {
      form: 'vraag',
      values: { naam: '<b>Anna</b>', vraag: 'één\ntwee' },
      errors: { email: { code: 'required' as const } },
      notice: 'tooFast' as const,
    };
    const id = await saveAttempt(db, attempt, now);
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(await loadAttempt(db, id, 'vraag', new Date(now.getTime() + 59 * 60_000))).toEqual(attempt);
    expect(await loadAttempt(db, id, 'initiatief', now)).toBeUndefined();
    expect(await loadAttempt(db, id, 'vraag', new Date(now.getTime() + 60 * 60_000))).toBeUndefined();
    expect(await loadAttempt(db, 'x'.repeat(22), 'vraag', now)).toBeUndefined();
    expect(await loadAttempt(db, `${id.slice(0, 21)}'`, 'vraag', now)).toBeUndefined();
  });

  it('counts sign-ups per target, without spam', async () => {
    const target = { slug: 'taal-en-ouders', title: 'Taal en ouders' };
    const signup = { form: 'aanmelding:taal-en-ouders', kind: 'aanmelding' as const, target };
    expect(await signupCount(db, 'taal-en-ouders')).toBe(0);
    await storeSubmission(db, submission(signup));
    await storeSubmission(db, submission(signup));
    await storeSubmission(db, submission({ ...signup, status: 'spam' }));
    await storeSubmission(db, submission({ ...signup, form: 'aanmelding:professionalisering', target: { slug: 'professionalisering', title: 'P' } }));
    expect(await signupCount(db, 'taal-en-ouders')).toBe(2);
    expect(await signupCount(db, 'professionalisering')).toBe(1);
  });

  it('sends each e-mail once when several servers deliver at the same moment', async () => {
    for (let i = 0; i < 10; i++) await storeSubmission(db, submission({ mails: MAILS.map((m) => ({ ...m, body: `${m.body} ${i}` })) }));
    const sent: string[] = [];
    const transport: MailTransport = {
      async send(mail) {
        await new Promise((resolve) => setTimeout(resolve, 2));
        sent.push(`${mail.to} ${mail.text}`);
      },
    };
    const now = new Date(Date.now() + 1_000);
    const rounds = await Promise.all(Array.from({ length: 4 }, () => deliverDue(db, transport, now, 3)));
    let total = rounds.reduce((n, r) => n + r.sent, 0);
    for (let r = await deliverDue(db, transport, now, 3); r.sent > 0; r = await deliverDue(db, transport, now, 3)) total += r.sent;
    expect(total).toBe(20);
    expect(sent).toHaveLength(20);
    expect(new Set(sent).size).toBe(20);
    expect(await count(db, 'mail_outbox where sent_at is null or attempts <> 1')).toBe(0);
  });

  if (engine === postgres) {
    it('lets two servers migrate a new database at the same moment', async () => {
      const fresh = await engine.create();
      try {
        const opened = await Promise.all(Array.from({ length: 4 }, () => fresh.open()));
        const ids = await opened[0].query<{ id: string }>('select id from schema_migrations');
        expect(ids.map((r) => r.id)).toEqual(migrations.map((m) => m.id));
        await Promise.all(opened.map((d) => d.close()));
      } finally {
        await fresh.cleanup();
      }
    });
  }
});
