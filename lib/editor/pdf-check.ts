// Is an uploaded PDF a document, and is it accessible enough to publish? A PDF is read as far as
// these questions need: its objects (also those in compressed object streams, PDF 1.5+), the
// trailer, the catalog and the document information. Not a renderer: whether the text is right or
// the tags make sense needs a person (and PAC or veraPDF); a missing tag tree or title does not.
//
// Why its own reader and not pdf-lib or pdf.js: pdf-lib does not tell a broken file from a good
// one (it repairs silently) and pdf.js is a browser renderer of megabytes; the few dictionaries
// needed here are a page of code.
import { inflateSync, constants } from 'node:zlib';

/** What the accessibility check reads from a PDF. */
export type PdfFacts = {
  /** /MarkInfo << /Marked true >> in the catalog. */
  marked: boolean;
  /** A structure tree (/StructTreeRoot) in the catalog: the tags. */
  structTree: boolean;
  /** The document title: Info /Title, else XMP dc:title; null when there is none. */
  title: string | null;
  /** /ViewerPreferences << /DisplayDocTitle true >>: readers show the title, not the file name. */
  displayDocTitle: boolean;
  /** The catalog's /Lang, if any. */
  lang: string | null;
  pages: number;
};

export type PdfInspection = { ok: true; facts: PdfFacts } | { ok: false; error: string };

type Value =
  | { t: 'dict'; m: Map<string, Value> }
  | { t: 'array'; a: Value[] }
  | { t: 'name'; v: string }
  | { t: 'str'; b: Buffer }
  | { t: 'num'; v: number }
  | { t: 'bool'; v: boolean }
  | { t: 'ref'; n: number }
  | { t: 'null' };

type Stream = { dict: Map<string, Value>; data: Buffer };

/** Inflated streams are bounded: a small PDF may not unpack into gigabytes. */
const MAX_INFLATED = 64 * 2 ** 20;

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITER = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)));

/** A reader of PDF objects in a buffer (one for the file, one per object stream). */
class Reader {
  constructor(
    readonly b: Buffer,
    public pos = 0,
  ) {}

  skipSpace() {
    const b = this.b;
    while (this.pos < b.length) {
      if (WHITESPACE.has(b[this.pos])) this.pos++;
      else if (b[this.pos] === 0x25 /* % */) while (this.pos < b.length && b[this.pos] !== 0x0a && b[this.pos] !== 0x0d) this.pos++;
      else break;
    }
  }

  private word(): string {
    const start = this.pos;
    while (this.pos < this.b.length && !WHITESPACE.has(this.b[this.pos]) && !DELIMITER.has(this.b[this.pos])) this.pos++;
    return this.b.toString('latin1', start, this.pos);
  }

