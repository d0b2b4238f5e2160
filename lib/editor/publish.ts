// Publishing a change from /beheer: check it against what is on disk now, write it, commit it with
// the staff member as author and the change note as message, and publish the release by running
// `npm run publiceer` (scripts/publiceer.ts: the same build and checks as the command line).
// A change that fails anywhere leaves the content folder, the repository and the site as they were,
// and says why in Dutch.
//
// One publish at a time: the repository's lock (repository.ts `locked`: a queue in this process, a
// lock file in .git across processes on this machine) spans check, write, commit and publish, so
// a failed publish is undone before anyone else writes; publiceer itself takes the release store's
// lock, which also keeps out a publish from the command line.
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { ReleasePointer } from '../release';
import { checkAuthor, checkMessage, openRepository, RepositoryError, type Author, type Conflict, type FileWrite, type Written } from './repository';

/** The steps as the status shows them, in order. */
export const PUBLISH_STEPS = ['controleren', 'schrijven', 'vastleggen', 'bouwen en publiceren', 'live'] as const;
export type PublishStep = (typeof PUBLISH_STEPS)[number];

/** One file of a change: Markdown text or an upload's bytes (the caller resolves an uploadId), with the revision the draft was based on (null: a new file). */
export type PublishFile = FileWrite & { baseRevision: string | null };

export type PublishResult =
  | {
      ok: true;
      /** The commit made, or null when the folder keeps no versions or nothing changed. */
      commit: string | null;
      /** The release the site serves from now on; `published` false when the content was already the latest release's. */
      release: ReleasePointer;
      published: boolean;
      /** Whether the server at `origin` served it (or a newer one) within the wait. */
      live: boolean;
    }
  | { ok: false; step: PublishStep; reason: string; conflicts: Conflict[] };

/** How long publiceer may take (the content build of 10,000 interventions takes about a minute on a busy machine). */
const PUBLISH_TIMEOUT_MS = 5 * 60_000;
/** How long to wait for the server to serve the new release (it polls the store every 0.5 s). */
const LIVE_TIMEOUT_MS = 30_000;

const PUBLISHED = /Release (\S+) \(nr\. (\d+)\) gepubliceerd/;
const UNCHANGED = /Niets veranderd sinds release (\S+) \(nr\. (\d+)\)/;

export async function publishChange({
  contentDir,
  projectRoot,
  changes,
  author,
  note,
  latestRelease,
  onStep = () => {},
  origin,
  timeoutMs = PUBLISH_TIMEOUT_MS,
  liveTimeoutMs = LIVE_TIMEOUT_MS,
}: {
  contentDir: string;
  /** The project whose scripts/publiceer.ts runs (its .cache/publiceer/ is the build folder). */
  projectRoot: string;
  changes: readonly PublishFile[];
  author: Author;
  /** The change note: the commit message, and what the history shows. */
  note: string;
  /** After a timeout, whether publiceer stored its release before it was stopped. */
  latestRelease: LatestRelease;
  onStep?: (step: PublishStep) => void;
  /** A server of this site (`http://127.0.0.1:3000`): "live" is when its /health names the release. */
  origin?: string;
  timeoutMs?: number;
  liveTimeoutMs?: number;
}): Promise<PublishResult> {
  let step: PublishStep = 'controleren';
  const at = (next: PublishStep) => {
    step = next;
    onStep(next);
  };
  const failed = (reason: string, conflicts: Conflict[] = []): PublishResult => ({ ok: false, step, reason, conflicts });
  try {
    at('controleren');
    const repo = await openRepository(contentDir);
    const outcome = await repo.locked(async () => {
      if (!changes.length) return failed('De wijziging bevat geen bestanden.');
      const who = checkAuthor(author);
      const message = checkMessage(note);
      const conflicts = await repo.conflicts(changes);
      if (conflicts.length) return failed(conflictLine(conflicts), conflicts);

      at('schrijven');
      let written: Written[] = [];
      let commit: string | null = null;
      /** Everything back as it was; what could not be put back is said, not hidden. */
      const undo = async (reason: string) => {
        try {
          const left = repo.restore(written);
          if (commit)
            await repo.undo(
              commit,
              written.map((w) => w.path),
              reason,
            );
          return left.length ? `${reason} Niet teruggezet, want intussen opnieuw gewijzigd: ${left.join(', ')}.` : reason;
        } catch (error) {
          return `${reason} Terugzetten mislukte ook: ${messageOf(error)}`;
        }
      };
      try {
        written = repo.write(changes);
        at('vastleggen');
        commit = await repo.commit({ paths: written.map((w) => w.path), author: who, message });
        at('bouwen en publiceren');
        const run = await publiceer(projectRoot, repo.dir, timeoutMs, latestRelease);
        if (!run.ok) return failed(await undo(run.reason));
        return { ok: true as const, commit, release: run.release, published: run.published };
      } catch (error) {
        return failed(await undo(messageOf(error)));
      }
    });
    if (!outcome.ok) return outcome;
    // Outside the lock: waiting for a server holds up no one's publish.
    const live = origin ? await waitUntilServed(origin, outcome.release.id, liveTimeoutMs) : false;
    if (live) at('live');
    return { ...outcome, live };
  } catch (error) {
    return failed(messageOf(error));
  }
}

