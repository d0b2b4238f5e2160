// Proposals of content changes (wijzigingen) and their review, in the database: concept → ter
// controle → gepubliceerd, or vervallen. A change holds whole files (the Markdown as it will be
// written, an upload beside it) with the revision each was started from, so a publish can see
// that a file changed in between (lib/editor/repository.ts) instead of overwriting it.
// Every transition is one statement that names the status it leaves: two people acting at once
// cannot both succeed. Roles are checked here as well as at the gate (lib/staff/guard.ts).
import type { Database } from '../db';
import type { StaffSession } from '../staff/accounts';
import { can } from '../staff/roles';

export const CHANGE_STATUSES = ['concept', 'ter_controle', 'gepubliceerd', 'vervallen'] as const;
export type ChangeStatus = (typeof CHANGE_STATUSES)[number];
export type ChangeKind = 'nieuw' | 'bewerking' | 'intrekking' | 'herstel' | 'import';
export type PublishState = 'wachtrij' | 'bezig' | 'klaar' | 'mislukt';

export const STATUS_LABELS: Record<ChangeStatus, string> = {
  concept: 'Concept',
  ter_controle: 'Ter controle',
  gepubliceerd: 'Gepubliceerd',
  vervallen: 'Vervallen',
};

export interface ChangeFile {
  /** Below the content folder, posix. */
  path: string;
  /** sha256 of the file the change started from; null for a new file. */
  baseRevision: string | null;
  /** The whole file as it will be written; null for an upload. */
  text: string | null;
  uploadId: string | null;
}

export interface Change {
  id: string;
  title: string;
  kind: ChangeKind;
  status: ChangeStatus;
  authorEmail: string;
  contributors: string[];
  reviewComment: string | null;
  reviewerEmail: string | null;
  changeNote: string | null;
  publishState: PublishState | null;
  publishStep: string | null;
  publishError: string | null;
  commitSha: string | null;
  releaseId: string | null;
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
  publishedAt: Date | null;
  files: ChangeFile[];
}

export type Outcome = { ok: true; change: Change } | { ok: false; reason: string };

const COLUMNS = `id::text as id, title, kind, status, author_email as "authorEmail", contributors, review_comment as "reviewComment",
  reviewer_email as "reviewerEmail", change_note as "changeNote", publish_state as "publishState", publish_step as "publishStep",
  publish_error as "publishError", commit_sha as "commitSha", release_id as "releaseId", created_at as "createdAt",
  updated_at as "updatedAt", submitted_at as "submittedAt", published_at as "publishedAt"`;

const MAX_TITLE = 300;
const cleanTitle = (title: string) => title.replace(/\s+/g, ' ').trim().slice(0, MAX_TITLE);

async function filesOf(db: Database, ids: string[]): Promise<Map<string, ChangeFile[]>> {
  const rows = await db.query<ChangeFile & { changeId: string }>(
    `select change_id::text as "changeId", path, base_revision as "baseRevision", text, upload_id::text as "uploadId"
     from content_change_files where change_id = any($1::bigint[]) order by path`,
    [ids],
  );
  const byChange = new Map<string, ChangeFile[]>(ids.map((id) => [id, []]));
  for (const { changeId, ...file } of rows) byChange.get(changeId)?.push(file);
  return byChange;
}

export async function getChange(db: Database, id: string): Promise<Change | undefined> {
  if (!/^\d{1,18}$/.test(id)) return undefined;
  const rows = await db.query<Omit<Change, 'files'>>(`select ${COLUMNS} from content_changes where id = $1::bigint`, [id]);
  if (!rows[0]) return undefined;
  return { ...rows[0], files: (await filesOf(db, [id])).get(id) ?? [] };
}

export interface ChangeFilter {
  status?: ChangeStatus | ChangeStatus[];
  /** Changes that hold this file. */
  path?: string;
  author?: string;
  limit?: number;
}

export async function listChanges(db: Database, filter: ChangeFilter = {}): Promise<Change[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.status) where.push(`status = any($${params.push([filter.status].flat())}::text[])`);
  if (filter.author) where.push(`author_email = $${params.push(filter.author)}`);
  if (filter.path) where.push(`exists (select 1 from content_change_files f where f.change_id = c.id and f.path = $${params.push(filter.path)})`);
  const rows = await db.query<Omit<Change, 'files'>>(
    `select ${COLUMNS} from content_changes c ${where.length ? `where ${where.join(' and ')}` : ''} order by updated_at desc, id desc limit ${Math.min(filter.limit ?? 200, 1000)}`,
    params,
  );
  const files = await filesOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, files: files.get(r.id) ?? [] }));
}

/** Writes the files of a change in one statement: the given ones in, any other out. */
async function putFiles(db: Database, id: string, files: ChangeFile[]): Promise<void> {
  await db.query(
    `with gone as (
       delete from content_change_files where change_id = $1::bigint and not (path = any($3::text[]))
     )
     insert into content_change_files (change_id, path, base_revision, text, upload_id)
     select $1::bigint, f.path, f.base_revision, f.text, f.upload_id::bigint
     from jsonb_to_recordset($2::jsonb) as f(path text, base_revision text, text text, upload_id text)
     on conflict (change_id, path) do update set base_revision = excluded.base_revision, text = excluded.text, upload_id = excluded.upload_id`,
    [id, JSON.stringify(files.map((f) => ({ path: f.path, base_revision: f.baseRevision, text: f.text, upload_id: f.uploadId }))), files.map((f) => f.path)],
  );
}