  /** One object at the position; throws on what is not one. Depth-bounded: nesting cannot exhaust the stack. */
  value(depth = 0): Value {
    if (depth > 64) throw new Error('te diep genest');
    this.skipSpace();
    const b = this.b;
    const c = b[this.pos];
    if (c === undefined) throw new Error('onverwacht einde');
    if (c === 0x3c /* < */ && b[this.pos + 1] === 0x3c) {
      this.pos += 2;
      const m = new Map<string, Value>();
      for (;;) {
        this.skipSpace();
        if (b[this.pos] === 0x3e && b[this.pos + 1] === 0x3e) {
          this.pos += 2;
          return { t: 'dict', m };
        }
        const key = this.value(depth + 1);
        if (key.t !== 'name') throw new Error('sleutel zonder naam');
        m.set(key.v, this.value(depth + 1));
      }
    }
    if (c === 0x5b /* [ */) {
      this.pos++;
      const a: Value[] = [];
      for (;;) {
        this.skipSpace();
        if (b[this.pos] === 0x5d) {
          this.pos++;
          return { t: 'array', a };
        }
        a.push(this.value(depth + 1));
      }
    }
    if (c === 0x2f /* / */) {
      this.pos++;
      return { t: 'name', v: this.word().replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) };
    }
    if (c === 0x28 /* ( */) return { t: 'str', b: this.literal() };
    if (c === 0x3c) {
      const end = b.indexOf(0x3e, this.pos);
      if (end < 0) throw new Error('onverwacht einde');
      const hex = b.toString('latin1', this.pos + 1, end).replace(/\s+/g, '');
      this.pos = end + 1;
      return { t: 'str', b: Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex') };
    }
    const word = this.word();
    if (word === '') throw new Error(`onverwacht teken ${String.fromCharCode(c)}`);
    if (word === 'true' || word === 'false') return { t: 'bool', v: word === 'true' };
    if (word === 'null') return { t: 'null' };
    if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) throw new Error(`onbekend woord ${word.slice(0, 20)}`);
    // `12 0 R` is a reference: two whole numbers and R.
    if (/^\d+$/.test(word)) {
      const back = this.pos;
      this.skipSpace();
      const generation = this.word();
      this.skipSpace();
      if (/^\d+$/.test(generation) && this.b[this.pos] === 0x52 /* R */ && !/[A-Za-z0-9]/.test(String.fromCharCode(this.b[this.pos + 1] ?? 32))) {
        this.pos++;
        return { t: 'ref', n: Number(word) };
      }
      this.pos = back;
    }
    return { t: 'num', v: Number(word) };
  }

  private literal(): Buffer {
    const b = this.b;
    const out: number[] = [];
    let depth = 0;
    this.pos++;
    while (this.pos < b.length) {
      const c = b[this.pos++];
      if (c === 0x5c /* \ */) {
        const e = b[this.pos++];
        const simple: Record<number, number> = { 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0c };
        if (e in simple) out.push(simple[e]);
        else if (e >= 0x30 && e <= 0x37) {
          let octal = e - 0x30;
          for (let i = 0; i < 2 && b[this.pos] >= 0x30 && b[this.pos] <= 0x37; i++) octal = octal * 8 + (b[this.pos++] - 0x30);
          out.push(octal & 0xff);
        } else if (e === 0x0d || e === 0x0a) {
          if (e === 0x0d && b[this.pos] === 0x0a) this.pos++;
        } else out.push(e);
      } else if (c === 0x28) {
        depth++;
        out.push(c);
      } else if (c === 0x29) {
        if (depth-- === 0) return Buffer.from(out);
        out.push(c);
      } else out.push(c);
    }
    throw new Error('onverwacht einde');
  }
}

const OBJECT_START = /(\d+)\s+\d+\s+obj\b/g;

/** Every object of the file by number; a later definition (an incremental update) wins. */
function readObjects(pdf: Buffer) {
  const text = pdf.toString('latin1');
  const objects = new Map<number, Value>();
  const streams = new Map<number, Stream>();
  const trailers: Map<string, Value>[] = [];
  const objectStreams: Stream[] = [];
  OBJECT_START.lastIndex = 0;
  for (let match = OBJECT_START.exec(text); match; match = OBJECT_START.exec(text)) {
    const reader = new Reader(pdf, match.index + match[0].length);
    let value: Value;
    try {
      value = reader.value();
    } catch {
      continue;
    }
    const n = Number(match[1]);
    objects.set(n, value);
    reader.skipSpace();
    if (value.t === 'dict' && text.startsWith('stream', reader.pos)) {
      let start = reader.pos + 'stream'.length;
      if (pdf[start] === 0x0d) start++;
      if (pdf[start] === 0x0a) start++;
      const length = value.m.get('Length');
      let end = length?.t === 'num' && text.startsWith('endstream', skipEol(pdf, start + length.v)) ? start + length.v : text.indexOf('endstream', start);
      if (end < 0) end = pdf.length;
      const stream = { dict: value.m, data: pdf.subarray(start, end) };
      streams.set(n, stream);
      const type = value.m.get('Type');
      if (type?.t === 'name' && type.v === 'XRef') trailers.push(value.m);
      if (type?.t === 'name' && type.v === 'ObjStm') objectStreams.push(stream);
      // Binary stream data is skipped: it may hold bytes that look like `1 0 obj`.
      OBJECT_START.lastIndex = end;
    } else OBJECT_START.lastIndex = reader.pos;
  }
  for (const match of text.matchAll(/trailer\s*(?=<<)/g)) {
    try {
      const trailer = new Reader(pdf, match.index + match[0].length).value();
      if (trailer.t === 'dict') trailers.push(trailer.m);
    } catch {
      // A broken trailer is as good as none: the catalog is still found by its type.
    }
  }
  for (const stream of objectStreams) {
    const data = decoded(stream);
    const n = num(stream.dict.get('N'));
    const first = num(stream.dict.get('First'));
    if (!data || n === undefined || first === undefined) continue;
    const header = data.toString('latin1', 0, first).trim().split(/\s+/).map(Number);
    for (let i = 0; i < n && 2 * i + 1 < header.length; i++) {
      try {
        // Which definition is current only the xref says; without reading it, one written in the
        // file itself wins (in a file with both, that is the incremental update).
        if (!objects.has(header[2 * i])) objects.set(header[2 * i], new Reader(data, first + header[2 * i + 1]).value());
      } catch {
        // One unreadable object does not hide the others.
      }
    }
  }
  return { objects, streams, trailers };
}

