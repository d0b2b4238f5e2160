import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = import.meta.dirname;

let work: string;

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'gka-content-'));
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(work, 'node_modules'));
  fs.cpSync(path.join(root, 'lib'), path.join(work, 'lib'), { recursive: true });
  fs.cpSync(path.join(root, 'data'), path.join(work, 'data'), { recursive: true, filter: (src) => !src.includes('node_modules') });
  fs.copyFileSync(path.join(root, 'contentlayer.config.ts'), path.join(work, 'contentlayer.config.ts'));
  fs.copyFileSync(path.join(root, 'package.json'), path.join(work, 'package.json'));
});

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function buildWith(files: Record<string, string>) {
  const content = path.join(work, 'content');
  fs.rmSync(content, { recursive: true, force: true });
  fs.rmSync(path.join(work, '.contentlayer'), { recursive: true, force: true });
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(content, name)), { recursive: true });
    fs.writeFileSync(path.join(content, name), text);
  }
  const result = spawnSync(process.execPath, [path.join(root, 'scripts/contentlayer.mjs'), 'build'], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, PWD: work, INIT_CWD: work },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const theme = '---\ntitle: Armoede\nsummary: Over armoede.\norder: 1\n---\nTekst.\n';

describe('content build', () => {
  it('succeeds on valid content', () => {
    const { status, output } = buildWith({ 'themas/armoede.md': theme });
    expect(output).toContain('Generated 1 documents');
    expect(status).toBe(0);
  });

  it('fails on a missing required field, naming file and field', () => {
    const { status, output } = buildWith({ 'themas/armoede.md': theme, 'nieuws/kapot.md': '---\ndate: "2024-01-01"\nsummary: s\nthemes: []\n---\n' });
    expect(status).not.toBe(0);
    expect(output).toContain('nieuws/kapot.md');
    expect(output).toMatch(/title: string/);
  });

  it('fails on an unknown theme, naming file, field and the closest match', () => {
    const { status, output } = buildWith({
      'themas/armoede.md': theme,
      'nieuws/bericht.md': '---\ntitle: Bericht\ndate: "2024-01-01"\nsummary: s\nthemes: [armoed]\n---\n',
    });
    expect(status).not.toBe(0);
    expect(output).toContain('content/nieuws/bericht.md:5 — themes.0: onbekend thema "armoed" — bedoel je "armoede"? Kies uit: armoede');
  });

  it('reads format and size of an attachment from the file itself', () => {
    fs.mkdirSync(path.join(work, 'public/downloads'), { recursive: true });
    fs.writeFileSync(path.join(work, 'public/downloads/rapport.pdf'), Buffer.alloc(2048));
    const publication = (file: string) =>
      `---\ntitle: Rapport\ndate: "2023-03-10"\nsummary: s\nthemes: [armoede]\nfiles:\n  - title: Het rapport\n    file: ${file}\n---\n`;
    const ok = buildWith({ 'themas/armoede.md': theme, 'publicaties/rapport.md': publication('/downloads/rapport.pdf') });
    expect(ok.status).toBe(0);
    const generated = JSON.parse(fs.readFileSync(path.join(work, '.contentlayer/generated/Publication/_index.json'), 'utf8'));
    expect(generated[0].downloads).toEqual([{ title: 'Het rapport', href: '/downloads/rapport.pdf', format: 'PDF', bytes: 2048 }]);

    const missing = buildWith({ 'themas/armoede.md': theme, 'publicaties/rapport.md': publication('/downloads/weg.pdf') });
    expect(missing.status).not.toBe(0);
    expect(missing.output).toContain('content/publicaties/rapport.md:8 — downloads.0.bytes: het bestand bestaat niet onder public/');
  });

  it('sanitizes the HTML of Markdown: no script, event handlers or javascript: links', () => {
    const { status } = buildWith({
      'themas/armoede.md': `${theme}\n[klik](javascript:alert(1)) <img src=x onerror="alert(2)"> <script>alert(3)</script> [goed](/contact)\n`,
    });
    expect(status).toBe(0);
    const html = JSON.parse(fs.readFileSync(path.join(work, '.contentlayer/generated/Theme/_index.json'), 'utf8'))[0].body.html as string;
    expect(html).not.toMatch(/javascript:|onerror|<script/i);
    expect(html).toContain('<a href="/contact">goed</a>');
  });

  // The fixture set: one broken file per case on top of valid content; each must stop the build
  // with a line that names the file and the field.
  const fixtures = path.join(root, 'tests/fixtures/broken-content');
  const read = (dir: string): Record<string, string> =>
    Object.fromEntries(
      (fs.readdirSync(dir, { recursive: true }) as string[])
        .filter((f) => f.endsWith('.md'))
        .map((f) => [f.split(path.sep).join('/'), fs.readFileSync(path.join(dir, f), 'utf8')]),
    );
  const cases = fs.readdirSync(fixtures).filter((c) => c !== 'base' && fs.statSync(path.join(fixtures, c)).isDirectory());

  it('has a fixture for every kind of broken content the issue names', () => {
    expect(cases.sort()).toEqual([
      'duplicate-slug',
      'end-before-start',
      'invalid-date',
      'malformed-front-matter',
      'missing-title',
      'unknown-cbs-code',
      'unknown-municipality',
      'unknown-theme',
    ]);
  });

  it.each(cases)('fixture %s fails the build, naming file and field', (name) => {
    const expected = JSON.parse(fs.readFileSync(path.join(fixtures, name, 'expected.json'), 'utf8')) as { file: string; field: string };
    const { status, output } = buildWith({ ...read(path.join(fixtures, 'base')), ...read(path.join(fixtures, name)) });
    expect(status).not.toBe(0);
    expect(output).toContain(expected.file);
    // Our checks write "file:line — field: …" on one line; contentlayer's own report of a missing
    // field puts the field on the line after the file.
    const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (expected.field) expect(output).toMatch(new RegExp(`${escape(expected.file)}[^\n]*(\\n[^\n]*){0,2}${escape(expected.field)}`));
  });

  it('fails on malformed front matter', () => {
    const { status, output } = buildWith({ 'themas/armoede.md': '---\ntitle: [oeps\n---\n' });
    expect(status).not.toBe(0);
    expect(output).toContain('themas/armoede.md');
  });
});
