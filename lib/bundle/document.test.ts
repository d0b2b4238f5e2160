import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFParse } from 'pdf-parse';
import { beforeAll, describe, expect, it } from 'vitest';
import { countLabel, renderBundle, WEB_LINK_TEXT, type BundleProps } from '@/lib/bundle/document';
import { FIGURES } from '@/lib/figures';
import { chapters, type BundleIntervention } from '@/lib/bundle/chapters';
import { countPdfPages } from '@/lib/bundle/files';
import { currentContent } from '@/lib/content';

// npm test installs poppler-utils (scripts/test.mjs); run alone, the test says what is missing.
beforeAll(() => {
  if (spawnSync('sh', ['-c', 'command -v pdfinfo'], { stdio: 'ignore' }).status !== 0)
    throw new Error('pdfinfo ontbreekt: installeer het met "sudo apt-get install -y poppler-utils" (npm test doet dat zelf).');
});

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gka-bundle-'));
const { interventions, municipalities, themes } = currentContent();
let files = 0;
/** pdfinfo's view of a PDF: the info dictionary and, with -struct, the structure tree. */
function pdfinfo(pdf: Buffer, ...args: string[]) {
  const file = path.join(dir, `${files++}.pdf`);
  fs.writeFileSync(file, pdf);
  return execFileSync('pdfinfo', [...args, file], { encoding: 'utf8' });
}
async function pagesText(pdf: Buffer) {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  const result = await parser.getText();
  await parser.destroy();
  return result.pages.map((p) => p.text.replace(/[ \t]+/g, ' '));
}