const skipEol = (b: Buffer, at: number) => {
  while (b[at] === 0x0d || b[at] === 0x0a || b[at] === 0x20) at++;
  return at;
};

const num = (v: Value | undefined) => (v?.t === 'num' ? v.v : undefined);

/** A stream's bytes, inflated when FlateDecode (without predictor: object and metadata streams have none); else undefined. */
function decoded(stream: Stream): Buffer | undefined {
  const filter = stream.dict.get('Filter');
  const filters = filter === undefined ? [] : filter.t === 'array' ? filter.a : [filter];
  if (filters.length === 0) return stream.data;
  if (filters.length !== 1 || filters[0].t !== 'name' || filters[0].v !== 'FlateDecode') return undefined;
  try {
    return inflateSync(stream.data, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: MAX_INFLATED });
  } catch {
    return undefined;
  }
}

/** A PDF text string: UTF-16BE with its mark, UTF-8 with its mark (PDF 2.0), else PDFDocEncoding (near enough Latin-1). */
function text(v: Value | undefined): string | null {
  if (v?.t !== 'str') return null;
  const b = v.b;
  if (b[0] === 0xfe && b[1] === 0xff) {
    // Copied: swap16 works in place, on an even number of bytes.
    return Buffer.from(b.subarray(2, 2 + ((b.length - 2) & ~1)))
      .swap16()
      .toString('utf16le');
  }
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return b.toString('utf8', 3);
  return b.toString('latin1');
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The first dc:title of an XMP packet. */
function xmpTitle(xmp: string): string | null {
  const title = /<dc:title\b[^>]*>([\s\S]*?)<\/dc:title>/.exec(xmp)?.[1];
  const item = title && /<rdf:li\b[^>]*>([\s\S]*?)<\/rdf:li>/.exec(title)?.[1];
  return item ? item.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => XML_ENTITIES[e]).trim() : null;
}

/**
 * Reads a PDF: refused (with the reason in Dutch) when it is not one, is encrypted, or holds no
 * page; else the facts the accessibility check needs.
 */
/** Keys and actions that make a PDF run something or carry a file (depth-limited: a hostile file may nest deeply). */
const ACTIVE_KEYS = new Set(['JS', 'JavaScript', 'EmbeddedFiles', 'EmbeddedFile', 'RichMedia']);
const ACTIVE_ACTIONS = new Set(['JavaScript', 'Launch', 'ImportData', 'SubmitForm', 'Rendition']);

function hasActiveContent(v: Value | undefined, depth = 0): boolean {
  if (!v || depth > 64) return false;
  if (v.t === 'array') return v.a.some((x) => hasActiveContent(x, depth + 1));
  if (v.t !== 'dict') return false;
  for (const [key, value] of v.m) {
    if (ACTIVE_KEYS.has(key)) return true;
    if (key === 'S' && value.t === 'name' && ACTIVE_ACTIONS.has(value.v)) return true;
    if (hasActiveContent(value, depth + 1)) return true;
  }
  return false;
}

