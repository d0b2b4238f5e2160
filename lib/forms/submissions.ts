// Submissions in the database: stored exactly once, found for the confirmation page and the staff
// view, exported, deleted, and purged when their time is up. Plain SQL that PGlite and
// PostgreSQL both run; counts and ids are cast to int/text because the pg driver returns int8
// as a string and PGlite as a number.
import { purgeAudit } from '../staff/audit';
import { randomBytes } from 'node:crypto';
import type { Database } from '../db';
import { ATTEMPT_RETENTION_MINUTES, RETENTION_DAYS, type FormKind } from './definitions';
import type { FieldErrors, FieldValues } from './fields';
import { mailboxKey, mailboxKeySql } from './mailbox';

export type SubmissionStatus = 'nieuw' | 'spam';

export interface OutgoingMail {
  kind: 'melding' | 'bevestiging';
  recipient: string;
  subject: string;
  body: string;
}

export interface NewSubmission {
  idempotencyKey: string;
  reference: string;
  form: string;
  kind: FormKind;
  target?: { slug: string; title: string };
  status: SubmissionStatus;
  values: FieldValues;
  receivedAt: Date;
  retentionDays: number;
  mails: OutgoingMail[];
}

// Crockford's base32 without the letters people misread (I, L, O, U).
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** "GKA-7K3M-9QXW": short enough to read out on the phone, 40 random bits. */
export function newReference(): string {
  const bytes = randomBytes(8);
  const chars = [...bytes].map((b) => ALPHABET[b % 32]).join('');
  return `GKA-${chars.slice(0, 4)}-${chars.slice(4, 8)}`;
}

/**
 * Stores a submission and its e-mails in one statement, so both or neither are there. A second
 * call with the same idempotency key (double click, resent POST, a retry after a timeout) stores
 * nothing and returns the first one's reference.
 */
export async function storeSubmission(db: Database, s: NewSubmission): Promise<{ reference: string; duplicate: boolean }> {
  const deleteAfter = new Date(s.receivedAt.getTime() + (s.status === 'spam' ? RETENTION_DAYS.spam : s.retentionDays) * 86_400_000);
  const rows = await db.query<{ reference: string }>(
    `with stored as (
       insert into submissions (reference, idempotency_key, form, target, target_title, status, data, received_at, delete_after)
       values ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9)
       on conflict (idempotency_key) do nothing
       returning id, reference
     ), mails as (
       insert into mail_outbox (submission_id, kind, recipient, subject, body)
       select stored.id, m.kind, m.recipient, m.subject, m.body
       from stored, jsonb_to_recordset($10::jsonb) as m(kind text, recipient text, subject text, body text)
     )
     select reference from stored`,
    [
      s.reference,
      s.idempotencyKey,
      s.form,
      s.target?.slug ?? null,
      s.target?.title ?? null,
      s.status,
      JSON.stringify(s.values),
      s.receivedAt.toISOString(),
      deleteAfter.toISOString(),
      JSON.stringify(s.mails),
    ],
  );
  if (rows[0]) return { reference: rows[0].reference, duplicate: false };
  const first = await db.query<{ reference: string }>('select reference from submissions where idempotency_key = $1', [s.idempotencyKey]);
  if (!first[0]) throw new Error('Inzending niet opgeslagen en niet gevonden');
  return { reference: first[0].reference, duplicate: true };
}

/** Confirmation e-mails queued for an address's mailbox since a moment (for the limit per recipient, lib/forms/mailbox.ts). */
export async function confirmationsSince(db: Database, recipient: string, since: Date): Promise<number> {
  const rows = await db.query<{ n: number }>(
    `select count(*)::int as n from mail_outbox m join submissions s on s.id = m.submission_id
     where m.kind = 'bevestiging' and ${mailboxKeySql('m.recipient')} = $1 and s.received_at > $2`,
    [mailboxKey(recipient), since.toISOString()],
  );
  return rows[0].n;
}

export interface SubmissionSummary {
  id: string;
  reference: string;
  form: string;
  targetTitle: string | null;
  status: SubmissionStatus;
  receivedAt: Date;
}

export interface Submission extends SubmissionSummary {
  target: string | null;
  values: FieldValues;
  deleteAfter: Date;
  mails: { kind: string; recipient: string; attempts: number; sentAt: Date | null; lastError: string | null }[];
}

const SUMMARY = `id::text as id, reference, form, target_title as "targetTitle", status, received_at as "receivedAt"`;

export async function submissionByReference(db: Database, reference: string): Promise<SubmissionSummary | undefined> {
  return (await db.query<SubmissionSummary>(`select ${SUMMARY} from submissions where reference = $1`, [reference]))[0];
}

/** Sign-ups that take a place: spam does not. */
export async function signupCount(db: Database, slug: string): Promise<number> {
  const rows = await db.query<{ n: number }>(`select count(*)::int as n from submissions where target = $1 and status = 'nieuw'`, [slug]);
  return rows[0].n;
}

export interface SubmissionFilter {
  /** a form id, or 'aanmelding' for every sign-up */
  form?: string;
  status?: SubmissionStatus;
  /** text in any field, the reference or the target */
  text?: string;
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}