export async function createChange(db: Database, actor: StaffSession, input: { title: string; kind: ChangeKind; files: ChangeFile[] }): Promise<Outcome> {
  if (!can(actor.role, 'bewerken')) return { ok: false, reason: 'U mag geen inhoud wijzigen.' };
  if (input.files.length === 0) return { ok: false, reason: 'Een wijziging zonder bestanden.' };
  const rows = await db.query<{ id: string }>(
    `insert into content_changes (title, kind, author_email, contributors) values ($1, $2, $3, array[$3]) returning id::text as id`,
    [cleanTitle(input.title) || '(zonder titel)', input.kind, actor.email],
  );
  await putFiles(db, rows[0].id, input.files);
  return { ok: true, change: (await getChange(db, rows[0].id))! };
}

/**
 * New files for a concept (or a change ter controle, which goes back to concept: what was
 * reviewed is no longer what is there). The one who saves becomes a contributor.
 */
export async function saveChange(db: Database, actor: StaffSession, id: string, input: { title?: string; files: ChangeFile[] }): Promise<Outcome> {
  if (!can(actor.role, 'bewerken')) return { ok: false, reason: 'U mag geen inhoud wijzigen.' };
  const rows = await db.query<{ id: string }>(
    `update content_changes set status = 'concept', title = coalesce($3, title), updated_at = now(), submitted_at = null,
       publish_state = null, publish_step = null, publish_error = null,
       contributors = case when $2 = any(contributors) then contributors else contributors || $2 end
     where id = $1::bigint and status in ('concept', 'ter_controle') and publish_state is distinct from 'bezig' and publish_state is distinct from 'wachtrij'
     returning id::text as id`,
    [id, actor.email, input.title === undefined ? null : cleanTitle(input.title) || '(zonder titel)'],
  );
  if (!rows[0]) return refusedFor(db, id, 'bewerken');
  await putFiles(db, id, input.files);
  return { ok: true, change: (await getChange(db, id))! };
}

async function refusedFor(db: Database, id: string, what: string): Promise<Outcome> {
  const change = await getChange(db, id);
  if (!change) return { ok: false, reason: 'Deze wijziging bestaat niet.' };
  if (change.publishState === 'bezig' || change.publishState === 'wachtrij') return { ok: false, reason: 'Deze wijziging wordt nu gepubliceerd.' };
  return { ok: false, reason: `Deze wijziging is ${STATUS_LABELS[change.status].toLowerCase()}: ${what} kan niet meer.` };
}

/** Concept → ter controle. */
export async function submitChange(db: Database, actor: StaffSession, id: string): Promise<Outcome> {
  if (!can(actor.role, 'bewerken')) return { ok: false, reason: 'U mag geen inhoud wijzigen.' };
  const rows = await db.query(
    `update content_changes set status = 'ter_controle', submitted_at = now(), updated_at = now() where id = $1::bigint and status = 'concept' returning id`,
    [id],
  );
  if (!rows[0]) return refusedFor(db, id, 'ter controle voorleggen');
  return { ok: true, change: (await getChange(db, id))! };
}

const ownChange = (change: Change, actor: StaffSession) => change.authorEmail === actor.email || change.contributors.includes(actor.email);

/** Which proposal of a change a reviewer read: the moment it was put up for review (ms, UTC). */
export const proposalOf = (change: Pick<Change, 'submittedAt'>) => (change.submittedAt ? new Date(change.submittedAt).toISOString() : '');

/** Whether `actor` may review this change: the role, and never a change they wrote in. */
export function mayReview(change: Change, actor: StaffSession): boolean {
  return can(actor.role, 'publiceren') && !ownChange(change, actor);
}

async function reviewable(db: Database, actor: StaffSession, id: string): Promise<{ ok: true; change: Change } | { ok: false; reason: string }> {
  if (!can(actor.role, 'publiceren')) return { ok: false, reason: 'Alleen een eindredacteur of beheerder controleert en publiceert.' };
  const change = await getChange(db, id);
  if (!change) return { ok: false, reason: 'Deze wijziging bestaat niet.' };
  if (ownChange(change, actor)) return { ok: false, reason: 'U hebt aan deze wijziging meegeschreven: een andere eindredacteur moet haar controleren.' };
  return { ok: true, change };
}