export function inspectPdf(pdf: Buffer): PdfInspection {
  const broken = (why: string): PdfInspection => ({ ok: false, error: `Dit PDF-bestand is beschadigd of onvolledig: ${why}.` });
  if (pdf.toString('latin1', 0, 5) !== '%PDF-') return { ok: false, error: 'Dit bestand is geen PDF-bestand: het begint niet met %PDF-.' };
  if (!pdf.toString('latin1', Math.max(0, pdf.length - 1024)).includes('%%EOF')) return broken('het einde (%%EOF) ontbreekt');
  const { objects, streams, trailers } = readObjects(pdf);
  const resolve = (v: Value | undefined, seen = 0): Value | undefined => (v?.t === 'ref' && seen < 32 ? resolve(objects.get(v.n), seen + 1) : v);
  const dict = (v: Value | undefined) => {
    const d = resolve(v);
    return d?.t === 'dict' ? d.m : undefined;
  };
  const last = (key: string) => trailers.findLast((t) => t.has(key))?.get(key);
  if (last('Encrypt'))
    return {
      ok: false,
      error:
        'Dit PDF-bestand is beveiligd (versleuteld). Zet de beveiliging uit en sla het opnieuw op als PDF: een beveiligd bestand is voor schermlezers vaak niet te lezen.',
    };
  const isType = (m: Map<string, Value> | undefined, type: string) => {
    const t = m?.get('Type');
    return t?.t === 'name' && t.v === type;
  };
  const catalog = [dict(last('Root'))].find((m) => isType(m, 'Catalog')) ?? [...objects.values()].map(dict).findLast((m) => isType(m, 'Catalog'));
  if (!catalog) return broken('er staat geen document in (geen catalogus)');
  const pages = [...objects.values()].filter((v) => isType(dict(v), 'Page')).length;
  if (pages === 0) return broken('er staat geen pagina in');
  // Scripts, programs started from the document and files carried inside it: not on this site
  // (the editor accepts no scripts in any form), whatever else the PDF is.
  const active = [...objects.values()].find((v) => hasActiveContent(v));
  if (active)
    return {
      ok: false,
      error:
        'Dit PDF-bestand bevat JavaScript, een actie die een programma start of een ingesloten bestand. Zulke PDF-bestanden plaatst de site niet: sla het document opnieuw op als gewone PDF (bijvoorbeeld met "Opslaan als PDF") en probeer het nog eens.',
    };

  const markInfo = dict(catalog.get('MarkInfo'));
  const marked = resolve(markInfo?.get('Marked'));
  const infoTitle =
    text(resolve(dict(last('Info'))?.get('Title')))
      ?.replace(/\0/g, '')
      .trim() || null;
  const metadataRef = catalog.get('Metadata');
  const metadata = metadataRef?.t === 'ref' ? streams.get(metadataRef.n) : undefined;
  const xmp = metadata && decoded(metadata);
  const display = resolve(dict(catalog.get('ViewerPreferences'))?.get('DisplayDocTitle'));
  return {
    ok: true,
    facts: {
      marked: marked?.t === 'bool' && marked.v,
      structTree: dict(catalog.get('StructTreeRoot')) !== undefined,
      title: infoTitle ?? (xmp ? xmpTitle(xmp.toString('utf8')) || null : null),
      displayDocTitle: display?.t === 'bool' && display.v,
      lang: text(resolve(catalog.get('Lang')))?.trim() || null,
      pages,
    },
  };
}

/**
 * What makes a PDF inaccessible, in Dutch, one sentence each: no tags, no title, or a title the
 * reader does not show. Empty when none. The editor sees these before the file can be used.
 */
export function pdfAccessibilityProblems(facts: PdfFacts): string[] {
  const problems: string[] = [];
  if (!facts.marked || !facts.structTree)
    problems.push(
      'Dit PDF-bestand is niet toegankelijk: het is niet getagd, zodat een schermlezer koppen, lijsten en tabellen niet herkent. Sla het document opnieuw op als PDF met de optie voor toegankelijkheid of tags (in Word: Opslaan als, PDF, Opties, "Tags voor documentstructuur").',
    );
  if (!facts.title)
    problems.push(
      'Dit PDF-bestand is niet toegankelijk: het heeft geen documenttitel, zodat een schermlezer alleen de bestandsnaam noemt. Vul de titel in bij de eigenschappen van het document (in Word: Bestand, Info, Titel) en sla het opnieuw op als PDF.',
    );
  else if (!facts.displayDocTitle)
    problems.push(
      'Dit PDF-bestand is niet helemaal toegankelijk: het heeft een titel, maar een PDF-lezer toont de bestandsnaam in plaats van die titel (DisplayDocTitle staat niet aan). In Acrobat: Bestand, Eigenschappen, Beginweergave, "Documenttitel" tonen.',
    );
  return problems;
}
