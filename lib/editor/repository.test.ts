import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_TYPES } from '@/tests/support/content-folder';
import { CONTENT_FOLDERS, checkPath, NO_HISTORY, openRepository, PORTAL_COMMITTER, RepositoryError } from './repository';
import { revisionOf } from './revision';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gka-repository-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const CLEAN_ENV = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
/** git as a developer at the terminal would run it, for the set-up and the checks. */
const git = (dir: string, ...args: string[]) =>
  execFileSync('git', ['-C', dir, ...args], {
    encoding: 'utf8',
    env: {
      ...CLEAN_ENV,
      GIT_AUTHOR_NAME: 'Ontwikkelaar',
      GIT_AUTHOR_EMAIL: 'dev@example.org',
      GIT_COMMITTER_NAME: 'Ontwikkelaar',
      GIT_COMMITTER_EMAIL: 'dev@example.org',
    },
  }).trimEnd();

const news = (title: string, body = 'Tekst.') => `---\ntitle: "${title}"\ndate: "2026-12-01"\nsummary: "Samenvatting"\nthemes: []\n---\n\n${body}\n`;
const AUTHOR = { name: 'Eva Eindredacteur', email: 'eva@example.org' };

let n = 0;
/** A git repository with `content/` (a subfolder, as in this project) holding one news item, committed. */
function repoWithContent(): { root: string; content: string } {
  const root = path.join(scratch, `repo-${++n}`);
  const content = path.join(root, 'content');
  fs.mkdirSync(path.join(content, 'nieuws'), { recursive: true });
  git(root, 'init', '-q', '-b', 'main');
  fs.writeFileSync(path.join(content, 'nieuws/bericht.md'), news('Bericht'));
  fs.writeFileSync(path.join(root, 'README.md'), 'Project\n');
  git(root, 'add', '.');
  git(root, 'commit', '-q', '-m', 'Begin');
  return { root, content };
}

describe('checkPath', () => {
  it('takes a document of one of the ten folders, pages nested, and an image or PDF beside them', () => {
    for (const ok of [
      'nieuws/2026-12-07-titel.md',
      'gemeenten/s-hertogenbosch.md',
      'paginas/contact.md',
      'paginas/voor-scholen/leernetwerken.md',
      'nieuws/foto-3f2a9c.jpg',
      'regios/noord.webp',
      'publicaties/rapport-2022.pdf',
    ])
      expect(checkPath(ok)).toBe(ok);
  });

  it('refuses every hostile or unknown path, in Dutch', () => {
    for (const bad of [
      '',
      '../nieuws/x.md',
      'nieuws/../../etc/passwd.md',
      'nieuws/./x.md',
      'nieuws//x.md',
      '/etc/nieuws/x.md',
      'nieuws/x.md\0.png',
      'nieuws\\x.md',
      'nieuws/X.md',
      'nieuws/x y.md',
      'nieuws/.verborgen.md',
      'nieuws/sub/x.md',
      'zoeken/synoniemen.yml',
      'onbekend/x.md',
      'nieuws/x.svg',
      'nieuws/x.html',
      'nieuws/x.png.html',
      'nieuws/x.md.',
      'nieuws/',
      'nieuws',
      `nieuws/${'a'.repeat(300)}.md`,
      undefined,
      42,
    ]) {
      expect(() => checkPath(bad), String(bad)).toThrow(RepositoryError);
      expect(() => checkPath(bad)).toThrow(/^Ongeldig pad /);
    }
  });

  it('knows the folders of the content model (contentlayer.config.ts)', () => {
    const folders = (CONTENT_TYPES as { filePathPattern: string }[]).map((t) => t.filePathPattern.split('/')[0]);
    expect([...CONTENT_FOLDERS].sort()).toEqual(folders.sort());
  });
});

