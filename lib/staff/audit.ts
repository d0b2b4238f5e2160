// The audit log: every action in /beheer, allowed or not, with who tried it. Kept for
// AUDIT_DAYS (the retention clean-up deletes older rows), shown to beheerders in /beheer/logboek.
import type { Database } from '../db';

export const AUDIT_DAYS = 730;

export type Outcome = 'ok' | 'geweigerd' | 'mislukt';

export interface AuditEntry {
  /** The account's address; null when nobody was logged in (a form posted without a session). */
  actor: string | null;
  /** What was tried, a fixed word: `inloggen`, `opslaan`, `publiceren`, `rol-wijzigen`, … */
  action: string;
  /** What it was about: a change (`wijziging 12`), a path, an account. */
  target?: string;
  outcome: Outcome;
  /** Why it was refused or failed, and small facts (never a password, never a whole text). */
  detail?: Record<string, unknown>;
  client?: string;
}

export async function audit(db: Database, entry: AuditEntry): Promise<void> {
  await db.query('insert into audit_log (actor, action, target, outcome, detail, client) values ($1, $2, $3, $4, $5, $6)', [
    entry.actor,
    entry.action,
    entry.target ?? null,
    entry.outcome,
    JSON.stringify(entry.detail ?? {}),
    entry.client ?? null,
  ]);
}

export type AuditRow = AuditEntry & { id: string; at: Date };

export const AUDIT_PAGE_SIZE = 100;

/** The newest entries first, optionally of one account or one action. */
export async function listAudit(db: Database, filter: { actor?: string; action?: string; page?: number } = {}): Promise<{ rows: AuditRow[]; total: number }> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.actor) where.push(`actor = $${params.push(filter.actor.trim().toLowerCase())}`);
  if (filter.action) where.push(`action = $${params.push(filter.action)}`);
  const clause = where.length ? `where ${where.join(' and ')}` : '';
  const total = Number((await db.query<{ n: string }>(`select count(*)::text as n from audit_log ${clause}`, params))[0].n);
  const offset = (Math.max(1, filter.page ?? 1) - 1) * AUDIT_PAGE_SIZE;
  const rows = await db.query<AuditRow>(
    `select id::text as id, at, actor, action, target, outcome, detail, client from audit_log ${clause} order by at desc, id desc limit ${AUDIT_PAGE_SIZE} offset ${offset}`,
    params,
  );
  return { rows, total };
}

export async function purgeAudit(db: Database, now: Date): Promise<number> {
  return (await db.query('delete from audit_log where at < $1 returning id', [new Date(now.getTime() - AUDIT_DAYS * 86_400_000).toISOString()])).length;
}
