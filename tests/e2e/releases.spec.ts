// Bad input for content releases, against a real production server (issue 23): a publish that fails
// validation, a half-written release folder, a server killed during a switch, two publishes at once,
// a release older than the one served, and a new news item going live under load. Each time the site
// serves one whole, valid release, and the operator gets one Dutch line that says what happened.
// The stores and the holder have their own unit tests (lib/release/stores.test.ts,
// server/release-holder.test.ts); this is the same promise for a running server.
//
// The server has a releases folder of its own; `npm run publiceer` publishes a copy of the real
// content into it (it builds in a folder of its own, so the checkout's built content is untouched).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { draftRelease } from '@/lib/release/envelope';
import { fileReleaseStore, MARKER, POINTER } from '@/lib/release/file-store';
import { generatedDocuments } from '@/tests/fixtures/generated-content';
import { startServer, stopServer } from './support/server';

// Ports of its own (3160–3169 in CI); E2E_RELEASES_PORT moves them for a run beside another.
const PORT = Number(process.env.E2E_RELEASES_PORT ?? 3160);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const root = process.cwd();

test.describe.configure({ mode: 'serial' });
// Publishing the real content runs its content build: tens of seconds on a busy machine.
test.setTimeout(300_000);

let work: string;
let server: ChildProcess;
let log: string[] = [];
const content = () => path.join(work, 'inhoud');
const releases = () => path.join(work, 'releases');
const store = () => fileReleaseStore(releases(), { log: () => {} });

/** Lines of the server's own log about releases (the request log is off). */
const releaseLines = () => log.filter((l) => /release/i.test(l));

async function start() {
  try {
    server = await startServer(
      PORT,
      path.join(work, 'data'),
      { GKA_RELEASES_DIR: releases(), GKA_RELEASE_POLL_MS: '100', GKA_REQUEST_LOG: '0' },
      // The large release below has no content pages, so not /contact.
      { onLine: (line) => log.push(line), ready: '/' },
    );
  } catch (error) {
    throw new Error(`${(error as Error).message}:\n${log.slice(-20).join('\n')}`);
  }
}

async function waitFor(what: string, check: () => boolean | Promise<boolean>, ms = 60_000) {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: niet binnen ${ms / 1000} s\n${log.slice(-20).join('\n')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The server says it serves `id` (server/release-holder.ts). */
const serving = (id: string) => waitFor(`release ${id} geserveerd`, () => log.some((l) => l.startsWith(`Release ${id} `) && l.includes('wordt geserveerd')));

function publiceer(): Promise<{ status: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/run-ts.mjs', 'scripts/publiceer.ts'], {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: content(), GKA_RELEASES_DIR: releases(), DATABASE_URL: '' },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (status) => resolve({ status, out: out.trim(), err: err.trim() }));
  });
}

/**
 * The pointer set by hand, replaced whole (as the store does): a server polling every 100 ms would
 * otherwise now and then read it half-written, which is another case (one line, then it goes on).
 */
function setPointer(pointer: { id: string; seq: number }) {
  fs.writeFileSync(path.join(releases(), `${POINTER}.hand`), JSON.stringify(pointer));
  fs.renameSync(path.join(releases(), `${POINTER}.hand`), path.join(releases(), POINTER));
}

const get = (url: string) => fetch(ORIGIN + url, { signal: AbortSignal.timeout(30_000) });
const text = async (url: string) => {
  const r = await get(url);
  expect(r.status, url).toBe(200);
  return r.text();
};

const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
const newsPath = (slug: string) => `/actueel/nieuws/${yesterday.replaceAll('-', '/')}/${slug}`;
const writeNews = (slug: string, title: string) =>
  fs.writeFileSync(
    path.join(content(), 'nieuws', `${slug}.md`),
    `---\ntitle: "${title}"\ndate: "${yesterday}"\nsummary: "${title}: een bericht van de releaseproef."\nthemes: [armoede]\n---\n\n${title}.\n`,
  );

