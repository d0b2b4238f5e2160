// The interventions bundle as a tagged PDF: white cover, colophon, table of contents with page
// numbers, and a chapter per theme.
//
// Why PDFKit (tagged mode) and not react-pdf, Chromium or Typst: react-pdf cannot tag at all.
// Chromium's print-to-PDF tags well, but the build would need a browser (npm start on a fresh
// clone builds the PDFs) and it starts a print job per file: seconds per PDF for the ~50 files.
// Typst is not on npm (only as a binary download). PDFKit is plain JavaScript (react-pdf was built
// on it), and writes the structure tree itself: headings, lists, links with
// their annotations (OBJR), a table of contents, /Lang, DisplayDocTitle and bookmarks. It lays out
// nothing by itself, so the little layout a bundle needs is here, which also lets us keep a
// title with the text that follows it.
import fs from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import type { BundleIntervention, Chapter } from '@/lib/bundle/chapters';

export type BundleProps<T extends BundleIntervention> = {
  title: string;
  scope: string;
  generatedOn: string;
  chapters: Chapter<T>[];
  municipalityName: (slug: string) => string;
  themeName: (slug: string) => string;
  schoolTypeName: (type: string) => string;
  /** Distinct interventions and municipalities: an intervention can sit in more than one chapter. */
  interventionCount: number;
  municipalityCount: number;
  origin: string;
  /** The real figures (Voortgangsrapportage 2022), so the PDF never passes for the 2022 bundle. */
  figures: { interventions2022: number; municipalities: number };
};

// Local files only (no font is fetched at build time); read once per process.
const FONT_DIR = path.join(process.cwd(), 'node_modules/geist/dist/fonts/geist-sans');
// Parsed once, too: PDFKit takes a fontkit font as well as a file, and each document then makes
// its own subset from it, while the glyph layouts fontkit caches are shared by all the PDFs.
// (PDFKit's types list only files and buffers; PDFFontFactory.open takes anything with layout().)
type Font = PDFKit.Mixins.PDFFontSource;
let parsed: Record<'regular' | 'semibold' | 'bold', Font> | undefined;
const load = (file: string) => fontkit.create(fs.readFileSync(path.join(FONT_DIR, file))) as unknown as Font;
const fonts = () => (parsed ??= { regular: load('Geist-Regular.ttf'), semibold: load('Geist-SemiBold.ttf'), bold: load('Geist-Bold.ttf') });

const BLUE = '#0f2d4e';
const ORANGE = '#e17000';
const INK = '#1c1c1c';
const MUTED = '#4a4f57';
const LINK = '#1b5a99';
const RULE = '#c9d6e6';
/** The text of each entry's link to its page on the website. */
export const WEB_LINK_TEXT = 'Meer over deze interventie op de website';
const TINT = '#fdeedd';

const MARGIN = { top: 56, bottom: 64, left: 56, right: 56 };
const BODY = 10.5;
const GAP = 4.5; // line gap: 10.5 pt text on about 15 pt lines
const TERM_WIDTH = 92;

type Struct = PDFKit.PDFStructureElement;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
export const countLabel = (n: number) => plural(n, 'interventie', 'interventies');

