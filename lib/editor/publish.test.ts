// publishChange end to end: a content folder that is a git repository of its own (git init in
// os.tmpdir()), the real `npm run publiceer` of this checkout, a releases folder of its own.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileReleaseStore } from '@/lib/release/file-store';
import { ROOT, scratchContent } from '@/tests/support/content-folder';
import { publishChange, type PublishStep } from './publish';
import { revisionOf } from './revision';

const scratch = scratchContent();
const git = (dir: string, ...args: string[]) =>
  execFileSync('git', ['-C', dir, ...args], {
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_AUTHOR_NAME: 'Dev',
      GIT_AUTHOR_EMAIL: 'dev@example.org',
      GIT_COMMITTER_NAME: 'Dev',
      GIT_COMMITTER_EMAIL: 'dev@example.org',
    },
  }).trimEnd();

const news = (title: string, theme = 'armoede', body = 'Tekst.') =>
  `---\ntitle: "${title}"\ndate: "2024-01-01"\nsummary: "Samenvatting"\nthemes: [${theme}]\n---\n\n${body}\n`;
const AUTHOR = { name: 'Eva Eindredacteur', email: 'eva@example.org' };

let content: string;
let releases: string;
let server: http.Server;
/** What the fake server says it serves: what a real one would after its poll. */
const ORIGIN = 'http://127.0.0.1:4201';
const saved = { GKA_RELEASES_DIR: process.env.GKA_RELEASES_DIR, DATABASE_URL: process.env.DATABASE_URL };