describe('the content repository', () => {
  let root: string;
  let content: string;
  beforeEach(() => ({ root, content } = repoWithContent()));
  afterEach(() => {
    delete process.env.GIT_DIR;
    delete process.env.GIT_INDEX_FILE;
  });

  it('finds the repository around a subfolder; writes atomically, and puts back what it wrote', async () => {
    const repo = await openRepository(content);
    expect(repo.versioned).toBe(true);
    const before = repo.read('nieuws/bericht.md')!;
    expect(before.revision).toBe(revisionOf(news('Bericht')));
    const written = repo.write([
      { path: 'nieuws/bericht.md', text: news('Bericht', 'Nieuw.') },
      { path: 'paginas/nieuw/dieper/pagina.md', text: news('Pagina') },
      { path: 'nieuws/foto-ab12.png', bytes: Buffer.from([0x89, 0x50]) },
    ]);
    expect(written.map((w) => [w.path, w.previous?.toString('utf8') ?? null])).toEqual([
      ['nieuws/bericht.md', news('Bericht')],
      ['paginas/nieuw/dieper/pagina.md', null],
      ['nieuws/foto-ab12.png', null],
    ]);
    expect(fs.readFileSync(path.join(content, 'nieuws/bericht.md'), 'utf8')).toBe(news('Bericht', 'Nieuw.'));
    // No temporary file is left beside them.
    expect(fs.readdirSync(path.join(content, 'nieuws')).sort()).toEqual(['bericht.md', 'foto-ab12.png']);
    expect(repo.restore(written)).toEqual([]);
    expect(fs.readFileSync(path.join(content, 'nieuws/bericht.md'), 'utf8')).toBe(news('Bericht'));
    expect(fs.existsSync(path.join(content, 'paginas'))).toBe(false);
    expect(fs.readdirSync(path.join(content, 'nieuws'))).toEqual(['bericht.md']);
  });

  it('restore leaves a file that was changed again after the write, and says so', async () => {
    const repo = await openRepository(content);
    const written = repo.write([{ path: 'nieuws/bericht.md', text: news('Bericht', 'Van mij.') }]);
    fs.writeFileSync(path.join(content, 'nieuws/bericht.md'), news('Bericht', 'Van een ander.'));
    expect(repo.restore(written)).toEqual(['nieuws/bericht.md']);
    expect(fs.readFileSync(path.join(content, 'nieuws/bericht.md'), 'utf8')).toContain('Van een ander.');
  });

  it('refuses a path through a symbolic link out of the folder, and a file that is a link; nothing is written', async () => {
    const outside = path.join(scratch, `buiten-${n}`);
    fs.mkdirSync(outside);
    fs.symlinkSync(outside, path.join(content, 'activiteiten'));
    fs.symlinkSync(path.join(outside, 'doel.md'), path.join(content, 'nieuws/link.md'));
    const repo = await openRepository(content);
    expect(() => repo.write([{ path: 'activiteiten/x.md', text: 'x' }])).toThrow(/koppeling naar elders/);
    expect(() => repo.write([{ path: 'nieuws/link.md', text: 'x' }])).toThrow(/geen gewoon bestand/);
    expect(() =>
      repo.write([
        { path: 'nieuws/goed.md', text: 'x' },
        { path: '../buiten.md', text: 'x' },
      ]),
    ).toThrow(/Ongeldig pad/);
    expect(fs.readdirSync(outside)).toEqual([]);
    expect(fs.existsSync(path.join(content, 'nieuws/goed.md'))).toBe(false);
  });

  it('commits only the given paths, with the staff member as author and the note as message', async () => {
    // A developer's work in progress: a modified file, a staged one, an untracked one.
    fs.writeFileSync(path.join(root, 'README.md'), 'Project, half bewerkt\n');
    fs.writeFileSync(path.join(content, 'nieuws/staged.md'), news('Staged'));
    git(root, 'add', 'content/nieuws/staged.md');
    fs.writeFileSync(path.join(content, 'nieuws/los.md'), news('Los'));
    // What the server's environment may hold must not send git elsewhere.
    process.env.GIT_DIR = path.join(scratch, 'nergens');
    process.env.GIT_INDEX_FILE = path.join(scratch, 'nergens-index');

    const repo = await openRepository(content);
    repo.write([
      { path: 'nieuws/bericht.md', text: news('Bericht', 'Gecorrigeerd.') },
      { path: 'nieuws/nieuw.md', text: news('Nieuw') },
    ]);
    const commit = await repo.commit({ paths: ['nieuws/bericht.md', 'nieuws/nieuw.md'], author: AUTHOR, message: 'Tikfout hersteld\n\nen een nieuw bericht' });
    delete process.env.GIT_DIR;
    delete process.env.GIT_INDEX_FILE;

    expect(commit).toMatch(/^[0-9a-f]{40}$/);
    expect(git(root, 'rev-parse', 'HEAD')).toBe(commit);
    expect(git(root, 'show', '--name-only', '--format=', commit!).split('\n').sort()).toEqual(['content/nieuws/bericht.md', 'content/nieuws/nieuw.md']);
    expect(git(root, 'log', '-1', '--format=%an <%ae>|%cn <%ce>|%B')).toBe(
      `Eva Eindredacteur <eva@example.org>|${PORTAL_COMMITTER.name} <${PORTAL_COMMITTER.email}>|Tikfout hersteld\n\nen een nieuw bericht`,
    );
    // The developer's work is as it was: README modified (not staged), staged.md still staged, los.md untracked.
    expect(git(root, 'status', '--porcelain').split('\n').sort()).toEqual(['A  content/nieuws/staged.md', ' M README.md', '?? content/nieuws/los.md'].sort());
    expect(fs.existsSync(path.join(scratch, 'nergens-index'))).toBe(false);
  });

  it('a commit of nothing new is null; the author and the note are checked', async () => {
    const repo = await openRepository(content);
    expect(await repo.commit({ paths: ['nieuws/bericht.md'], author: AUTHOR, message: 'Niets' })).toBeNull();
    await expect(repo.commit({ paths: ['nieuws/bericht.md'], author: AUTHOR, message: '  ' })).rejects.toThrow(/wijzigingsnotitie is verplicht/);
    await expect(repo.commit({ paths: ['nieuws/bericht.md'], author: { name: 'Eva\nX', email: 'eva@example.org' }, message: 'm' })).rejects.toThrow(/naam/);
    await expect(repo.commit({ paths: ['nieuws/bericht.md'], author: { name: 'Eva', email: 'eva <x@y>' }, message: 'm' })).rejects.toThrow(/e-mailadres/);
    await expect(repo.commit({ paths: ['../README.md'], author: AUTHOR, message: 'm' })).rejects.toThrow(/Ongeldig pad/);
  });

  it('a commit made meanwhile by someone else is never lost: HEAD moves only from where it was', async () => {
    const repo = await openRepository(content);
    repo.write([{ path: 'nieuws/bericht.md', text: news('Bericht', 'Van de portal.') }]);
    const ours = await repo.commit({ paths: ['nieuws/bericht.md'], author: AUTHOR, message: 'Eerste' });
    fs.writeFileSync(path.join(root, 'README.md'), 'Anders\n');
    git(root, 'commit', '-qam', 'Ontwikkelaar');
    const theirs = git(root, 'rev-parse', 'HEAD');
    repo.write([{ path: 'nieuws/bericht.md', text: news('Bericht', 'Weer.') }]);
    const next = await repo.commit({ paths: ['nieuws/bericht.md'], author: AUTHOR, message: 'Tweede' });
    expect(git(root, 'rev-list', '--first-parent', 'HEAD').split('\n').slice(0, 3)).toEqual([next, theirs, ours]);
  });

  it('log: every version of a file with author, date, note and revision; show: the text of one', async () => {
    const repo = await openRepository(content);
    repo.write([{ path: 'nieuws/bericht.md', text: news('Bericht', 'Versie 2.') }]);
    const second = await repo.commit({ paths: ['nieuws/bericht.md'], author: AUTHOR, message: 'Versie 2' });
    const history = await repo.log('nieuws/bericht.md');
    expect(history.available).toBe(true);
    if (!history.available) return;
    expect(history.versions.map((v) => [v.author.name, v.message, v.revision])).toEqual([
      ['Eva Eindredacteur', 'Versie 2', revisionOf(news('Bericht', 'Versie 2.'))],
      ['Ontwikkelaar', 'Begin', revisionOf(news('Bericht'))],
    ]);
    expect(history.versions[0]).toMatchObject({ commit: second, author: AUTHOR });
    expect(new Date(history.versions[0].date).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(await repo.show(history.versions[1].commit, 'nieuws/bericht.md')).toBe(news('Bericht'));
    expect(await repo.show(history.versions[1].commit, 'nieuws/bestaat-niet.md')).toBeNull();
    await expect(repo.show('--output=/tmp/x', 'nieuws/bericht.md')).rejects.toThrow(/Onbekende versie/);
    await expect(repo.show('HEAD~1', 'nieuws/bericht.md')).rejects.toThrow(/Onbekende versie/);
    expect(await repo.log('nieuws/nooit.md')).toEqual({ available: true, versions: [] });
  });

  it('conflicts: a file changed since the base revision, with the diff since the base and who changed it', async () => {
    const repo = await openRepository(content);
    const base = repo.read('nieuws/bericht.md')!.revision;
    // Another editor publishes first.
    repo.write([{ path: 'nieuws/bericht.md', text: news('Bericht', 'Tekst van Piet.') }]);
    await repo.commit({ paths: ['nieuws/bericht.md'], author: { name: 'Piet', email: 'piet@example.org' }, message: 'Piets correctie' });
    const current = repo.read('nieuws/bericht.md')!.revision;

    expect(await repo.conflicts([{ path: 'nieuws/bericht.md', baseRevision: current }])).toEqual([]);
    const [conflict] = await repo.conflicts([{ path: 'nieuws/bericht.md', baseRevision: base }]);
    expect(conflict).toMatchObject({ path: 'nieuws/bericht.md', baseRevision: base, currentRevision: current });
    expect(conflict.changedBy.map((v) => [v.author.name, v.message])).toEqual([['Piet', 'Piets correctie']]);
    expect(conflict.diff!.hunks[0].lines.filter((l) => l.kind !== 'kept').map((l) => `${l.kind} ${l.text}`)).toEqual([
      'removed Tekst.',
      'added Tekst van Piet.',
    ]);

    // A new file someone else created meanwhile: everything in it is new.
    repo.write([{ path: 'nieuws/zelfde-slug.md', text: news('Eerder') }]);
    const [created] = await repo.conflicts([{ path: 'nieuws/zelfde-slug.md', baseRevision: null }]);
    expect(created.diff).toMatchObject({ added: 8, removed: 0 });
    // A base that history does not know (edited on disk, never committed): said, not guessed.
    const [unknown] = await repo.conflicts([{ path: 'nieuws/bericht.md', baseRevision: revisionOf('nooit gezien') }]);
    expect(unknown).toMatchObject({ diff: null, changedBy: [], currentRevision: current });
  });

  it('undo after a failed publish: HEAD back to the parent, or, with a commit after it, a commit that puts the files back', async () => {
    const repo = await openRepository(content);
    const start = git(root, 'rev-parse', 'HEAD');
    const written = repo.write([{ path: 'nieuws/bericht.md', text: news('Bericht', 'Fout.') }]);
    const failed = (await repo.commit({ paths: ['nieuws/bericht.md'], author: AUTHOR, message: 'Mislukt' }))!;
    repo.restore(written);
    expect(await repo.undo(failed, ['nieuws/bericht.md'], 'onbekend thema')).toBe('reset');
    expect(git(root, 'rev-parse', 'HEAD')).toBe(start);
    expect(git(root, 'status', '--porcelain')).toBe('');

    const again = repo.write([{ path: 'nieuws/bericht.md', text: news('Bericht', 'Weer fout.') }]);
    const failedAgain = (await repo.commit({ paths: ['nieuws/bericht.md'], author: AUTHOR, message: 'Weer mislukt' }))!;
    fs.writeFileSync(path.join(root, 'README.md'), 'Intussen\n');
    git(root, 'commit', '-qam', 'Intussen');
    repo.restore(again);
    expect(await repo.undo(failedAgain, ['nieuws/bericht.md'], 'onbekend thema')).toBe('reverted');
    expect(git(root, 'log', '-1', '--format=%s%n%b')).toBe(`Teruggedraaid: Weer mislukt\nDe publicatie van ${failedAgain} mislukte: onbekend thema`);
    expect(git(root, 'show', 'HEAD:content/nieuws/bericht.md')).toBe(news('Bericht').trim());
    expect(git(root, 'status', '--porcelain')).toBe('');
  });

  it('one writer at a time: in this process a queue, across processes a lock file in .git (a dead holder’s is taken over)', async () => {
    const repo = await openRepository(content);
    const order: string[] = [];
    const slow = (name: string) => async () => {
      order.push(`${name} begint`);
      await new Promise((r) => setTimeout(r, 50));
      order.push(`${name} klaar`);
    };
    await Promise.all([repo.locked(slow('a')), repo.locked(slow('b'))]);
    expect(order).toEqual(['a begint', 'a klaar', 'b begint', 'b klaar']);
    const lockFile = path.join(root, '.git/gka-beheer.lock');
    expect(fs.existsSync(lockFile)).toBe(false);

    // Another server's publish, running: wait, then refuse in Dutch.
    fs.writeFileSync(lockFile, JSON.stringify({ pid: process.ppid, startedAt: new Date().toISOString() }));
    await expect(repo.locked(async () => 'x', { waitMs: 300 })).rejects.toThrow(/Er wordt al een wijziging gepubliceerd/);
    // A crashed one: taken over.
    fs.writeFileSync(lockFile, JSON.stringify({ pid: 2 ** 22 + 1, startedAt: new Date().toISOString() }));
    expect(await repo.locked(async () => 'overgenomen', { waitMs: 300 })).toBe('overgenomen');
    expect(fs.existsSync(lockFile)).toBe(false);
  });
});

describe('a repository of its own, a plain folder, an ignored folder', () => {
  it('a content folder that is a repository itself: paths without a prefix', async () => {
    const content = path.join(scratch, 'eigen');
    fs.mkdirSync(path.join(content, 'themas'), { recursive: true });
    git(content, 'init', '-q', '-b', 'main');
    const repo = await openRepository(content);
    expect(repo.versioned).toBe(true);
    expect(await repo.log('themas/armoede.md')).toEqual({ available: true, versions: [] });
    repo.write([{ path: 'themas/armoede.md', text: 'A\n' }]);
    const first = await repo.commit({ paths: ['themas/armoede.md'], author: AUTHOR, message: 'Eerste' });
    expect(git(content, 'show', '--name-only', '--format=', first!)).toBe('themas/armoede.md');
    const written = repo.write([{ path: 'themas/armoede.md', text: 'B\n' }]);
    const second = (await repo.commit({ paths: ['themas/armoede.md'], author: AUTHOR, message: 'Tweede' }))!;
    repo.restore(written);
    expect(await repo.undo(second, ['themas/armoede.md'], 'x')).toBe('reset');
    expect(git(content, 'rev-parse', 'HEAD')).toBe(first);
  });

  it('a plain folder: writing works, nothing is committed, history says it is not available', async () => {
    const content = path.join(scratch, 'gewoon');
    fs.mkdirSync(content);
    const repo = await openRepository(content);
    expect(repo.versioned).toBe(false);
    repo.write([{ path: 'nieuws/x.md', text: news('X') }]);
    expect(await repo.commit({ paths: ['nieuws/x.md'], author: AUTHOR, message: 'm' })).toBeNull();
    expect(await repo.log('nieuws/x.md')).toEqual({ available: false, reason: NO_HISTORY });
    await expect(repo.show('abcdef1', 'nieuws/x.md')).rejects.toThrow(NO_HISTORY);
    // A conflict is still found; the diff from a new file's empty base too.
    const [c] = await repo.conflicts([{ path: 'nieuws/x.md', baseRevision: null }]);
    expect(c.diff?.added).toBe(8);
    expect(fs.existsSync(path.join(content, '.gka-beheer.lock'))).toBe(false);
  });

  it('a folder the repository around it ignores (a copy in .cache/) counts as a plain folder', async () => {
    const { root } = repoWithContent();
    fs.writeFileSync(path.join(root, '.gitignore'), '.cache/\n');
    const copy = path.join(root, '.cache/kopie');
    fs.mkdirSync(copy, { recursive: true });
    expect((await openRepository(copy)).versioned).toBe(false);
  });

  it('a content folder that does not exist is refused in Dutch', async () => {
    await expect(openRepository(path.join(scratch, 'bestaat-niet'))).rejects.toThrow(/bestaat niet/);
  });
});
