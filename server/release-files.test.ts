// A PDF next to a publication's Markdown (as the web editor stores an upload) goes the whole way:
// the content build copies it and reads its size, the release carries it, and a server answers it
// from the release with its type, nosniff and a file name. Its problems stop the build, in Dutch.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRelease } from '@/lib/content/release';
import { ResponseCache } from '@/lib/http/response-cache';
import { contentFiles, documentsFrom } from '@/lib/release/content-build';
import { draftRelease } from '@/lib/release/envelope';
import { fileReleaseStore } from '@/lib/release/file-store';
import { inspectUpload } from '@/lib/editor/uploads';
import { pdf, png } from '@/tests/support/upload-files';
import { createRenderer } from './rendered';

const ROOT = path.resolve(import.meta.dirname, '..');
/** This test's port (helpers of issue 24 use 4300–4399). */
const PORT = 4321;

let work: string;

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'gka-release-files-'));
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(work, 'node_modules'));
  fs.cpSync(path.join(ROOT, 'lib'), path.join(work, 'lib'), { recursive: true });
  fs.cpSync(path.join(ROOT, 'data'), path.join(work, 'data'), { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'contentlayer.config.ts'), path.join(work, 'contentlayer.config.ts'));
  fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(work, 'package.json'));
});

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function buildWith(files: Record<string, string | Buffer>) {
  const content = path.join(work, 'content');
  for (const dir of [content, path.join(work, '.contentlayer'), path.join(work, 'public')]) fs.rmSync(dir, { recursive: true, force: true });
  for (const [name, data] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(content, name)), { recursive: true });
    fs.writeFileSync(path.join(content, name), data);
  }
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/contentlayer.mjs'), 'build'], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, PWD: work, INIT_CWD: work },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const theme = '---\ntitle: Armoede\nsummary: Over armoede.\norder: 1\n---\nTekst.\n';
const publication = (file: string, body = 'Tekst.') =>
  `---\ntitle: Voortgangsrapportage 2022\ndate: "2023-03-10"\nsummary: s\nthemes: [armoede]\nfiles:\n  - title: Het rapport\n    file: ${file}\n---\n${body}\n`;

function get(pathname: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port: PORT, path: pathname }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

/** An upload as the editor stores it: checked, under its safe name. */
function stored(result: ReturnType<typeof inspectUpload>) {
  if (!result.ok) throw new Error(result.errors.join(' '));
  return result.upload;
}

describe('uploads next to a publication', () => {
  it('a PDF and an image are built, carried by the release and served from it', async () => {
    const upload = stored(inspectUpload({ bytes: await pdf({ tagged: true }), originalName: 'Rapport 2022.pdf', title: 'Het rapport', purpose: 'document' }));
    const cover = stored(inspectUpload({ bytes: png(), originalName: 'Omslag.png', alt: 'Omslag van het rapport', purpose: 'afbeelding' }));
    const [report, name] = [upload.bytes, upload.safeName];
    const built = buildWith({
      'themas/armoede.md': theme,
      'publicaties/rapport.md': publication(`./${name}`, `![${cover.alt}](./${cover.safeName})`),
      [`publicaties/${name}`]: report,
      [`publicaties/${cover.safeName}`]: cover.bytes,
    });
    expect(built.output).toContain('Generated 2 documents');
    expect(built.status).toBe(0);

    const documents = documentsFrom(path.join(work, '.contentlayer/generated'));
    const url = `/inhoud/publicaties/${name}`;
    expect(documents.publications[0].downloads).toEqual([{ title: 'Het rapport', href: url, format: 'PDF', bytes: report.length }]);

    const files = contentFiles(documents, path.join(work, 'public'));
    const coverUrl = `/inhoud/publicaties/${cover.safeName}`;
    expect(files.map((f) => [`/${f.path}`, f.data.equals(f.path.endsWith('.pdf') ? report : cover.bytes)])).toEqual(
      [
        [url, true],
        [coverUrl, true],
      ].sort(),
    );
    const store = fileReleaseStore(path.join(work, 'releases'));
    const { draft, files: releaseFiles } = draftRelease({ documents, files, createdAt: new Date() });
    const envelope = await store.publish(draft, releaseFiles);
    const loaded = await store.load(envelope.id);
    expect(loaded.files.map((f) => `/${f.path}`).sort()).toEqual([url, coverUrl].sort());

    const release = openRelease({ id: envelope.id, createdAt: envelope.createdAt, documents: loaded.envelope.documents }, { showDrafts: false });
    const state = { release, files: new Map(loaded.files.map((f) => [`/${f.path}`, f.data])), timed: new Map(), cache: new ResponseCache(2 ** 20) };
    const renderer = createRenderer({ stylesheets: ['/s.css'], fonts: ['/f.woff2'], icon: { href: '/icon.svg', type: 'image/svg+xml' } }, () => state);
    const server = http.createServer((req, res) => {
      const address = new URL(req.url!, 'http://localhost');
      void renderer.handle(req, res, address, address.pathname).then((answered) => {
        if (!answered) res.writeHead(404).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));
    try {
      const answer = await get(url);
      expect(answer.status).toBe(200);
      expect(answer.body.equals(report)).toBe(true);
      expect(answer.headers['content-type']).toBe('application/pdf');
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expect(answer.headers['content-disposition']).toBe(`inline; filename="${name}"`);
      const image = await get(coverUrl);
      expect([image.status, image.headers['content-type'], image.headers['x-content-type-options'], image.body.equals(cover.bytes)]).toEqual([
        200,
        'image/png',
        'nosniff',
        true,
      ]);
      // The publication's page links to the PDF and shows the image at its public address.
      const page = (await get('/publicaties/rapport')).body.toString();
      expect(page).toContain(`href="${url}"`);
      expect(page).toContain(`<img src="${coverUrl}" alt="Omslag van het rapport" width="320" height="200"`);
    } finally {
      server.close();
      renderer.stop();
    }
  });

  it('stops the build, in Dutch, when it is missing, not a PDF, of another type or outside the folder', () => {
    const cases: [string, Record<string, string>, string][] = [
      ['./weg.pdf', {}, 'downloads.0.bytes: het bestand staat niet naast de Markdown'],
      ['./nep.pdf', { 'publicaties/nep.pdf': '<html><script>alert(1)</script></html>' }, 'downloads.0.bytes: dit is geen PDF-bestand'],
      ['./lijst.html', { 'publicaties/lijst.html': '<html></html>' }, 'downloads.0.bytes: naast de Markdown kan alleen een PDF-bestand staan (niet HTML)'],
      ['./../themas/armoede.md', {}, 'downloads.0.bytes: het bestand moet in dezelfde map staan als de Markdown'],
      ['rapport.pdf', {}, 'files.0.file: een bestand begint met ./ (naast de Markdown) of / (pad onder public/)'],
    ];
    for (const [file, extra, message] of cases) {
      const { status, output } = buildWith({ 'themas/armoede.md': theme, 'publicaties/rapport.md': publication(file), ...extra });
      expect(status, file).not.toBe(0);
      expect(output).toContain(`content/publicaties/rapport.md:8 — ${message}`);
    }
  });
});