/** Ter controle → concept, with what the reviewer says must change. */
export async function rejectChange(db: Database, actor: StaffSession, id: string, comment: string): Promise<Outcome> {
  const check = await reviewable(db, actor, id);
  if (!check.ok) return check;
  const text = comment.trim();
  if (!text) return { ok: false, reason: 'Schrijf wat er moet veranderen.' };
  const rows = await db.query(
    `update content_changes set status = 'concept', review_comment = $2, reviewer_email = $3, submitted_at = null, updated_at = now()
     where id = $1::bigint and status = 'ter_controle' and publish_state is distinct from 'bezig' and publish_state is distinct from 'wachtrij' returning id`,
    [id, text.slice(0, 4000), actor.email],
  );
  if (!rows[0]) return refusedFor(db, id, 'terugsturen');
  return { ok: true, change: (await getChange(db, id))! };
}

/**
 * Approved: queued for publication with the change note (`proposal`: the one the reviewer read,
 * proposalOf; a change put up again since is not approved unread), which becomes the commit message and
 * the line in the history. A failed publication may be queued again.
 */
export async function approveChange(db: Database, actor: StaffSession, id: string, note: string, proposal?: string): Promise<Outcome> {
  const check = await reviewable(db, actor, id);
  if (!check.ok) return check;
  if (proposal === '') return { ok: false, reason: 'Keur een wijziging goed op haar eigen pagina: daar ziet u wat u goedkeurt.' };
  const text = note.replace(/\s+/g, ' ').trim();
  if (!text) return { ok: false, reason: 'Schrijf een wijzigingsnotitie: wat is er veranderd en waarom (die komt in de geschiedenis).' };
  const rows = await db.query(
    `update content_changes set publish_state = 'wachtrij', publish_step = null, publish_error = null, change_note = $2, reviewer_email = $3, updated_at = now()
     where id = $1::bigint and status = 'ter_controle' and (publish_state is null or publish_state = 'mislukt')
       and ($4::text is null or to_char(submitted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') = $4)
     returning id`,
    [id, text.slice(0, 500), actor.email, proposal ?? null],
  );
  if (!rows[0]) {
    const now = await getChange(db, id);
    // Put up for review again since the page was read: what was reviewed is not what is there.
    if (proposal && now?.status === 'ter_controle' && now.submittedAt && proposalOf(now) !== proposal)
      return { ok: false, reason: 'De wijziging is opnieuw voorgelegd nadat u haar opende: bekijk wat er nu staat en keur het dan goed.' };
    return refusedFor(db, id, 'publiceren');
  }
  return { ok: true, change: (await getChange(db, id))! };
}

/** Concept or ter controle → vervallen: by whoever may write, or a reviewer. */
export async function discardChange(db: Database, actor: StaffSession, id: string): Promise<Outcome> {
  if (!can(actor.role, 'bewerken')) return { ok: false, reason: 'U mag geen inhoud wijzigen.' };
  const rows = await db.query(
    `update content_changes set status = 'vervallen', updated_at = now()
     where id = $1::bigint and status in ('concept', 'ter_controle') and publish_state is distinct from 'bezig' and publish_state is distinct from 'wachtrij' returning id`,
    [id],
  );
  if (!rows[0]) return refusedFor(db, id, 'laten vervallen');
  return { ok: true, change: (await getChange(db, id))! };
}

// The publication's own transitions (lib/editor/publishing.ts), not an editor's.

/** Takes the oldest queued change; one statement, so two servers never take the same one. */
export async function takeQueued(db: Database): Promise<Change | undefined> {
  const rows = await db.query<{ id: string }>(
    `update content_changes set publish_state = 'bezig', publish_step = 'wachtrij', updated_at = now()
     where id = (select id from content_changes where publish_state = 'wachtrij' and status = 'ter_controle' order by updated_at, id limit 1 for update skip locked)
       and publish_state = 'wachtrij'
     returning id::text as id`,
  );
  return rows[0] ? getChange(db, rows[0].id) : undefined;
}

export async function setPublishStep(db: Database, id: string, step: string): Promise<void> {
  await db.query(`update content_changes set publish_step = $2, updated_at = now() where id = $1::bigint and publish_state = 'bezig'`, [id, step]);
}

export async function markPublished(db: Database, id: string, result: { commitSha: string | null; releaseId: string | null }): Promise<void> {
  await db.query(
    `update content_changes set status = 'gepubliceerd', publish_state = 'klaar', publish_step = null, commit_sha = $2, release_id = $3, published_at = now(), updated_at = now()
     where id = $1::bigint`,
    [id, result.commitSha, result.releaseId],
  );
}

/** Failed: still ter controle, with the reason in Dutch; the site is as it was. */
export async function markFailed(db: Database, id: string, reason: string): Promise<void> {
  await db.query(`update content_changes set publish_state = 'mislukt', publish_step = null, publish_error = $2, updated_at = now() where id = $1::bigint`, [
    id,
    reason.slice(0, 4000),
  ]);
}

/**
 * A publication that was running when its server stopped (a SIGKILL, a deploy): queued again
 * after `staleMinutes` without a step, so it is never stuck.
 */
export async function requeueStale(db: Database, staleMinutes = 10): Promise<number> {
  return (
    await db.query(
      `update content_changes set publish_state = 'wachtrij', publish_step = null, updated_at = now()
       where publish_state = 'bezig' and updated_at < now() - ($1::int * interval '1 minute') returning id`,
      [staleMinutes],
    )
  ).length;
}
