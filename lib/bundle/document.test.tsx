import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderToBuffer } from '@react-pdf/renderer';
import { PDFParse } from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import { BundleDocument } from '@/lib/bundle/document';
import { chapters } from '@/lib/bundle/chapters';
import { countPdfPages, fileFacts } from '@/lib/bundle/files';
import { interventions, municipalities, themes } from '@/lib/content';
import { FIGURES } from '@/lib/figures';

describe('interventiebundel', () => {
  it('is an A4 PDF with title, language, embedded font, a chapter per theme and every intervention', async () => {
    const parts = chapters(interventions, themes);
    const pdf = await renderToBuffer(
      <BundleDocument
        title="Interventiebundel"
        scope="Alle interventies"
        generatedOn="maandag 23 november 2026"
        chapters={parts}
        municipalityName={(s) => municipalities.find((m) => m.slug === s)?.title ?? s}
        themeName={(s) => themes.find((t) => t.slug === s)?.title ?? s}
        schoolTypeName={(s) => s}
        municipalityCount={new Set(interventions.map((i) => i.municipality)).size}
        origin="https://www.gelijke-kansen.nl"
        figures={FIGURES}
      />,
    );
    const raw = pdf.toString('latin1');
    expect(raw).toContain('/Lang (nl)');
    expect(raw).toMatch(/\/MediaBox \[0 0 595\.2\d* 841\.8\d*\]/);
    expect(raw).toMatch(/\/FontFile2/);
    // Every intervention appears exactly once, so chapters never duplicate an intervention.
    expect(parts.flatMap((c) => c.items).length).toBe(interventions.length);
    // Cover, colophon with contents, then at least one page per chapter.
    expect(countPdfPages(pdf)).toBeGreaterThanOrEqual(2 + parts.length);

    const parser = new PDFParse({ data: new Uint8Array(pdf) });
    const info = await parser.getInfo();
    expect(info.info?.Title).toBe('Interventiebundel');
    expect(info.total).toBe(countPdfPages(pdf));
    const text = (await parser.getText()).text.replace(/\s+/g, ' ');
    await parser.destroy();
    expect(text).toContain('Colofon');
    expect(text).toContain(`Hij bevat ${interventions.length} interventies`);
    for (const i of interventions) expect(text, i.title).toContain(i.title.replace(/\s+/g, ' '));
    // It never passes for the 2022 bundle, and every intervention carries its source.
    expect(text).toContain('Niet de interventiebundel van 2022');
    expect(text).toContain('telt 264 interventies uit 101 gemeenten');
    for (const i of interventions) expect(text, i.slug).toContain(i.source.split(',')[0]);
  }, 60_000);

  it('renders an intervention longer than a page (found by npm run bench with 1,000 generated ones)', async () => {
    const long = {
      ...interventions[0],
      slug: 'lang',
      title: 'Een heel lange interventie',
      summary: 'Een zin over kansengelijkheid in de klas. '.repeat(400),
      partners: Array.from({ length: 60 }, (_, i) => `Partner ${i + 1}`),
    };
    const pdf = await renderToBuffer(
      <BundleDocument
        title="Interventiebundel"
        scope="Test"
        generatedOn="maandag 23 november 2026"
        chapters={[{ slug: 'armoede', title: 'Armoede', items: [long, ...interventions.slice(1, 4)] }]}
        municipalityName={(s) => s}
        themeName={(s) => s}
        schoolTypeName={(s) => s}
        municipalityCount={1}
        origin="https://www.gelijke-kansen.nl"
        figures={FIGURES}
      />,
    );
    expect(countPdfPages(pdf)).toBeGreaterThanOrEqual(5);
    const parser = new PDFParse({ data: new Uint8Array(pdf) });
    const text = (await parser.getText()).text.replace(/\s+/g, ' ');
    await parser.destroy();
    expect(text).toContain('Een heel lange interventie');
    expect(text).toContain('Partner 60');
  }, 60_000);

  it('renders a chapter of 150 interventions (react-pdf compounded the footer line height per page)', async () => {
    const items = Array.from({ length: 150 }, (_, k) => ({ ...interventions[k % interventions.length], slug: `x${k}` }));
    const pdf = await renderToBuffer(
      <BundleDocument
        title="T"
        scope="S"
        generatedOn="d"
        chapters={[{ slug: 'a', title: 'A', items }]}
        municipalityName={(s) => s}
        themeName={(s) => s}
        schoolTypeName={(s) => s}
        municipalityCount={1}
        origin="https://x"
        figures={FIGURES}
      />,
    );
    const pages = countPdfPages(pdf);
    expect(pages).toBeGreaterThan(30);
    const parser = new PDFParse({ data: new Uint8Array(pdf) });
    const text = (await parser.getText()).text.replace(/\s+/g, ' ');
    await parser.destroy();
    expect(text).toContain(`Pagina ${pages} van ${pages}`);
  }, 120_000);

  it('reads size and page count from a file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gka-bundle-'));
    fs.mkdirSync(path.join(dir, 'downloads'));
    fs.writeFileSync(
      path.join(dir, 'downloads/x.pdf'),
      '%PDF-1.3\n1 0 obj << /Type /Pages /Count 2 >>\n2 0 obj << /Type /Page >>\n3 0 obj << /Type /Page >>\n',
    );
    expect(fileFacts('/downloads/x.pdf', dir)).toMatchObject({ pages: 2, format: 'PDF' });
    expect(fileFacts('/downloads/weg.pdf', dir)).toBeUndefined();
  });
});
