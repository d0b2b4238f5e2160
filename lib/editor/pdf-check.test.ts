import { describe, expect, it } from 'vitest';
import { inspectPdf, pdfAccessibilityProblems, type PdfFacts } from '@/lib/editor/pdf-check';
import { pdf, pdfWithObjectStream } from '@/tests/support/upload-files';

const facts = (bytes: Buffer): PdfFacts => {
  const result = inspectPdf(bytes);
  if (!result.ok) throw new Error(result.error);
  return result.facts;
};

describe('inspectPdf', () => {
  it('reads a tagged PDF with a title (PDFKit, as the site makes its bundle)', async () => {
    expect(facts(await pdf({ tagged: true }))).toEqual({
      marked: true,
      structTree: true,
      title: 'Voortgangsrapportage 2022',
      displayDocTitle: true,
      lang: 'nl',
      pages: 1,
    });
  });

  it('reads an untagged PDF without a title', async () => {
    expect(facts(await pdf({ tagged: false }))).toMatchObject({ marked: false, structTree: false, title: null, displayDocTitle: false });
  });

  it('looks inside compressed object streams and finds the title in XMP', () => {
    expect(facts(pdfWithObjectStream())).toEqual({ marked: true, structTree: true, title: 'Kansen & talent', displayDocTitle: true, lang: 'nl-NL', pages: 1 });
  });

  it('decodes UTF-16 titles', async () => {
    const good = (await pdf({ tagged: true })).toString('latin1');
    // The title object of PDFKit, replaced by the same title in UTF-16BE (a hex string).
    const utf16 = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Zoë', 'utf16le').swap16()]).toString('hex');
    const changed = good.replace('(Voortgangsrapportage 2022)', `<${utf16}>${' '.repeat('(Voortgangsrapportage 2022)'.length - utf16.length - 2)}`);
    expect(facts(Buffer.from(changed, 'latin1')).title).toBe('Zoë');
  });

  it('refuses what is not a PDF, a broken one and an encrypted one, in Dutch', async () => {
    expect(inspectPdf(Buffer.from('<html></html>'))).toEqual({ ok: false, error: 'Dit bestand is geen PDF-bestand: het begint niet met %PDF-.' });
    expect(inspectPdf(Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n'))).toEqual({
      ok: false,
      error: 'Dit PDF-bestand is beschadigd of onvolledig: het einde (%%EOF) ontbreekt.',
    });
    expect(inspectPdf(Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF'))).toEqual({
      ok: false,
      error: 'Dit PDF-bestand is beschadigd of onvolledig: er staat geen pagina in.',
    });
    const good = (await pdf({ tagged: true })).toString('latin1');
    const encrypted = Buffer.from(
      good.replace(/trailer\s*<</, (t) => `${t}\n/Encrypt 99 0 R`),
      'latin1',
    );
    expect((inspectPdf(encrypted) as { error: string }).error).toMatch(/^Dit PDF-bestand is beveiligd \(versleuteld\)/);
  });

  it('refuses a PDF that runs JavaScript or starts a program, also inside an object', () => {
    const withAction = (action: string) =>
      Buffer.from(
        `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R /OpenAction ${action} >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
        'latin1',
      );
    for (const action of ['<< /S /JavaScript /JS (app.alert(1)) >>', '<< /S /Launch /F (calc.exe) >>', '[ << /JS 4 0 R >> ]']) {
      const result = inspectPdf(withAction(action));
      expect(result, action).toMatchObject({ ok: false, error: expect.stringContaining('JavaScript') });
    }
    expect(inspectPdf(withAction('<< /S /GoTo /D [3 0 R /Fit] >>')).ok).toBe(true);
  });

  it('survives garbage, deep nesting and a zip bomb without throwing', () => {
    const deep = Buffer.from(`%PDF-1.4\n1 0 obj\n${'['.repeat(10_000)}\nendobj\n%%EOF`);
    expect(inspectPdf(deep).ok).toBe(false);
    const random = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from(Array.from({ length: 20_000 }, (_, i) => (i * 7919) % 251)), Buffer.from('\n%%EOF')]);
    expect(inspectPdf(random).ok).toBe(false);
  });
});

describe('pdfAccessibilityProblems', () => {
  const all: PdfFacts = { marked: true, structTree: true, title: 'Rapport', displayDocTitle: true, lang: 'nl', pages: 1 };
  it('says in Dutch what is missing', () => {
    expect(pdfAccessibilityProblems(all)).toEqual([]);
    expect(pdfAccessibilityProblems({ ...all, structTree: false })).toEqual([
      expect.stringMatching(/^Dit PDF-bestand is niet toegankelijk: het is niet getagd/),
    ]);
    expect(pdfAccessibilityProblems({ ...all, title: null })).toEqual([
      expect.stringMatching(/^Dit PDF-bestand is niet toegankelijk: het heeft geen documenttitel/),
    ]);
    expect(pdfAccessibilityProblems({ ...all, displayDocTitle: false })).toEqual([expect.stringMatching(/^Dit PDF-bestand is niet helemaal toegankelijk/)]);
  });
});