/** A PDF string as PDFKit writes it: escaped, UTF-16BE with a byte order mark when not ASCII. */
function pdfString(raw: string): string {
  const bytes = raw.replace(/\\([nrtbf()\\])/g, (_, c: string) => ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' })[c] ?? c);
  if (!bytes.startsWith('\xfe\xff')) return bytes;
  return Buffer.from(bytes.slice(2), 'latin1').swap16().toString('utf16le');
}

/** The link annotations of a PDF (PDFKit writes its objects uncompressed): what they say and where they go. */
function linkAnnotations(pdf: Buffer) {
  const raw = pdf.toString('latin1');
  const objects = new Map([...raw.matchAll(/(\d+) 0 obj\n<<([\s\S]*?)>>\nendobj/g)].map((m) => [m[1], m[2]]));
  const field = (dict: string, name: string) => dict.match(new RegExp(`/${name} \\(((?:\\\\.|[^\\\\)])*)\\)`))?.[1];
  return [...objects.values()]
    .filter((dict) => /\/Subtype \/Link/.test(dict))
    .map((dict) => {
      const action = objects.get(dict.match(/\/A (\d+) 0 R/)?.[1] ?? '') ?? '';
      const contents = field(dict, 'Contents');
      return {
        contents: contents === undefined ? undefined : pdfString(contents),
        uri: field(action, 'URI'),
        dest: field(action, 'D'),
        tagged: /\/StructParent \d+/.test(dict),
      };
    });
}

/**
 * The contents as [title, count, page]. The page numbers are painted once every page exists, so
 * the text layer has them after the rows (or on the row, when there is one).
 */
function contents(pages: string[]) {
  const lines = pages.slice(1, 3).join('\n').split('\n');
  const rows = lines.map((l) => l.match(/^(.+?) (\d+ interventies?)(?: (\d+))?$/)).filter((m) => m !== null);
  const numbers = lines.filter((l) => /^\d+$/.test(l)).map(Number);
  return rows.map((m, k) => ({ title: m[1], count: m[2], page: m[3] ? Number(m[3]) : numbers[k] }));
}

const fictional = (k: number, over: Partial<BundleIntervention> = {}): BundleIntervention => ({
  slug: `fictief-${k}`,
  title: `Fictieve interventie ${k}`,
  url: `/interventies/fictief-${k}`,
  municipality: 'fictiefstad',
  themes: ['armoede', 'taal'],
  schoolTypes: ['po'],
  targetGroup: 'Leerlingen in groep 7 en 8',
  partners: ['bibliotheek'],
  summary: 'Een zin over kansengelijkheid in de klas, om de samenvatting een paar regels te geven. '.repeat(2),
  source: 'Fictieve bron voor deze test',
  ...over,
});
const fictionalThemes = [
  { slug: 'armoede', title: 'Armoede' },
  { slug: 'taal', title: 'Taal' },
];
function props(items: BundleIntervention[], themeList = fictionalThemes): BundleProps<BundleIntervention> {
  return {
    title: 'Interventiebundel',
    scope: 'Alle interventies',
    generatedOn: 'maandag 23 november 2026',
    chapters: chapters(items, themeList),
    municipalityName: (s) => municipalities.find((m) => m.slug === s)?.title ?? s,
    themeName: (s) => themeList.find((t) => t.slug === s)?.title ?? s,
    schoolTypeName: (s) => s,
    interventionCount: items.length,
    municipalityCount: new Set(items.map((i) => i.municipality)).size,
    origin: 'https://www.gelijke-kansen.nl',
    figures: FIGURES,
  };
}

describe('interventiebundel', () => {
  it('is a tagged A4 PDF/UA: language nl, title shown, embedded Geist, a structure tree with headings, lists, links and contents', async () => {
    const parts = chapters(interventions, themes);
    const pdf = await renderBundle({ ...props(interventions, themes) });
    const info = pdfinfo(pdf);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Title:\s+Interventiebundel$/m);
    expect(info).toMatch(/^Page size:\s+595\.2\d* x 841\.8\d* pts \(A4\)$/m);
    const raw = pdf.toString('latin1');
    expect(raw).toContain('/Lang (nl)');
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    expect(raw).toMatch(/\/FontFile2/);
    expect(raw).not.toMatch(/\/BaseFont \/Helvetica/);
    expect(raw).toContain('<pdfuaid:part>1</pdfuaid:part>');

    const struct = pdfinfo(pdf, '-struct');
    const tags = struct.split('\n').map((l) => l.trim().split(' ')[0]);
    for (const tag of ['Document', 'H1', 'H2', 'H3', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Link', 'TOC', 'TOCI']) expect(tags, tag).toContain(tag);
    // Every link is tied to its annotation, so a screen reader can follow it.
    expect(struct).toMatch(/Link \(inline\)\n\s+Object \d+ 0/);
    // Each annotation says what it does (/Contents, PDF/UA): a chapter of the contents, or an
    // intervention on the website by its title; never empty, never the bare address.
    const links = linkAnnotations(pdf);
    expect(tags.filter((t) => t === 'Link').length).toBe(links.length);
    expect(links.filter((l) => l.dest).map((l) => l.contents)).toEqual(parts.map((c) => `Naar het hoofdstuk ${c.title}`));
    const web = links.filter((l) => l.uri);
    expect(web.length).toBe(parts.reduce((n, c) => n + c.items.length, 0));
    for (const l of web) {
      expect(l.tagged).toBe(true);
      const entry = interventions.find((i) => l.uri === `https://www.gelijke-kansen.nl${i.url}`);
      expect(entry, l.uri).toBeDefined();
      expect(l.contents).toBe(`‘${entry!.title}’ op de website van de Gelijke Kansen Alliantie`);
    }
    expect(links.every((l) => l.contents && !/^https?:/.test(l.contents))).toBe(true);
    // One H2 per chapter (plus colophon and contents), one H3 per entry, in reading order.
    expect(tags.filter((t) => t === 'H2').length).toBe(parts.length + 2);
    expect(tags.filter((t) => t === 'H3').length).toBe(parts.reduce((n, c) => n + c.items.length, 0));
    expect(tags.filter((t) => t === 'TOCI').length).toBe(parts.length);

    // A bookmark per chapter.
    for (const c of parts) if (/^[\x20-\x7e]*$/.test(c.title)) expect(raw, c.title).toContain(`/Title (${c.title})`);

    // The contents: per chapter the count the theme page on the site shows, and the page it starts on.
    const pages = await pagesText(pdf);
    expect(pages.length).toBe(countPdfPages(pdf));
    const all = pages.join('\n');
    expect(all).toContain(`Hij bevat ${countLabel(interventions.length)}`);
    const toc = contents(pages);
    expect(toc.length).toBe(parts.length);
    for (const theme of themes) {
      const onSite = interventions.filter((i) => i.themes.includes(theme.slug)).length;
      const chapter = parts.find((c) => c.slug === theme.slug);
      expect(chapter?.items.length ?? 0, theme.slug).toBe(onSite);
      if (!chapter) continue;
      const row = toc.find((r) => r.title === theme.title);
      expect(row?.count, theme.title).toBe(countLabel(onSite));
      expect(pages[row!.page - 1].split('\n')[0], theme.title).toBe(theme.title);
    }
    for (const i of interventions) expect(all, i.title).toContain(i.title.replace(/\s+/g, ' '));
    // The words of each web link are on the page, and the address after them for a printed copy.
    expect(all.split(WEB_LINK_TEXT).length - 1).toBe(web.length);
    for (const i of interventions) expect(all.replace(/\s+/g, ''), i.url).toContain(`https://www.gelijke-kansen.nl${i.url}`);
  }, 120_000);

  it('keeps a title with its text: no page ends on one', async () => {
    const items = Array.from({ length: 80 }, (_, k) => fictional(k, { title: `Fictieve interventie ${k} ${'met een titel '.repeat(k % 4)}` }));
    const pdf = await renderBundle(props(items));
    const pages = await pagesText(pdf);
    const titles = new Set(items.map((i) => i.title.trim()));
    for (const [n, page] of pages.entries()) {
      // The last line is the footer, written after the page's text.
      if (n === 0) continue;
      const lines = page.split('\n').filter((l) => l.trim() !== '');
      expect(lines.at(-1), `page ${n + 1}`).toMatch(new RegExp(`^Interventiebundel Pagina ${n + 1} van ${pages.length}$`));
      const last = lines.at(-2)!.trim();
      expect(titles.has(last), `page ${n + 1} ends on a title: ${last}`).toBe(false);
    }
  }, 120_000);

  it('works for no interventions at all, and for one', async () => {
    const none = await renderBundle(props([]));
    expect(pdfinfo(none)).toMatch(/^Tagged:\s+yes$/m);
    const text = (await pagesText(none)).join('\n');
    expect(text).toContain('Er staan nog geen interventies in');
    expect(text).toContain('Nog geen hoofdstukken');

    const one = await renderBundle(props([fictional(1, { themes: ['taal'] })]));
    const pages = await pagesText(one);
    expect(pages.join('\n')).toContain('Hij bevat 1 interventie uit 1 gemeente.');
    expect(contents(pages)).toEqual([{ title: 'Taal', count: '1 interventie', page: 3 }]);
    expect(pages.length).toBe(3);
  }, 60_000);

  it('lists an intervention under each of its themes, and renders one longer than a page', async () => {
    const long = fictional(0, {
      summary: 'Een zin over kansengelijkheid in de klas. '.repeat(400),
      partners: Array.from({ length: 60 }, (_, i) => `Partner ${i + 1}`),
    });
    const pdf = await renderBundle(props([long, fictional(1), fictional(2, { themes: ['taal'] })]));
    const pages = await pagesText(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(6);
    const all = pages.join('\n');
    const toc = contents(pages);
    expect(toc.map((r) => [r.title, r.count])).toEqual([
      ['Armoede', '2 interventies'],
      ['Taal', '3 interventies'],
    ]);
    for (const r of toc) expect(pages[r.page - 1].split('\n')[0]).toBe(r.title);
    expect(all.split('Fictieve interventie 1\n').length - 1).toBe(2);
    expect(all).toContain('Partner 60');
  }, 60_000);

  it('counts the pages of a PDF', () => {
    expect(countPdfPages(Buffer.from('%PDF-1.3\n1 0 obj << /Type /Pages /Count 2 >>\n2 0 obj << /Type /Page >>\n3 0 obj << /Type /Page >>\n'))).toBe(2);
  });
});