export function renderBundle<T extends BundleIntervention>(p: BundleProps<T>): Promise<Buffer> {
  const f = fonts();
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    autoFirstPage: false,
    // Footers and the page numbers in the contents are written once every page exists.
    bufferPages: true,
    pdfVersion: '1.7',
    tagged: true,
    // PDFKit 0.20 writes the PDF/UA identification (XMP); its types still list only PDF/A.
    subset: 'PDF/UA' as PDFKit.Mixins.PDFSubsets,
    lang: 'nl',
    displayTitle: true,
    font: f.regular as unknown as string,
    info: {
      Title: p.title,
      Subject: p.scope,
      Author: 'Gelijke Kansen Alliantie',
      Creator: 'GKA-portal',
      Producer: 'GKA-portal',
      Keywords: 'gelijke kansen, interventies, GKA',
    },
  });
  // Bookmarks open beside the pages.
  (doc as unknown as { _root: { data: Record<string, unknown> } })._root.data.PageMode = 'UseOutlines';
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', f.regular);
  doc.registerFont('semibold', f.semibold);
  doc.registerFont('bold', f.bold);

  const left = MARGIN.left;
  const width = 595.28 - MARGIN.left - MARGIN.right;
  const bottom = () => doc.page.height - MARGIN.bottom;
  const style = (font: 'regular' | 'semibold' | 'bold', size: number, color = INK) => doc.font(font).fontSize(size).fillColor(color);
  const root = doc.struct('Document');
  doc.addStructure(root);

  /** A structure element whose content is what `draw` paints. */
  const block = (parent: Struct, type: string, draw: () => void) => {
    const el = doc.struct(type);
    parent.add(el);
    el.add(draw);
    el.end();
    return el;
  };
  /** Paint outside the structure tree (rules, tints, page furniture). */
  const artifact = (draw: () => void, type?: 'Pagination' | 'Layout') => {
    doc.markContent('Artifact', type ? { type } : undefined);
    draw();
    doc.endMarkedContent();
  };
  const paragraph = (parent: Struct, text: string, options: PDFKit.Mixins.TextOptions = {}, after = 6) => {
    block(parent, 'P', () => doc.text(text, left, doc.y, { width, lineGap: GAP, ...options }));
    doc.y += after;
  };
  const heading = (parent: Struct, type: 'H1' | 'H2' | 'H3', text: string, size: number, x = left, w = width) => {
    style('bold', size, BLUE);
    block(parent, type, () => doc.text(text, x, doc.y, { width: w, lineGap: size * 0.2 }));
  };
  /**
   * A link annotation tied to its Link element, with the /Contents PDF/UA asks for. PDFKit writes
   * a String object as a PDF string (a plain string would become a name).
   */
  const annotation = (structParent: Struct, contents: string) =>
    ({ structParent, Contents: new String(contents) }) as unknown as PDFKit.Mixins.AnnotationOption;
  const ensureSpace = (needed: number) => {
    if (doc.y + needed > bottom()) doc.addPage();
  };

  // Cover: white, so it prints on any printer; colour only in a bar and the type.
  doc.addPage();
  const cover = doc.struct('Sect');
  root.add(cover);
  doc.y = 120;
  style('semibold', 12, BLUE);
  paragraph(cover, 'Gelijke Kansen Alliantie', {}, 0);
  artifact(() => doc.rect(left, doc.y + 18, 120, 6).fill(ORANGE), 'Layout');
  doc.y += 48;
  heading(cover, 'H1', p.title, 34);
  doc.y += 12;
  style('regular', 16, INK);
  paragraph(cover, p.scope);
  doc.y = doc.page.height - 140;
  artifact(() => doc.rect(left, doc.y - 16, width, 1).fill(BLUE), 'Layout');
  style('regular', 10, MUTED);
  paragraph(cover, `Gemaakt op ${p.generatedOn} uit de inhoud van de website van de Gelijke Kansen Alliantie.`);
  cover.end();

  // Colophon and contents.
  doc.addPage();
  const colophon = doc.struct('Sect');
  root.add(colophon);
  doc.outline.addItem('Colofon');
  heading(colophon, 'H2', 'Colofon', 22);
  doc.y += 8;
  style('regular', BODY);
  paragraph(
    colophon,
    p.interventionCount === 0
      ? `Deze bundel is gemaakt op ${p.generatedOn}. Er staan nog geen interventies in: zodra ze op de website staan, komen ze bij de volgende bijwerking ook in de bundel.`
      : `Deze bundel is gemaakt op ${p.generatedOn}. Hij bevat ${countLabel(p.interventionCount)} uit ${plural(p.municipalityCount, 'gemeente', 'gemeenten')}. De bundel wordt opnieuw gemaakt als de website wordt bijgewerkt, dus hij is nooit ouder dan de site.`,
  );
  paragraph(colophon, 'Uitgave: Gelijke Kansen Alliantie, ministerie van Onderwijs, Cultuur en Wetenschap. Contact: gelijkekansen@minocw.nl.');
  {
    const note = [
      'Niet de interventiebundel van 2022',
      `Deze pdf bevat alleen de interventies die nu op de website staan: interventies die openbare bronnen noemen, elk met die bron erbij. De interventiebundel van 2022 telt ${p.figures.interventions2022} interventies uit ${p.figures.municipalities} gemeenten.`,
    ];
    const inner = width - 26;
    style('regular', BODY);
    const h = 20 + note.reduce((sum, t) => sum + doc.heightOfString(t, { width: inner, lineGap: GAP }), 0) + 4;
    const top = doc.y + 6;
    artifact(() => {
      doc.rect(left, top, width, h).fill(TINT);
      doc.rect(left, top, 3, h).fill(ORANGE);
    }, 'Layout');
    const box = doc.struct('Div');
    colophon.add(box);
    doc.y = top + 10;
    style('bold', BODY);
    block(box, 'P', () => doc.text(note[0], left + 16, doc.y, { width: inner, lineGap: GAP }));
    style('regular', BODY);
    block(box, 'P', () => doc.text(note[1], left + 16, doc.y, { width: inner, lineGap: GAP }));
    box.end();
    doc.y = top + h + 12;
  }
  colophon.end();

  doc.y += 12;
  doc.outline.addItem('Inhoud');
  const contents = doc.struct('Sect');
  root.add(contents);
  heading(contents, 'H2', 'Inhoud', 22);
  doc.y += 4;
  style('regular', BODY, MUTED);
  paragraph(
    contents,
    p.chapters.length === 0
      ? 'Nog geen hoofdstukken: er staan nog geen interventies op de website.'
      : 'Per thema het aantal interventies, zoals op de website. Een interventie met meer dan één thema staat bij elk van die thema’s.',
  );
  const toc = doc.struct('TOC');
  contents.add(toc);
  const pending: { item: Struct; page: number; y: number; chapter: number }[] = [];
  const row = doc.currentLineHeight(true) + GAP + 4;
  p.chapters.forEach((c, k) => {
    if (doc.y + row > bottom()) doc.addPage();
    const y = doc.y;
    const item = doc.struct('TOCI');
    toc.add(item);
    style('regular', BODY);
    const link = doc.struct('Link');
    item.add(link);
    link.add(() => {
      doc.text(c.title, left, y, { lineBreak: false });
      // PDF/UA asks every link annotation for /Contents: what it does, read by assistive technology.
      doc.goTo(left, y, width - 150, row - 4, `hoofdstuk-${k}`, annotation(link, `Naar het hoofdstuk ${c.title}`));
    });
    link.end();
    style('regular', BODY, MUTED);
    block(item, 'Span', () => doc.text(countLabel(c.items.length), left + width - 150, y, { lineBreak: false }));
    artifact(() => doc.rect(left, y + row - 4, width, 0.5).fill(RULE), 'Layout');
    pending.push({ item, page: doc.bufferedPageRange().start + doc.bufferedPageRange().count - 1, y, chapter: k });
    doc.y = y + row;
  });

  // Chapters: a new page each, an H2 with a bookmark and a destination for the contents.
  const chapterPages: number[] = [];
  p.chapters.forEach((c, k) => {
    doc.addPage();
    chapterPages.push(doc.bufferedPageRange().count);
    doc.addNamedDestination(`hoofdstuk-${k}`);
    doc.outline.addItem(c.title);
    const section = doc.struct('Sect');
    root.add(section);
    heading(section, 'H2', c.title, 22);
    doc.y += 10;
    for (const i of c.items) intervention(section, i);
    section.end();
  });

  function intervention(parent: Struct, i: T) {
    const facts: [string, string][] = [
      ['Gemeente', p.municipalityName(i.municipality)],
      ['Thema’s', i.themes.map(p.themeName).join(', ')],
      ...(i.schoolTypes.length > 0 ? ([['Onderwijstype', i.schoolTypes.map(p.schoolTypeName).join(', ')]] as [string, string][]) : []),
      ['Doelgroep', i.targetGroup],
    ];
    if (i.partners.length > 0) facts.push(['Partners', i.partners.join(', ')]);
    facts.push(['Bron', i.source]);
    const valueX = left + TERM_WIDTH + 4;
    const valueWidth = width - TERM_WIDTH - 4;
    // A title never stays behind at the foot of a page: it moves on with the first two facts.
    style('bold', 13.5);
    const titleHeight = doc.heightOfString(i.title, { width, lineGap: 2.7 });
    style('regular', BODY);
    const factHeight = (v: string) => doc.heightOfString(v, { width: valueWidth, lineGap: GAP }) + 2;
    ensureSpace(titleHeight + 4 + factHeight(facts[0][1]) + factHeight(facts[1][1]));
    const entry = doc.struct('Sect');
    parent.add(entry);
    heading(entry, 'H3', i.title, 13.5);
    doc.y += 4;
    const list = doc.struct('L');
    entry.add(list);
    for (const [term, value] of facts) {
      style('regular', BODY);
      ensureSpace(factHeight(value));
      const y = doc.y;
      const li = doc.struct('LI');
      list.add(li);
      style('semibold', BODY);
      block(li, 'Lbl', () => doc.text(term, left, y, { width: TERM_WIDTH, lineGap: GAP }));
      const termEnd = doc.y;
      style('regular', BODY);
      block(li, 'LBody', () => doc.text(value, valueX, y, { width: valueWidth, lineGap: GAP }));
      li.end();
      doc.y = Math.max(termEnd, doc.y) + 2;
    }
    list.end();
    doc.y += 4;
    style('regular', BODY);
    paragraph(entry, i.summary, {}, 2);
    // The link says where it goes in words (a bare address is no link text, WCAG 2.4.4) and its
    // annotation says so too (/Contents, PDF/UA); the address follows as text for a printed copy.
    const href = `${p.origin}${i.url}`;
    style('regular', 9, LINK);
    ensureSpace(2 * doc.currentLineHeight(true) + 16);
    const para = doc.struct('P');
    entry.add(para);
    const link = doc.struct('Link');
    para.add(link);
    link.add(() => {
      const y = doc.y;
      doc.text(WEB_LINK_TEXT, left, y, { underline: true, lineBreak: false });
      const contents = `‘${i.title}’ op de website van de Gelijke Kansen Alliantie`;
      doc.link(left, y, doc.widthOfString(WEB_LINK_TEXT), doc.currentLineHeight(), href, annotation(link, contents));
    });
    link.end();
    doc.y += doc.currentLineHeight(true);
    para.end();
    style('regular', 9, MUTED);
    paragraph(entry, href, {}, 0);
    entry.end();
    // The rule under an entry is furniture; it is left out at the foot of a page.
    doc.y += 10;
    if (doc.y < bottom() - 20) artifact(() => doc.rect(left, doc.y, width, 0.5).fill(RULE), 'Layout');
    doc.y += 14;
  }

  // Now every page exists: page numbers into the contents, and a footer on every page but the cover.
  const total = doc.bufferedPageRange().count;
  for (const entry of pending) {
    doc.switchToPage(entry.page);
    style('semibold', BODY);
    const n = String(chapterPages[entry.chapter]);
    block(entry.item, 'Reference', () => doc.text(n, left + width - doc.widthOfString(n), entry.y, { lineBreak: false }));
    entry.item.end();
  }
  toc.end();
  contents.end();
  for (let page = 1; page < total; page++) {
    doc.switchToPage(page);
    style('regular', 8.5, MUTED);
    const y = doc.page.height - 36;
    const number = `Pagina ${page + 1} van ${total}`;
    artifact(() => {
      doc.text(p.title, left, y, { lineBreak: false });
      doc.text(number, left + width - doc.widthOfString(number), y, { lineBreak: false });
    }, 'Pagination');
  }
  root.end();
  doc.end();
  return done;
}
