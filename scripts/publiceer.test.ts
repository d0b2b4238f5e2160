// `npm run publiceer` end to end, in a copy of the project with a small content folder of its own
// (CONTENT_DIR) and a releases folder of its own (GKA_RELEASES_DIR).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileReleaseStore } from '@/lib/release/file-store';
import { ROOT, scratchContent } from '@/tests/support/content-folder';

const scratch = scratchContent();
let work: string;
let content: string;
const releases = () => path.join(work, 'releases');

// A PNG of 2×1 pixels: the content build reads its size.
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000020000000108020000007b40e8dd0000000f49444154789c63f8cfc0c0f09f010007ff01ff017f89a70000000049454e44ae426082',
  'hex',
);
const news = (title: string, theme = 'armoede') =>
  `---\ntitle: ${title}\ndate: "2024-01-01"\nsummary: s\nthemes: [${theme}]\n---\nTekst met ![Een foto](./foto.png)\n`;

beforeAll(() => {
  work = scratch.dir;
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(work, 'node_modules'));
  fs.cpSync(path.join(ROOT, 'lib'), path.join(work, 'lib'), { recursive: true });
  fs.cpSync(path.join(ROOT, 'data'), path.join(work, 'data'), { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'contentlayer.config.ts'), path.join(work, 'contentlayer.config.ts'));
  fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(work, 'package.json'));
  content = scratch.contentWith('redactie', { 'nieuws/bericht.md': news('Bericht') });
  fs.writeFileSync(path.join(content, 'nieuws/foto.png'), PNG);
});

function publiceer(...args: string[]): Promise<{ status: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts/run-ts.mjs'), path.join(ROOT, 'scripts/publiceer.ts'), ...args], {
      cwd: work,
      env: { ...process.env, PWD: work, CONTENT_DIR: 'redactie', GKA_RELEASES_DIR: releases(), DATABASE_URL: '' },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (status) => resolve({ status, out: out.trim(), err: err.trim() }));
  });
}

describe('npm run publiceer', () => {
  it('publishes the content as a release: one line with id, number, counts and time; the image byte for byte', async () => {
    const { status, out, err } = await publiceer();
    expect(err).toBe('');
    expect(status).toBe(0);
    expect(out).toMatch(
      /^Release (\d{8}T\d{6}Z-[0-9a-f]{6}) \(nr\. 1\) gepubliceerd in .*releases: 10 thema's, 1 nieuwsbericht, 0 publicaties, .*, 1 bestand \(\d+,\d s\)\.$/,
    );
    const store = fileReleaseStore(releases());
    const latest = await store.latest();
    expect(out).toContain(latest!.id);
    const { envelope, files } = await store.load(latest!.id);
    expect(envelope.documents.news.map((n) => n.title)).toEqual(['Bericht']);
    expect(files.map((f) => [f.path, Buffer.compare(f.data, PNG)])).toEqual([['inhoud/nieuws/foto.png', 0]]);
    // Built in a folder of its own: the project's built content (what its servers open first) is untouched.
    expect(fs.existsSync(path.join(work, '.contentlayer'))).toBe(false);
    expect(fs.existsSync(path.join(work, 'public/inhoud'))).toBe(false);
  }, 120_000);

  it('a broken document: nothing published, the problem in Dutch with file and field', async () => {
    const before = await fileReleaseStore(releases()).latest();
    fs.writeFileSync(path.join(content, 'nieuws/kapot.md'), news('Kapot', 'armoed'));
    try {
      const { status, out, err } = await publiceer();
      expect(status).toBe(1);
      expect(out).toBe('');
      expect(err).toContain('redactie/nieuws/kapot.md:5 — themes.0: onbekend thema "armoed" — bedoel je "armoede"?');
      expect(err.split('\n').at(-1)).toBe('Niets gepubliceerd.');
      expect(await fileReleaseStore(releases()).latest()).toEqual(before);
    } finally {
      fs.rmSync(path.join(content, 'nieuws/kapot.md'));
    }
  }, 120_000);

  it('--controleer checks and publishes nothing', async () => {
    const before = await fileReleaseStore(releases()).list();
    const { status, out } = await publiceer('--controleer');
    expect(status).toBe(0);
    expect(out).toMatch(/^De inhoud is in orde: 10 thema's, 1 nieuwsbericht, .*\. Niets gepubliceerd \(--controleer\)\.$/);
    expect(await fileReleaseStore(releases()).list()).toEqual(before);
  }, 120_000);

  it('two at once: one publishes, the other is refused with one Dutch line', async () => {
    const before = (await fileReleaseStore(releases()).list()).length;
    fs.writeFileSync(path.join(content, 'nieuws/bericht.md'), news('Bericht, bijgewerkt'));
    const runs = await Promise.all([publiceer(), publiceer()]);
    const [won, lost] = runs[0].status === 0 ? runs : [runs[1], runs[0]];
    expect([won.status, lost.status]).toEqual([0, 1]);
    expect(won.out).toMatch(/^Release .* \(nr\. 2\) gepubliceerd/);
    expect(lost.out).toBe('');
    expect(lost.err).toMatch(/^Er loopt al een publicatie \(pid \d+, gestart om .+\); probeer het over een minuut opnieuw\.$/);
    const store = fileReleaseStore(releases());
    expect(await store.list()).toHaveLength(before + 1);
    const { envelope } = await store.load((await store.latest())!.id);
    expect(envelope.documents.news.map((n) => n.title)).toEqual(['Bericht, bijgewerkt']);
  }, 120_000);
});
