// The content repository: the content folder (CONTENT_DIR) as /beheer writes, commits and reads
// it. The folder may be a git repository of its own, a subfolder of one (content/ of this
// project), or a plain folder: then writing and publishing work and there is no history.
//
// git runs through execFile with an argument array (never a shell), always with `-C <dir>`, and
// with an environment of its own: nothing GIT_* from outside (a GIT_DIR or GIT_INDEX_FILE of the
// server's environment would point git elsewhere) and neither the system's nor the user's git
// configuration (a developer's commit.gpgSign or core.hooksPath must not decide whether the
// server can commit). The repository's own configuration still applies.
//
// A commit is made with a temporary index (read-tree HEAD, update-index of only the given paths,
// write-tree, commit-tree, update-ref HEAD <new> <old>): whatever else is modified or staged in the
// working tree is never swept in, no hook runs, and update-ref moves HEAD only if it is still the
// commit we built on, so a commit made meanwhile by someone else is never lost.
import { execFile, type ExecFileException } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { isRunning } from '../process';
import { diffTexts, type TextDiff } from './diff';
import { readRevision, revisionOf } from './revision';

/** The folders of the content types (contentlayer.config.ts); pages may nest below paginas/. */
export const CONTENT_FOLDERS = [
  'activiteiten',
  'agendas',
  'gemeenten',
  'interventies',
  'nieuws',
  'paginas',
  'podcast',
  'publicaties',
  'regios',
  'themas',
] as const;

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
const FLAT_FOLDERS = CONTENT_FOLDERS.filter((f) => f !== 'paginas').join('|');
/** A document, or an image or PDF beside it (an upload under its generated safe name). */
const ALLOWED_PATH = new RegExp(`^(?:(?:${FLAT_FOLDERS})|paginas(?:/${SLUG})*)/${SLUG}\\.(?:md|jpe?g|png|webp|pdf)$`);
const MAX_PATH = 200;

/** Who made a change: the staff member, as git's author. */
export type Author = { name: string; email: string };

/** The committer of every commit /beheer makes: the portal applied the change; the author wrote it. */
export const PORTAL_COMMITTER: Author = { name: 'GKA-portal (/beheer)', email: 'beheer@gka-portal.invalid' };

/** A file to write: Markdown as text, an upload as bytes. */
export type FileWrite = { path: string } & ({ text: string } | { bytes: Buffer });

/** What `write` did to one file, so `restore` can undo it. */
export type Written = { path: string; previous: Buffer | null; revision: string; createdDirs: string[] };

/** One committed version of a file. `revision` is null in the commit that deleted it. */
export type Version = { commit: string; author: Author; date: string; message: string; revision: string | null };

export type History = { available: true; versions: Version[] } | { available: false; reason: string };

/**
 * A file changed since the revision a draft was based on. `diff` is what changed from the base to
 * the file now (null when the base version is not known, or for an image or PDF); `changedBy`
 * are the commits since the base, newest first (empty when unknown).
 */
export type Conflict = { path: string; baseRevision: string | null; currentRevision: string | null; diff: TextDiff | null; changedBy: Version[] };

export type RepositoryErrorKind = 'path' | 'input' | 'busy' | 'git' | 'history';

/** A refusal or failure, its message in Dutch for the editor. */
export class RepositoryError extends Error {
  constructor(
    readonly kind: RepositoryErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'RepositoryError';
  }
}

export const NO_HISTORY = 'De geschiedenis is niet beschikbaar: de inhoudsmap is geen git-repository.';

/** Where git keeps the repository the content folder belongs to, and the folder's place in it. */
type GitPlace = { root: string; gitDir: string; prefix: string };

/** git's environment: PATH and a fixed locale; no outside GIT_*, no system or user configuration. */
function gitEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  // NODE_ENV only because Next's types require it in a ProcessEnv; git ignores it.
  return {
    NODE_ENV: process.env.NODE_ENV,
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    LC_ALL: 'C',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    ...extra,
  };
}

type GitResult = { code: number; stdout: Buffer; stderr: string };