/** What the editor reads when the files changed since the draft was opened. */
function conflictLine(conflicts: Conflict[]): string {
  const each = conflicts.map((c) => {
    const last = c.changedBy[0];
    const by = last
      ? ` door ${last.author.name} (${new Date(last.date).toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'short', timeStyle: 'short' })})`
      : '';
    return c.currentRevision === null ? `${c.path} is intussen verwijderd${by}` : `${c.path} is intussen gewijzigd${by}`;
  });
  return `${each.join('; ')}. Er is niets gepubliceerd en niets overschreven: bekijk wat er veranderde en neem het over in je concept.`;
}

/** A Dutch message for the editor: ours as they are, anything else with what failed. */
function messageOf(error: unknown): string {
  if (error instanceof RepositoryError) return error.message;
  return `Publiceren mislukte: ${(error as Error)?.message ?? String(error)}. Er is niets gepubliceerd.`;
}

/** The release store's latest release (the one servers switch to), as publiceer sees it: lib/editor/index.ts binds it. */
export type LatestRelease = () => Promise<ReleasePointer | undefined>;

type PubliceerRun = { ok: true; release: ReleasePointer; published: boolean } | { ok: false; reason: string };

/**
 * `npm run publiceer` (node scripts/run-ts.mjs scripts/publiceer.ts, without npm) on `contentDir`.
 * Its one line names the release; when it fails, its Dutch lines on stderr are the reason. After a
 * timeout the store decides: a release stored just before the kill is live, so it counts.
 */
async function publiceer(projectRoot: string, contentDir: string, timeoutMs: number, latestRelease: LatestRelease): Promise<PubliceerRun> {
  const before = await latestRelease();
  const run = await new Promise<{ code: number | null; out: string; err: string; timedOut: boolean }>((resolve) => {
    const child = spawn(process.execPath, [path.join('scripts', 'run-ts.mjs'), path.join('scripts', 'publiceer.ts')], {
      cwd: projectRoot,
      env: { ...process.env, CONTENT_DIR: contentDir, PWD: projectRoot },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let timedOut = false;
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: null, out, err: `${err}${error.message}`, timedOut });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out, err, timedOut });
    });
  });
  const line = run.out.match(PUBLISHED) ?? run.out.match(UNCHANGED);
  if (run.code === 0 && line) return { ok: true, release: { id: line[1], seq: Number(line[2]) }, published: PUBLISHED.test(run.out) };
  if (run.timedOut) {
    const after = await latestRelease();
    if (after && after.id !== before?.id) return { ok: true, release: after, published: true };
    return { ok: false, reason: `Publiceren duurde langer dan ${Math.round(timeoutMs / 1000)} s en is afgebroken. Er is niets gepubliceerd.` };
  }
  const lines = run.err
    .replace(/\x1b\[[0-9;]*m/g, '')
    .trim()
    .split('\n')
    .slice(-30)
    .join('\n');
  return { ok: false, reason: lines || `Publiceren mislukte (exitcode ${run.code}). Er is niets gepubliceerd.` };
}

/**
 * Until the server at `origin` serves release `id` or a newer one: its /health names the release
 * it serves (server/rendered.ts stats). Ids begin with the UTC time of the release, so a later one
 * sorts after it.
 */
async function waitUntilServed(origin: string, id: string, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const health = (await (await fetch(new URL('/health', origin), { signal: AbortSignal.timeout(5_000) })).json()) as { cache?: { release?: string } };
      if (health.cache?.release && health.cache.release >= id) return true;
    } catch {
      // not answering this moment: asked again
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}