beforeAll(async () => {
  content = scratch.contentWith('inhoud', { 'nieuws/bericht.md': news('Bericht') });
  releases = path.join(scratch.dir, 'releases');
  // publiceer (a child) and the store check (this process) read the store from the environment.
  process.env.GKA_RELEASES_DIR = releases;
  process.env.DATABASE_URL = '';
  git(content, 'init', '-q', '-b', 'main');
  git(content, 'add', '.');
  git(content, 'commit', '-q', '-m', 'Begin');
  // /health as server/health.ts answers it: the release served, here the store's latest.
  server = http.createServer(async (_req, res) => {
    const latest = await fileReleaseStore(releases).latest();
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify({ status: 'ok', cache: { release: latest?.id } }));
  });
  await new Promise<void>((resolve) => server.listen(4201, '127.0.0.1', resolve));
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

/** What must be true after a refused or failed publish: nothing moved. */
function snapshot() {
  return {
    head: git(content, 'rev-parse', 'HEAD'),
    status: git(content, 'status', '--porcelain'),
    files: fs.readdirSync(path.join(content, 'nieuws')).sort(),
    bericht: fs.readFileSync(path.join(content, 'nieuws/bericht.md'), 'utf8'),
  };
}

describe('publishChange', () => {
  it('a new news item: checked, written, committed with author and note, published, live; steps in order', async () => {
    const steps: PublishStep[] = [];
    const result = await publishChange({
      latestRelease: () => fileReleaseStore(releases).latest(),
      contentDir: content,
      projectRoot: ROOT,
      changes: [{ path: 'nieuws/nieuw-bericht.md', text: news('Nieuw bericht'), baseRevision: null }],
      author: AUTHOR,
      note: 'Nieuw bericht over armoede',
      onStep: (s) => steps.push(s),
      origin: ORIGIN,
    });
    expect(result).toMatchObject({ ok: true, published: true, live: true });
    if (!result.ok) return;
    expect(steps).toEqual(['controleren', 'schrijven', 'vastleggen', 'bouwen en publiceren', 'live']);
    expect(result.commit).toBe(git(content, 'rev-parse', 'HEAD'));
    expect(git(content, 'log', '-1', '--format=%an <%ae>%n%B')).toBe('Eva Eindredacteur <eva@example.org>\nNieuw bericht over armoede');
    expect(git(content, 'status', '--porcelain')).toBe('');
    const store = fileReleaseStore(releases);
    expect(await store.latest()).toEqual(result.release);
    const { envelope } = await store.load(result.release.id);
    expect(envelope.documents.news.map((d) => d.title).sort()).toEqual(['Bericht', 'Nieuw bericht']);
    expect(envelope.source.commit).toBe(result.commit);
  }, 180_000);

  it('a concurrent edit: the later save is refused with what changed; nothing written, committed or published', async () => {
    const base = revisionOf(news('Bericht'));
    const latest = await fileReleaseStore(releases).latest();
    // Another editor published a correction after this draft was opened.
    fs.writeFileSync(path.join(content, 'nieuws/bericht.md'), news('Bericht', 'armoede', 'Gecorrigeerd door Piet.'));
    git(content, 'commit', '-qam', 'Piets correctie', '--author', 'Piet <piet@example.org>');
    const before = snapshot();
    const result = await publishChange({
      latestRelease: () => fileReleaseStore(releases).latest(),
      contentDir: content,
      projectRoot: ROOT,
      changes: [{ path: 'nieuws/bericht.md', text: news('Bericht', 'armoede', 'Mijn versie.'), baseRevision: base }],
      author: AUTHOR,
      note: 'Mijn correctie',
    });
    expect(result).toMatchObject({ ok: false, step: 'controleren' });
    if (result.ok) return;
    expect(result.reason).toMatch(/^nieuws\/bericht\.md is intussen gewijzigd door Piet \(.*\)\. Er is niets gepubliceerd en niets overschreven/);
    expect(result.conflicts).toHaveLength(1);
    expect(result.conflicts[0].diff!.hunks[0].lines.filter((l) => l.kind !== 'kept').map((l) => l.text)).toEqual(['Tekst.', 'Gecorrigeerd door Piet.']);
    expect(snapshot()).toEqual(before);
    expect(await fileReleaseStore(releases).latest()).toEqual(latest);
  });

  it('a failed publish (content that does not build): files, HEAD and the site as before, the reason in Dutch', async () => {
    const before = snapshot();
    const latest = await fileReleaseStore(releases).latest();
    const steps: PublishStep[] = [];
    const result = await publishChange({
      latestRelease: () => fileReleaseStore(releases).latest(),
      contentDir: content,
      projectRoot: ROOT,
      changes: [
        { path: 'nieuws/bericht.md', text: news('Bericht', 'armoede', 'Nog eens.'), baseRevision: revisionOf(before.bericht) },
        { path: 'nieuws/kapot.md', text: news('Kapot', 'armoed'), baseRevision: null },
      ],
      author: AUTHOR,
      note: 'Kapot bericht',
      onStep: (s) => steps.push(s),
    });
    expect(result).toMatchObject({ ok: false, step: 'bouwen en publiceren' });
    if (result.ok) return;
    expect(steps).toEqual(['controleren', 'schrijven', 'vastleggen', 'bouwen en publiceren']);
    expect(result.reason).toContain('nieuws/kapot.md:5 — themes.0: onbekend thema "armoed" — bedoel je "armoede"?');
    expect(result.reason).toContain('Niets gepubliceerd.');
    expect(snapshot()).toEqual(before);
    // The failed version is not in the history: HEAD went back, the commit is no longer on the branch.
    expect(git(content, 'log', '--format=%s')).not.toContain('Kapot bericht');
    expect(await fileReleaseStore(releases).latest()).toEqual(latest);
  }, 180_000);

  it('a hostile path, a missing note: refused before anything is written', async () => {
    const before = snapshot();
    for (const [changes, note, reason] of [
      [[{ path: 'nieuws/../../buiten.md', text: 'x', baseRevision: null }], 'n', /^Ongeldig pad/],
      [[{ path: 'nieuws/x.md', text: 'x', baseRevision: null }], ' ', /wijzigingsnotitie is verplicht/],
      [[], 'n', /geen bestanden/],
    ] as const) {
      const result = await publishChange({
        latestRelease: () => fileReleaseStore(releases).latest(),
        contentDir: content,
        projectRoot: ROOT,
        changes,
        author: AUTHOR,
        note,
      });
      expect(result).toMatchObject({ ok: false, step: 'controleren', reason: expect.stringMatching(reason) });
    }
    expect(snapshot()).toEqual(before);
    expect(fs.existsSync(path.join(scratch.dir, 'buiten.md'))).toBe(false);
  });

  it('a plain folder (no git): published all the same, without a commit', async () => {
    const plain = scratch.contentWith('gewoon', { 'nieuws/bericht.md': news('Bericht') });
    const result = await publishChange({
      latestRelease: () => fileReleaseStore(releases).latest(),
      contentDir: plain,
      projectRoot: ROOT,
      changes: [{ path: 'nieuws/bericht.md', text: news('Bericht', 'armoede', 'Anders.'), baseRevision: revisionOf(news('Bericht')) }],
      author: AUTHOR,
      note: 'Zonder git',
    });
    expect(result).toMatchObject({ ok: true, commit: null, published: true, live: false });
  }, 180_000);
});