/** One git command; never throws for a non-zero exit (the caller decides), only when git cannot run. */
function runGit(dir: string, args: string[], { env = {}, input }: { env?: Record<string, string>; input?: string } = {}): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      ['-C', dir, ...args],
      { env: gitEnv(env), encoding: 'buffer', maxBuffer: 1 << 28 },
      (error: ExecFileException | null, stdout: Buffer, stderr: Buffer) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        if (code === null) reject(new RepositoryError('git', `git kon niet worden uitgevoerd: ${error?.message}`));
        else resolve({ code, stdout, stderr: stderr.toString('utf8').trim() });
      },
    );
    // git may exit before reading its input (a bad revision): its exit code says what went wrong.
    child.stdin?.on('error', () => {});
    child.stdin?.end(input);
  });
}

/** A git command that must succeed: its output, or a RepositoryError naming what failed. */
async function git(dir: string, args: string[], options?: { env?: Record<string, string>; input?: string }): Promise<Buffer> {
  const r = await runGit(dir, args, options);
  if (r.code !== 0) throw new RepositoryError('git', `git ${args[0]} mislukte: ${r.stderr || `exit ${r.code}`}`);
  return r.stdout;
}

const text = (b: Buffer) => b.toString('utf8').trim();

/** The git repository the folder is part of, or undefined: no git, not a repository, or a folder git ignores. */
async function gitPlace(contentDir: string): Promise<GitPlace | undefined> {
  const found = await runGit(contentDir, ['rev-parse', '--show-toplevel', '--git-common-dir', '--show-prefix']).catch(() => undefined);
  if (!found || found.code !== 0) return undefined;
  const [root, gitDir, prefix = ''] = found.stdout.toString('utf8').split('\n');
  // A folder that the repository around it ignores (a copy in .cache/) is not part of it.
  if (prefix && (await runGit(root, ['check-ignore', '-q', '--', prefix.replace(/\/$/, '')])).code === 0) return undefined;
  return { root, gitDir: path.resolve(contentDir, gitDir), prefix };
}

/** The path as the editor sent it, printable (a NUL or a newline shown, not acted on). */
const shown = (p: unknown) => JSON.stringify(String(p)).slice(0, 120);

/**
 * The content-relative posix path, checked: `<folder>/<slug>.md` (pages: `paginas/…/<slug>.md`) or
 * an image or PDF with a safe name beside it. Everything else (`..`, absolute, NUL, backslash,
 * capitals, other extensions) is refused with a Dutch message.
 */
export function checkPath(relativePath: unknown): string {
  const p = typeof relativePath === 'string' ? relativePath : '';
  const refuse = (why: string) => new RepositoryError('path', `Ongeldig pad ${shown(relativePath)}: ${why}.`);
  if (!p) throw refuse('leeg');
  if (p.length > MAX_PATH) throw refuse(`langer dan ${MAX_PATH} tekens`);
  if (/[\0\\]/.test(p) || p.startsWith('/')) throw refuse('alleen een pad binnen de inhoudsmap, met / tussen de mappen');
  if (p.split('/').some((s) => s === '' || s === '.' || s === '..')) throw refuse('geen lege delen, . of ..');
  if (!ALLOWED_PATH.test(p))
    throw refuse(
      `alleen <map>/<naam>.md in een van de inhoudsmappen (${CONTENT_FOLDERS.join(', ')}), of een afbeelding of pdf ernaast; namen van kleine letters, cijfers en streepjes`,
    );
  return p;
}

