// The interventions bundle, rendered here (unit tests run before the build writes the files).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderToBuffer } from '@react-pdf/renderer';
import { PDFParse } from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import { BundleDocument } from '@/components/bundle/BundleDocument';
import { chapters } from '@/lib/bundle/chapters';
import { countPdfPages, fileFacts } from '@/lib/bundle/files';
import { interventions, municipalities, themes } from '@/lib/content';

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
    expect(text).toContain('VOORBEELD');
  }, 60_000);

  it('reads size and page count from a file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gka-bundle-'));
    fs.mkdirSync(path.join(dir, 'downloads'));
    fs.writeFileSync(path.join(dir, 'downloads/x.pdf'), '%PDF-1.3\n1 0 obj << /Type /Pages /Count 2 >>\n2 0 obj << /Type /Page >>\n3 0 obj << /Type /Page >>\n');
    expect(fileFacts('/downloads/x.pdf', dir)).toMatchObject({ pages: 2, format: 'PDF' });
    expect(fileFacts('/downloads/weg.pdf', dir)).toBeUndefined();
  });
});