test.beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'gka-releases-'));
  fs.cpSync(path.join(root, 'content'), content(), { recursive: true });
  // An empty store: the server makes the build's content its first release.
  await start();
  await waitFor('eerste release', async () => (await store().latest()) !== undefined);
});

test.afterAll(async () => {
  if (server) await stopServer(server);
  fs.rmSync(work, { recursive: true, force: true });
});

test('a document that fails validation: exit 1, the reason in Dutch, nothing published, the site unchanged', async () => {
  const before = await store().latest();
  const home = await text('/');
  fs.writeFileSync(path.join(content(), 'nieuws/kapot.md'), `---\ntitle: Kapot\ndate: "2024-01-01"\nsummary: s\nthemes: [armoed]\n---\nTekst.\n`);
  try {
    const { status, out, err } = await publiceer();
    expect(status).toBe(1);
    expect(out).toBe('');
    expect(err).toContain('nieuws/kapot.md:5 — themes.0: onbekend thema "armoed" — bedoel je "armoede"?');
    expect(err.split('\n').at(-1)).toBe('Niets gepubliceerd.');
  } finally {
    fs.rmSync(path.join(content(), 'nieuws/kapot.md'));
  }
  expect(await store().latest()).toEqual(before);
  expect(await text('/')).toBe(home);
  expect(releaseLines().filter((l) => l.includes('wordt geserveerd'))).toEqual([]);
});

test('a new news item: its page, the news list, search, the feed and the sitemap show it; no request fails during the switch', async () => {
  const slug = 'releaseproef-nieuw';
  const title = 'Releaseproef vlinderbrug';
  const urls = ['/', '/actueel/nieuws', '/en/actueel/nieuws', '/zoeken?q=vlinderbrug', '/actueel/nieuws/rss.xml', '/sitemap.xml', '/interventies'];
  for (const url of urls) await text(url);
  expect(await text('/actueel/nieuws')).not.toContain(title);
  expect((await get(newsPath(slug))).status).toBe(404);

  // Visitors all through the publish and the switch.
  let loading = true;
  const failures: string[] = [];
  let requests = 0;
  const visitor = async (offset: number) => {
    for (let i = offset; loading; i++) {
      const url = urls[i % urls.length];
      try {
        const r = await get(url);
        await r.arrayBuffer();
        if (r.status !== 200) failures.push(`${url}: ${r.status}`);
      } catch (error) {
        failures.push(`${url}: ${(error as Error).message}`);
      }
      requests++;
    }
  };
  const visitors = [0, 1, 2, 3].map(visitor);

  writeNews(slug, title);
  const { status, out, err } = await publiceer();
  expect(err).toBe('');
  expect(status).toBe(0);
  const id = out.match(/^Release (\S+) \(nr\. \d+\) gepubliceerd/)![1];
  await serving(id);
  // A few more rounds on the new release.
  await new Promise((r) => setTimeout(r, 1_000));
  loading = false;
  await Promise.all(visitors);
  expect(failures).toEqual([]);
  expect(requests).toBeGreaterThan(50);

  const page = await text(newsPath(slug));
  expect(page).toContain(title);
  expect(await text(`/en${newsPath(slug)}`)).toContain(title);
  expect(await text('/actueel/nieuws')).toContain(title);
  expect(await text('/en/actueel/nieuws')).toContain(title);
  // The hit's title is marked up where it matches: its link is the proof.
  expect(await text('/zoeken?q=vlinderbrug')).toContain(`href="${newsPath(slug)}"`);
  expect(await text('/en/zoeken?q=vlinderbrug')).toContain(`href="/en${newsPath(slug)}"`);
  expect(await text('/actueel/nieuws/rss.xml')).toContain(title);
  expect(await text('/sitemap.xml')).toContain(newsPath(slug));
});

