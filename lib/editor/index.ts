// The web editor bound to its places: the content folder (CONTENT_DIR, the content repository),
// the database of changes and uploads, and the release the site serves. Routes in app/beheer
// call these; the parts below are pure and tested beside them.
import path from 'node:path';
import type { Database } from '../db';
import type { Release } from '../content/release';
import { keepForm, keptForm } from '../forms/submissions';
import { getChange, type Change, type ChangeFile } from './changes';
import { checkDraft, checkForm, type EditorProblem } from './check';
import { diffTexts, type TextDiff } from './diff';
import { openRepository } from './repository';
import { openReleaseStore } from '../release';
import { editorKind, kindOfPath, type EditorKind } from './model';
import { readRevision } from './revision';
import { GENERATED_TYPE } from '../release/content-build';
import { DOCUMENT_KINDS } from '../content/release';
import type { FormValues } from './form-values';
import type { DryRun, ImportKind } from '../import';
import { publishChange, type PublishFile } from './publish';
import { startPublishing } from './publishing';
import { getUpload } from './upload-store';

/** The content folder the editor reads and publishes to. */
export const contentDir = () => path.resolve(process.env.CONTENT_DIR ?? 'content');

/** The file as it is in the content folder now, with its revision; null when there is none. */
export const currentFile = (rel: string) => readRevision(contentDir(), rel);

/** The Markdown file of a change: the one document it edits (an import or an upload beside it aside). */
export const documentFileOf = (change: Pick<Change, 'files'>): ChangeFile | undefined => change.files.find((f) => f.path.endsWith('.md') && f.text !== null);

/** The problems of every Markdown file of a change, each with its path; undefined when there is no such change. */
export async function checkChange(db: Database, id: string): Promise<(EditorProblem & { path: string })[] | undefined> {
  const change = await getChange(db, id);
  if (!change) return undefined;
  return problemsOf(change);
}

export function problemsOf(change: Pick<Change, 'files'>): (EditorProblem & { path: string })[] {
  const files = new Map(change.files.filter((f) => f.path.endsWith('.md')).map((f) => [f.path, f.text]));
  const uploads = change.files.filter((f) => f.uploadId !== null).map((f) => f.path);
  const checked = checkDraft(files, contentDir());
  return [...checked].flatMap(([rel, problems]) =>
    problems
      // An image or file of this change is not in the folder until it is published.
      .filter((p) => !uploads.some((u) => p.message.includes(path.posix.basename(u))))
      .map((p) => ({ ...p, path: rel })),
  );
}

export type DocumentRow = {
  path: string;
  slug: string;
  title: string;
  url: string;
  state: 'gepubliceerd' | 'concept' | 'gepland';
  date?: string;
  publishDate?: string;
};

type Generated = {
  _raw: { sourceFilePath: string };
  slug: string;
  title?: string;
  url: string;
  draft?: boolean;
  publishDate?: string;
  date?: string;
  start?: string;
};

/** The documents of one kind in the served release (concepts and scheduled ones included), newest first where they have a date. */
export function documentRows(release: Release, kind: EditorKind, now: Date): DocumentRow[] {
  const collection = DOCUMENT_KINDS.find((k) => GENERATED_TYPE[k] === kind.type);
  if (!collection) return [];
  const today = now.toISOString().slice(0, 10);
  const rows = (release.documents[collection] as unknown as Generated[]).map((d) => ({
    path: d._raw.sourceFilePath,
    slug: d._raw.sourceFilePath.slice(kind.folder.length + 1, -'.md'.length),
    title: d.title ?? d.slug,
    url: d.url,
    state: d.draft ? ('concept' as const) : d.publishDate && d.publishDate > today ? ('gepland' as const) : ('gepubliceerd' as const),
    date: d.date ?? d.start,
    publishDate: d.publishDate,
  }));
  return rows.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title, 'nl'));
}

/** The kind of a folder named in an address, or of a file. */
export const kindOf = (folder: string) => editorKind(folder);
export { kindOfPath };

// A form that could not be saved as a change (its address is not valid, or the file changed since
// it was opened): what was typed is kept for an hour, like the public forms' attempts, and the form
// is shown again from it.
const ATTEMPT_FORM = 'beheer-inhoud';