/** Writes `bytes` to `file` whole or not at all: a temporary file beside it, flushed, then renamed over it. */
function writeAtomically(file: string, bytes: Buffer | string) {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const fd = fs.openSync(temp, 'wx', 0o644);
  try {
    fs.writeFileSync(fd, bytes);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

/** Held by this process while a lock is taken, per lock file: one server's own requests queue here. */
const heldInProcess = new Map<string, Promise<unknown>>();

const LOCK_FILE = 'gka-beheer.lock';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export type ContentRepository = Awaited<ReturnType<typeof openRepository>>;

/** The content repository of `contentDir` (made absolute). */
export async function openRepository(contentDir: string) {
  const dir = path.resolve(contentDir);
  if (!fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new RepositoryError('input', `De inhoudsmap ${dir} bestaat niet.`);
  const realDir = fs.realpathSync(dir);
  const place = await gitPlace(dir);
  const repoPath = (p: string) => `${place!.prefix}${p}`;
  // The lock lives in .git when there is one (not in the working tree, where git status would show it).
  const lockFile = path.join(place?.gitDir ?? dir, place ? LOCK_FILE : `.${LOCK_FILE}`);

  /** checkPath, and no symbolic link on the way: the file's folder is where its path says, inside the content folder. */
  function resolveInside(relativePath: unknown): { path: string; file: string } {
    const p = checkPath(relativePath);
    const file = path.join(dir, p);
    let existing = path.dirname(file);
    while (!fs.existsSync(existing)) existing = path.dirname(existing);
    if (fs.realpathSync(existing) !== path.join(realDir, path.relative(dir, existing)))
      throw new RepositoryError('path', `Ongeldig pad ${shown(p)}: een map op de weg is een koppeling naar elders.`);
    const stat = fs.lstatSync(file, { throwIfNoEntry: false });
    if (stat && !stat.isFile()) throw new RepositoryError('path', `Ongeldig pad ${shown(p)}: dat is geen gewoon bestand (een koppeling of een map).`);
    return { path: p, file };
  }

  function requireGit(): GitPlace {
    if (!place) throw new RepositoryError('history', NO_HISTORY);
    return place;
  }

  /** The file at each of `refs` (`<commit>:<path>` in the repository), null where it is missing; one git process for all. */
  async function blobs(refs: string[]): Promise<(Buffer | null)[]> {
    if (!refs.length) return [];
    const out = await git(requireGit().root, ['cat-file', '--batch'], { input: refs.map((r) => `${r}\n`).join('') });
    const found: (Buffer | null)[] = [];
    let at = 0;
    for (let i = 0; i < refs.length; i++) {
      const end = out.indexOf(0x0a, at);
      const header = out.subarray(at, end).toString('utf8');
      const m = header.match(/^\S+ (\S+) (\d+)$/);
      if (!m) {
        found.push(null);
        at = end + 1;
        continue;
      }
      const size = Number(m[2]);
      found.push(m[1] === 'blob' ? out.subarray(end + 1, end + 1 + size) : null);
      at = end + 1 + size + 1;
    }
    return found;
  }

  async function log(relativePath: string): Promise<History> {
    const p = checkPath(relativePath);
    if (!place) return { available: false, reason: NO_HISTORY };
    // Records start with RS, fields end with NUL: a message may hold any other character.
    const out = text(await git(place.root, ['log', '--no-renames', '--format=%x1e%H%x00%an%x00%ae%x00%aI%x00%B', '--', repoPath(p)]).catch(emptyOnUnborn));
    const records = out
      .split('\x1e')
      .filter(Boolean)
      .map((r) => r.split('\0'));
    const contents = await blobs(records.map(([commit]) => `${commit}:${repoPath(p)}`));
    return {
      available: true,
      versions: records.map(([commit, name, email, date, message], i) => ({
        commit,
        author: { name, email },
        date,
        message: message.trim(),
        revision: contents[i] ? revisionOf(contents[i]) : null,
      })),
    };
  }

  /** An empty log for a repository without commits (git log fails on an unborn branch). */
  async function emptyOnUnborn(error: unknown): Promise<Buffer> {
    if ((await runGit(place!.root, ['rev-parse', '-q', '--verify', 'HEAD'])).code !== 0) return Buffer.alloc(0);
    throw error;
  }

  async function show(commit: string, relativePath: string): Promise<string | null> {
    const p = checkPath(relativePath);
    // Only a commit id: anything else could be an option or a revision expression.
    if (!/^[0-9a-f]{7,64}$/.test(commit)) throw new RepositoryError('input', `Onbekende versie ${shown(commit)}.`);
    requireGit();
    const [blob] = await blobs([`${commit}:${repoPath(p)}`]);
    return blob ? blob.toString('utf8') : null;
  }

  async function head(root: string): Promise<string | null> {
    const r = await runGit(root, ['rev-parse', '-q', '--verify', 'HEAD^{commit}']);
    return r.code === 0 ? text(r.stdout) : null;
  }

  /** A commit of exactly `paths` as they are in the working tree (see the top of this file); null when they are as HEAD has them. */
  async function commitPaths(paths: string[], author: Author, message: string): Promise<string | null> {
    const { root, gitDir } = requireGit();
    const repoPaths = paths.map((p) => repoPath(checkPath(p)));
    const index = path.join(gitDir, `gka-index-${process.pid}-${randomBytes(4).toString('hex')}`);
    const withIndex = { env: { GIT_INDEX_FILE: index } };
    try {
      const parent = await head(root);
      if (parent) await git(root, ['read-tree', parent], withIndex);
      await git(root, ['update-index', '--add', '--remove', '--', ...repoPaths], withIndex);
      const tree = text(await git(root, ['write-tree'], withIndex));
      if (parent && tree === text(await git(root, ['rev-parse', `${parent}^{tree}`]))) return null;
      const commit = text(
        await git(root, ['commit-tree', '--no-gpg-sign', tree, ...(parent ? ['-p', parent] : [])], {
          input: `${message}\n`,
          env: {
            GIT_AUTHOR_NAME: author.name,
            GIT_AUTHOR_EMAIL: author.email,
            GIT_COMMITTER_NAME: PORTAL_COMMITTER.name,
            GIT_COMMITTER_EMAIL: PORTAL_COMMITTER.email,
          },
        }),
      );
      // Moves HEAD (its branch) only if it is still `parent`: a commit made meanwhile stays.
      const moved = await runGit(root, ['update-ref', '-m', 'beheer: publiceren', 'HEAD', commit, parent ?? '0'.repeat(commit.length)]);
      if (moved.code !== 0) throw new RepositoryError('busy', 'De inhoudsrepository veranderde tijdens het vastleggen; probeer het opnieuw.');
      await syncIndex(root, repoPaths);
      return commit;
    } finally {
      fs.rmSync(index, { force: true });
    }
  }

  /**
   * The repository's own index for `repoPaths` as the working tree has them (after a commit: as
   * committed), so `git status` shows nothing staged backwards. Not fatal: the commit stands, and
   * a busy index (a developer's git running) only leaves git status to say so.
   */
  async function syncIndex(root: string, repoPaths: string[]) {
    await runGit(root, ['update-index', '--add', '--remove', '--', ...repoPaths]);
  }

  return {
    /** The content folder, absolute. */
    dir,
    /** Whether versions are kept (a git repository): history, show, commit. */
    versioned: place !== undefined,

    /** The file's text and revision now, or null; the path is checked. */
    read(relativePath: string) {
      return readRevision(dir, resolveInside(relativePath).path);
    },

    /**
     * Writes every file (each atomically), after checking every path first: nothing is written when
     * one is refused. If a write fails, those already written are put back. Returns what `restore` needs.
     */
    write(changes: readonly FileWrite[]): Written[] {
      const targets = changes.map((c) => ({ ...resolveInside(c.path), bytes: 'text' in c ? Buffer.from(c.text, 'utf8') : c.bytes }));
      if (new Set(targets.map((t) => t.path)).size !== targets.length) throw new RepositoryError('input', 'Hetzelfde bestand staat twee keer in de wijziging.');
      const written: Written[] = [];
      try {
        for (const t of targets) {
          const previous = fs.existsSync(t.file) ? fs.readFileSync(t.file) : null;
          const createdDirs: string[] = [];
          for (let d = path.dirname(t.file); !fs.existsSync(d); d = path.dirname(d)) createdDirs.unshift(d);
          fs.mkdirSync(path.dirname(t.file), { recursive: true });
          // Recorded before the write, so a failed write's folders are removed too.
          written.push({ path: t.path, previous, revision: revisionOf(t.bytes), createdDirs });
          writeAtomically(t.file, t.bytes);
        }
      } catch (error) {
        restore(written);
        throw error;
      }
      return written;
    },

    /**
     * Puts back what `write` changed, newest first: the previous bytes, or no file (and no new
     * folder) where there was none. A file changed again since is left as it is; its path is returned.
     */
    restore,

    /** Commits exactly `paths` with the staff member as author and `message` (the change note); the commit id, or null when nothing changed or the folder keeps no versions. */
    async commit({ paths, author, message }: { paths: readonly string[]; author: Author; message: string }): Promise<string | null> {
      const who = checkAuthor(author);
      const note = checkMessage(message);
      if (!place) return null;
      return commitPaths([...paths], who, note);
    },

    /**
     * Undoes `commit` after its publish failed, once `restore` put the files back. When HEAD is
     * still that commit, HEAD goes back to its parent: the failed version was never live, and
     * history lists what was published. When something was committed after it, HEAD is never
     * moved: a new commit puts the paths back, and says why.
     */
    async undo(commit: string, paths: readonly string[], reason: string): Promise<'reset' | 'reverted'> {
      const { root } = requireGit();
      const repoPaths = paths.map((p) => repoPath(checkPath(p)));
      if ((await head(root)) === commit) {
        const parent = await runGit(root, ['rev-parse', '-q', '--verify', `${commit}^`]);
        const moved =
          parent.code === 0
            ? await runGit(root, ['update-ref', '-m', 'beheer: publicatie mislukt', 'HEAD', text(parent.stdout), commit])
            : await runGit(root, ['update-ref', '-m', 'beheer: publicatie mislukt', '-d', 'HEAD', commit]);
        if (moved.code === 0) {
          await syncIndex(root, repoPaths);
          return 'reset';
        }
      }
      const line = (await git(root, ['log', '-1', '--format=%s', commit])).toString('utf8').trim();
      await commitPaths(paths as string[], PORTAL_COMMITTER, `Teruggedraaid: ${line}\n\nDe publicatie van ${commit} mislukte: ${reason}`);
      return 'reverted';
    },

    log,
    show,

    /** The changes whose file is no longer at their base revision, each with what changed since. */
    async conflicts(changes: readonly { path: string; baseRevision: string | null }[]): Promise<Conflict[]> {
      const found: Conflict[] = [];
      for (const change of changes) {
        const p = resolveInside(change.path).path;
        const current = readRevision(dir, p);
        const currentRevision = current?.revision ?? null;
        if (currentRevision === change.baseRevision) continue;
        // The base text from history, by its revision: a draft keeps only the revision it was
        // based on, and every published version is a commit.
        const history = place ? await log(p) : undefined;
        const versions = history?.available ? history.versions : [];
        const baseAt = change.baseRevision === null ? versions.length : versions.findIndex((v) => v.revision === change.baseRevision);
        const baseText = change.baseRevision === null ? '' : baseAt >= 0 ? await show(versions[baseAt].commit, p) : null;
        found.push({
          path: p,
          baseRevision: change.baseRevision,
          currentRevision,
          diff: baseText !== null && p.endsWith('.md') ? diffTexts(baseText, current?.text ?? '') : null,
          changedBy: baseAt >= 0 ? versions.slice(0, baseAt) : [],
        });
      }
      return found;
    },

    /**
     * Runs `fn` holding the repository's lock: one writer at a time, in this process (a queue) and
     * across processes on this machine (a lock file in .git naming its pid; a dead holder's lock is
     * taken over). Waits up to `waitMs`, then refuses in Dutch.
     */
    async locked<T>(fn: () => Promise<T>, { waitMs = 120_000 }: { waitMs?: number } = {}): Promise<T> {
      const before = heldInProcess.get(lockFile) ?? Promise.resolve();
      const run = before.then(async () => {
        const mine = await takeLockFile(lockFile, waitMs);
        try {
          return await fn();
        } finally {
          // Only our own: a lock taken over meanwhile (we were thought dead) is its new holder's.
          if (fs.existsSync(lockFile) && fs.readFileSync(lockFile, 'utf8') === mine) fs.rmSync(lockFile, { force: true });
        }
      });
      const settled = run.catch(() => {});
      heldInProcess.set(lockFile, settled);
      void settled.then(() => heldInProcess.get(lockFile) === settled && heldInProcess.delete(lockFile));
      return run;
    },
  };

  function restore(written: readonly Written[]): string[] {
    const left: string[] = [];
    for (const w of [...written].reverse()) {
      const now = readRevision(dir, w.path)?.revision ?? null;
      if (now !== (w.previous ? revisionOf(w.previous) : null)) {
        if (now !== w.revision) {
          left.push(w.path);
          continue;
        }
        if (w.previous) writeAtomically(path.join(dir, w.path), w.previous);
        else fs.rmSync(path.join(dir, w.path), { force: true });
      }
      for (const d of [...w.createdDirs].reverse()) {
        try {
          fs.rmdirSync(d);
        } catch {
          break; // not empty: something else lives there now
        }
      }
    }
    return left;
  }
}

/** Creates the lock file exclusively (pid and start), waiting while a running process holds it; returns what it wrote. */
async function takeLockFile(lockFile: string, waitMs: number): Promise<string> {
  const mine = JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString() });
  const until = Date.now() + waitMs;
  for (;;) {
    try {
      fs.writeFileSync(lockFile, mine, { flag: 'wx' });
      return mine;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let holder: { pid?: number; startedAt?: string } = {};
    try {
      holder = JSON.parse(fs.readFileSync(lockFile, 'utf8'));
    } catch {
      // being written or removed this moment: look again
    }
    if (holder.pid !== undefined && !isRunning(holder.pid)) {
      // A crashed holder: moved aside under a name of our own, so of two takers only one removes it.
      const aside = `${lockFile}.oud-${process.pid}`;
      try {
        fs.renameSync(lockFile, aside);
        fs.rmSync(aside, { force: true });
      } catch {
        // someone else took it over first
      }
      continue;
    }
    if (Date.now() > until) {
      const since = holder.startedAt ? ` (sinds ${new Date(holder.startedAt).toLocaleTimeString('nl-NL', { timeZone: 'Europe/Amsterdam' })})` : '';
      throw new RepositoryError('busy', `Er wordt al een wijziging gepubliceerd${since}; probeer het over een minuut opnieuw.`);
    }
    await sleep(200);
  }
}

const CONTROL = /[\0-\x08\x0b-\x1f\x7f]/;

/** Name and e-mail as git's author: no line breaks or angle brackets, which would break the commit's header. */
export function checkAuthor(author: Author): Author {
  const name = author?.name?.trim() ?? '';
  const email = author?.email?.trim() ?? '';
  if (!name || /[\n<>]/.test(name) || CONTROL.test(name)) throw new RepositoryError('input', 'De naam van de auteur ontbreekt of bevat tekens die niet mogen.');
  if (!/^[^\s<>@]+@[^\s<>@]+$/.test(email) || CONTROL.test(email)) throw new RepositoryError('input', 'Het e-mailadres van de auteur is ongeldig.');
  return { name, email };
}

/** The change note as the commit message: required, line endings as \n, at most 10,000 characters. */
export function checkMessage(message: string): string {
  const note = (message ?? '').replace(/\r\n?/g, '\n').trim();
  if (!note) throw new RepositoryError('input', 'Een wijzigingsnotitie is verplicht: schrijf kort wat er veranderde.');
  if (note.length > 10_000) throw new RepositoryError('input', 'De wijzigingsnotitie is te lang (meer dan 10.000 tekens).');
  if (CONTROL.test(note)) throw new RepositoryError('input', 'De wijzigingsnotitie bevat tekens die niet mogen.');
  return note;
}