test('two publishes at once: one is refused with the Dutch busy line, the other is served', async () => {
  const title = 'Releaseproef tegelijk';
  writeNews('releaseproef-tegelijk', title);
  const runs = await Promise.all([publiceer(), publiceer()]);
  const [won, lost] = runs[0].status === 0 ? runs : [runs[1], runs[0]];
  expect([won.status, lost.status]).toEqual([0, 1]);
  expect(lost.out).toBe('');
  expect(lost.err).toMatch(/^Er loopt al een publicatie \(pid \d+, gestart om .+\); probeer het over een minuut opnieuw\.$/);
  const id = won.out.match(/^Release (\S+) \(nr\. \d+\) gepubliceerd/)![1];
  await serving(id);
  expect(await text(newsPath('releaseproef-tegelijk'))).toContain(title);
});

test('the pointer set back to an older release: the server keeps the newer one and says so once', async () => {
  const [newest, older] = await store().list();
  const lines = log.length;
  const page = await text(newsPath('releaseproef-tegelijk'));
  setPointer({ id: older.id, seq: older.seq });
  try {
    await waitFor('regel over de oudere release', () => log.slice(lines).some((l) => l.includes(older.id)));
    // Ten polls more: still one line.
    await new Promise((r) => setTimeout(r, 1_000));
    expect(log.slice(lines)).toEqual([
      `Release ${older.id} (nr. ${older.seq}) is ouder dan release ${newest.id} (nr. ${newest.seq}): overgeslagen; de site blijft release ${newest.id} serveren.`,
    ]);
    expect(await text(newsPath('releaseproef-tegelijk'))).toBe(page);
  } finally {
    setPointer({ id: newest.id, seq: newest.seq });
  }
});

test('a half-written release folder the pointer names: the server keeps serving and says so once', async () => {
  const [current] = await store().list();
  const lines = log.length;
  const page = await text(newsPath('releaseproef-tegelijk'));
  // What a publish killed after the rename would leave if it had skipped VOLLEDIG: the envelope cut short.
  const half = '20991231T235959Z-abcdef';
  fs.mkdirSync(path.join(releases(), half, 'inhoud'), { recursive: true });
  fs.writeFileSync(path.join(releases(), half, 'release.json'), fs.readFileSync(path.join(releases(), current.id, 'release.json')).subarray(0, 4096));
  expect(fs.existsSync(path.join(releases(), half, MARKER))).toBe(false);
  setPointer({ id: half, seq: current.seq + 1 });
  try {
    await waitFor('regel over de halve release', () => log.slice(lines).some((l) => l.includes(half)));
    await new Promise((r) => setTimeout(r, 1_000));
    expect(log.slice(lines)).toEqual([
      `Release ${half} (nr. ${current.seq + 1}) niet geladen: Release ${half} is onvolledig (${MARKER} ontbreekt): overgeslagen; de site blijft release ${current.id} serveren.`,
    ]);
    expect(await text(newsPath('releaseproef-tegelijk'))).toBe(page);
  } finally {
    setPointer({ id: current.id, seq: current.seq });
    fs.rmSync(path.join(releases(), half), { recursive: true, force: true });
  }
});

test('the server killed while it prepares a large release: restarted, it serves one whole release, never a mix', async () => {
  const interventions = 10_000;
  const documents = generatedDocuments({ interventions });
  const { draft } = draftRelease({ documents, files: [], createdAt: new Date() });
  const lines = log.length;
  const big = await store().publish(draft, []);
  // The server sees the pointer within a poll and starts loading; it is killed before it switches.
  await new Promise((r) => setTimeout(r, 300));
  expect(log.slice(lines).filter((l) => l.includes('wordt geserveerd'))).toEqual([]);
  await stopServer(server, 'SIGKILL');

  log = [];
  await start();
  // Whichever release it serves, the list and the pages agree with it: here the large one, the latest.
  const list = await text('/interventies');
  expect(list).toContain(`${interventions.toLocaleString('nl-NL')} interventies`);
  expect(await text(`/interventies/gegenereerd-${interventions - 1}`)).toContain(documents.interventions.at(-1)!.title);
  // The real interventions belong to the release before: not one of them is left beside these.
  const real = fs.readdirSync(path.join(content(), 'interventies'))[0].replace(/\.md$/, '');
  expect((await get(`/interventies/${real}`)).status).toBe(404);
  expect(big.seq).toBe((await store().latest())!.seq);
});