export type EditorAttempt = {
  kind: string;
  path?: string;
  changeId?: string;
  /** The revision the form comes back with: after a conflict, the file's revision now. */
  baseRevision: string | null;
  /** The revision the refused form was opened from: the conflict shows what changed since. */
  startedFrom?: string | null;
  /** A change's state (its last save, ms) the form comes back with. */
  stand?: string;
  values: FormValues;
  problems: EditorProblem[];
  conflict?: boolean;
};

export const saveEditorAttempt = (db: Database, attempt: EditorAttempt, now: Date) => keepForm(db, ATTEMPT_FORM, attempt, now);
export const loadEditorAttempt = (db: Database, id: string | undefined, now: Date) => keptForm<EditorAttempt>(db, id, ATTEMPT_FORM, now);

/**
 * The publication worker of this server (lib/editor/publishing.ts) bound to the content folder,
 * the uploads and this project's `npm run publiceer`; "live" is when this server's /health names
 * the new release. Started by the server (server/index.ts) with its own address.
 */
export function startEditorPublishing(db: () => Promise<Database>, origin: string): void {
  startPublishing(db, async (change, step) => {
    const files: PublishFile[] = [];
    for (const f of change.files) {
      if (f.text !== null) files.push({ path: f.path, text: f.text, baseRevision: f.baseRevision });
      else if (f.uploadId) {
        const upload = await getUpload(await db(), f.uploadId);
        if (!upload) return { ok: false, reason: `Het bestand ${f.path} is niet meer beschikbaar; voeg het opnieuw toe.` };
        files.push({ path: f.path, bytes: upload.data, baseRevision: f.baseRevision });
      }
    }
    const result = await publishChange({
      contentDir: contentDir(),
      projectRoot: process.cwd(),
      changes: files,
      author: await authorOf(await db(), change.authorEmail),
      note: change.changeNote ?? change.title,
      latestRelease,
      onStep: (s) => void step(s),
      origin,
    });
    if (!result.ok) {
      const conflicts = result.conflicts.map(
        (c) => `${c.path} is gewijzigd sinds deze wijziging begon${c.changedBy[0] ? ` (door ${c.changedBy[0].author.name}, ${c.changedBy[0].message})` : ''}.`,
      );
      return { ok: false, reason: [result.reason, ...conflicts].join('\n') };
    }
    return { ok: true, commitSha: result.commit, releaseId: result.release.id };
  });
}

/** The release store's latest release, as publiceer (and every server) sees it. */
export async function latestRelease() {
  const { store, close } = await openReleaseStore(() => {});
  try {
    return await store.latest();
  } finally {
    await close();
  }
}

/** git's author of a change: the writer's name as the account has it, else the address. */
async function authorOf(db: Database, email: string) {
  const rows = await db.query<{ name: string | null }>('select name from staff_accounts where email = $1', [email]);
  return { name: rows[0]?.name || email, email };
}

// A dry run of an import, kept an hour (like a form sent back) so the page can show it after the redirect.
const IMPORT_FORM = 'beheer-import';

export type ImportRun = { id: string; kind: ImportKind; fileName: string; dryRun: DryRun };

export const saveImportRun = (db: Database, run: Omit<ImportRun, 'id'>, now: Date) => keepForm(db, IMPORT_FORM, run, now);

export async function loadImportRun(db: Database, id: string | undefined, now: Date): Promise<ImportRun | undefined> {
  const run = await keptForm<Omit<ImportRun, 'id'>>(db, id, IMPORT_FORM, now);
  return run && { id: id!, ...run };
}

/** What a refused save shows: what is there now against what the editor typed, and who changed it. */
export async function conflictOf(kind: EditorKind, rel: string, attempt: EditorAttempt, change?: Change): Promise<{ who?: string; diff: TextDiff | null }> {
  // What is there now: the change as saved meanwhile, or the file as published meanwhile.
  const stored = change ? documentFileOf(change)?.text : undefined;
  const now = stored ?? currentFile(rel)?.text ?? '';
  const typed = checkForm(kind, rel, attempt.values, { existing: now || undefined, contentDir: contentDir() }).text;
  let who: string | undefined;
  if (!change || attempt.startedFrom !== attempt.baseRevision) {
    const repo = await openRepository(contentDir());
    const [conflict] = await repo.conflicts([{ path: rel, baseRevision: attempt.startedFrom ?? null }]).catch(() => []);
    const last = conflict?.changedBy[0];
    if (last) who = `${last.author.name} (${last.message})`;
  }
  return { who: who ?? (change ? change.contributors.at(-1) : undefined), diff: diffTexts(now, typed) };
}