function where(filter: SubmissionFilter): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (clause: (n: string) => string, value: unknown) => {
    params.push(value);
    clauses.push(clause(`$${params.length}`));
  };
  if (filter.form === 'aanmelding') clauses.push(`form like 'aanmelding:%'`);
  else if (filter.form) add((p) => `form = ${p}`, filter.form);
  add((p) => `status = ${p}`, filter.status ?? 'nieuw');
  if (filter.text) {
    add(
      (p) => `(data::text ilike ${p} or reference ilike ${p} or coalesce(target_title, '') ilike ${p})`,
      `%${filter.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
    );
  }
  // Whole days in Dutch time.
  if (filter.from) add((p) => `received_at >= (${p}::date::timestamp at time zone 'Europe/Amsterdam')`, filter.from);
  if (filter.to) add((p) => `received_at < ((${p}::date + 1)::timestamp at time zone 'Europe/Amsterdam')`, filter.to);
  return { sql: clauses.length ? `where ${clauses.join(' and ')}` : '', params };
}

export async function listSubmissions(db: Database, filter: SubmissionFilter): Promise<{ rows: SubmissionSummary[]; total: number }> {
  const { sql, params } = where(filter);
  const pageSize = filter.pageSize ?? 50;
  const offset = ((filter.page ?? 1) - 1) * pageSize;
  const [rows, count] = await Promise.all([
    db.query<SubmissionSummary>(`select ${SUMMARY} from submissions ${sql} order by received_at desc, id desc limit ${pageSize} offset ${offset}`, params),
    db.query<{ n: number }>(`select count(*)::int as n from submissions ${sql}`, params),
  ]);
  return { rows, total: count[0].n };
}

/** Everything that matches, with the fields, for the CSV export. */
export async function exportSubmissions(db: Database, filter: SubmissionFilter): Promise<(SubmissionSummary & { values: FieldValues })[]> {
  const { sql, params } = where(filter);
  return db.query(`select ${SUMMARY}, data as "values" from submissions ${sql} order by received_at desc, id desc`, params);
}

export async function submissionById(db: Database, id: string): Promise<Submission | undefined> {
  if (!/^\d{1,18}$/.test(id)) return undefined;
  const rows = await db.query<Submission>(`select ${SUMMARY}, target, data as "values", delete_after as "deleteAfter" from submissions where id = $1::bigint`, [
    id,
  ]);
  if (!rows[0]) return undefined;
  const mails = await db.query<Submission['mails'][number]>(
    `select kind, recipient, attempts, sent_at as "sentAt", last_error as "lastError" from mail_outbox where submission_id = $1::bigint order by kind`,
    [id],
  );
  return { ...rows[0], mails };
}

export async function deleteSubmissions(db: Database, ids: string[]): Promise<number> {
  const valid = ids.filter((id) => /^\d{1,18}$/.test(id));
  if (valid.length === 0) return 0;
  const rows = await db.query<{ id: string }>('delete from submissions where id = any($1::bigint[]) returning id::text as id', [valid]);
  return rows.length;
}

/** What the retention periods on /privacy promise: run at start and every hour. */
export async function purgeExpired(db: Database, now: Date): Promise<{ submissions: number; attempts: number; sessions: number; audit: number }> {
  const at = now.toISOString();
  const submissions = await db.query('delete from submissions where delete_after <= $1 returning id', [at]);
  const attempts = await db.query(
    `delete from form_attempts where created_at <= $1::timestamptz - interval '${ATTEMPT_RETENTION_MINUTES} minutes' returning id`,
    [at],
  );
  const sessions = await db.query('delete from staff_sessions where expires_at <= $1 returning id_hash', [at]);
  const audited = await purgeAudit(db, now);
  return { submissions: submissions.length, attempts: attempts.length, sessions: sessions.length, audit: audited };
}

/** A form sent back: what was typed and what was wrong, for the page after the redirect. */
export interface Attempt {
  form: string;
  values: FieldValues;
  errors: FieldErrors;
  notice?: 'tooFast' | 'expired' | 'rateLimited';
}

/**
 * Keeps `payload` an hour (ATTEMPT_RETENTION_MINUTES) under a new random id, for the page after a
 * redirect: a form sent back, or in /beheer an editor's form or an import's dry run.
 */
export async function keepForm(db: Database, form: string, payload: unknown, now: Date): Promise<string> {
  const id = randomBytes(16).toString('base64url');
  await db.query('insert into form_attempts (id, form, payload, created_at) values ($1, $2, $3::jsonb, $4)', [
    id,
    form,
    JSON.stringify(payload),
    now.toISOString(),
  ]);
  return id;
}

/** What keepForm kept under `id` for `form`, while it is kept. */
export async function keptForm<T>(db: Database, id: string | undefined, form: string, now: Date): Promise<T | undefined> {
  if (!id || !/^[A-Za-z0-9_-]{22}$/.test(id)) return undefined;
  const rows = await db.query<{ payload: T }>(
    `select payload from form_attempts where id = $1 and form = $2 and created_at > $3::timestamptz - interval '${ATTEMPT_RETENTION_MINUTES} minutes'`,
    [id, form, now.toISOString()],
  );
  return rows[0]?.payload;
}

export const saveAttempt = (db: Database, attempt: Attempt, now: Date): Promise<string> => keepForm(db, attempt.form, attempt, now);

export const loadAttempt = (db: Database, id: string, form: string, now: Date): Promise<Attempt | undefined> => keptForm<Attempt>(db, id, form, now);
