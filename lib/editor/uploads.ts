// An editor's upload: an image for the body (JPEG, PNG, WebP) or a document (PDF). The type is read
// from the bytes, never from the name or what the browser declared, so an HTML page named .png is
// refused for what it is. SVG, HTML and scripts are never accepted: served from the site's own
// origin they could run script.
//
// Images are stored without their metadata: EXIF of a phone photo holds the GPS position where it
// was taken, the camera's serial number and the time; XMP, IPTC and comments can hold names. Only
// the orientation survives (as a minimal EXIF block), so a portrait photo stays upright. Data after
// the image's end (a second file glued on, a "polyglot") goes as well. All in plain code on the
// file's own structure: nothing is decoded, no native module is needed.
import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { imageSize } from 'image-size';
import { inspectPdf, pdfAccessibilityProblems } from './pdf-check';

export type UploadPurpose = 'afbeelding' | 'document';

export type UploadInput = {
  bytes: Buffer;
  originalName: string;
  /** What the browser said it is: recorded nowhere, trusted for nothing. */
  declaredType?: string;
  /** An image's alt text: required for an image. */
  alt?: string;
  /** A document's title, the text of its link: required for a document. */
  title?: string;
  purpose: UploadPurpose;
};

export type Upload = {
  kind: UploadPurpose;
  mime: 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf';
  ext: 'jpg' | 'png' | 'webp' | 'pdf';
  width?: number;
  height?: number;
  /** The bytes to store: for an image without its metadata. */
  bytes: Buffer;
  /** Of `bytes`, hex. */
  sha256: string;
  /** `<slug of the original name>-<8 hex of sha256>.<ext>`: the only name the file is ever stored under. */
  safeName: string;
  alt?: string;
  title?: string;
  /**
   * What makes the file inaccessible (a PDF without tags or title), in Dutch. The editor must
   * acknowledge these before the upload is used; the file is not refused for them.
   */
  warnings: string[];
  /** What was done to the file, in Dutch, to tell the editor (metadata removed). */
  notes: string[];
};

export type UploadResult = { ok: true; upload: Upload } | { ok: false; errors: string[] };

export const UPLOAD_LIMITS = {
  imageBytes: 10 * 2 ** 20,
  documentBytes: 25 * 2 ** 20,
  /** Per side: bigger is no sharper on a screen, and decoding it costs a phone its memory. */
  maxSide: 8000,
  /** Per side: smaller is an icon or a mistake, unreadable in an article. */
  minSide: 100,
  altChars: 250,
  titleChars: 200,
  slugChars: 40,
} as const;

type ImageType = { mime: Upload['mime']; ext: 'jpg' | 'png' | 'webp'; label: string };
const JPEG: ImageType = { mime: 'image/jpeg', ext: 'jpg', label: 'JPEG' };
const PNG: ImageType = { mime: 'image/png', ext: 'png', label: 'PNG' };
const WEBP: ImageType = { mime: 'image/webp', ext: 'webp', label: 'WebP' };

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const ascii = (b: Buffer, start: number, end: number) => b.toString('latin1', start, end);

/** The accepted image type the bytes are, if any. */
function imageTypeOf(b: Buffer): ImageType | undefined {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return JPEG;
  if (b.subarray(0, 8).equals(PNG_SIGNATURE)) return PNG;
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP') return WEBP;
  return undefined;
}

/** What a refused file is, in Dutch, read from its first bytes: for the message that refuses it. */
export function describeContent(b: Buffer): string {
  const head = ascii(b, 0, 512);
  const text = head
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart()
    .toLowerCase();
  if (b.length === 0) return 'een leeg bestand';
  const type = imageTypeOf(b);
  if (type) return `een ${type.label}-afbeelding`;
  if (head.startsWith('%PDF-')) return 'een PDF-bestand';
  if (head.startsWith('GIF8')) return 'een GIF-afbeelding';
  if (head.startsWith('BM')) return 'een BMP-afbeelding';
  if (head.startsWith('II*\0') || head.startsWith('MM\0*')) return 'een TIFF-afbeelding';
  if (ascii(b, 4, 8) === 'ftyp') {
    const brand = ascii(b, 8, 12);
    if (/^(heic|heix|mif1|msf1|hevc)$/.test(brand)) return 'een HEIC-foto (van een iPhone); exporteer hem als JPEG';
    if (/^avi[fs]$/.test(brand)) return 'een AVIF-afbeelding';
    return 'een video- of audiobestand';
  }
  if (head.startsWith('PK\x03\x04')) return 'een ZIP-bestand (bijvoorbeeld een Word-, Excel- of PowerPoint-bestand)';
  if (head.startsWith('\xD0\xCF\x11\xE0')) return 'een oud Office-bestand (Word, Excel of PowerPoint)';
  if (head.startsWith('MZ') || head.startsWith('\x7FELF') || /^(\xCF\xFA\xED\xFE|\xCA\xFE\xBA\xBE)/.test(head)) return 'een programma';
  if (text.startsWith('#!')) return 'een script';
  if (/<svg[\s>]/.test(text) || (text.startsWith('<?xml') && text.includes('<svg'))) return 'een SVG-afbeelding, die script kan bevatten';
  if (/^<(!doctype html|html|head|body|script|iframe|meta|a |div|p>|!--)/.test(text)) return 'een HTML-pagina';
  if (text.startsWith('<?xml') || text.startsWith('<')) return 'een XML- of HTML-bestand';
  // Printable text in the first bytes: a script, a CSV, a text file; either way no image.
  if (/^[\t\n\r\x20-\x7e\x80-\xff]*$/.test(head.slice(0, 256)) && !head.includes('\0')) return 'een tekstbestand';
  return 'een onbekend soort bestand';
}

/** `Rapport 2024 (definitief).PDF` → `rapport-2024-definitief`: ASCII, lowercase, at most 40 characters. */
export function nameSlug(originalName: string, fallback: string): string {
  const base = originalName
    .split(/[\\/]/)
    .pop()!
    .replace(/\.[^.]*$/, '');
  const slug = base
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, UPLOAD_LIMITS.slugChars)
    .replace(/-+$/, '');
  return slug || fallback;
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1).replace('.', ',')} MB`;

/** Words that say nothing about what an image shows. */
const EMPTY_ALT = new Set(['afbeelding', 'foto', 'plaatje', 'image', 'picture', 'photo', 'img', 'logo']);

function altErrors(alt: string | undefined, originalName: string): string[] {
  const text = (alt ?? '').trim();
  if (!text) return ['Schrijf een alt-tekst: wat er op de afbeelding te zien is, voor wie de afbeelding niet ziet.'];
  const lower = text.toLowerCase();
  const file = originalName.split(/[\\/]/).pop()!.toLowerCase();
  if (lower === file || lower === file.replace(/\.[^.]*$/, '')) return ['De alt-tekst is de bestandsnaam. Beschrijf wat er op de afbeelding te zien is.'];
  if (EMPTY_ALT.has(lower)) return [`"${text}" zegt niet wat er te zien is. Beschrijf wat er op de afbeelding te zien is.`];
  if (text.length > UPLOAD_LIMITS.altChars)
    return [`De alt-tekst is ${text.length} tekens; hoogstens ${UPLOAD_LIMITS.altChars}. Zet een lange uitleg in de tekst bij de afbeelding.`];
  return [];
}

// ---- Images: check the structure, drop the metadata ----

type Cleaned = { bytes: Buffer; removed: string[] } | { error: string };

const damaged = (why: string) => ({ error: `De afbeelding is beschadigd of onvolledig (${why}). Sla haar opnieuw op en probeer het nog eens.` });

/** The orientation (EXIF tag 0x0112, 1–8) of an EXIF block (`Exif\0\0` and a TIFF structure), if it has one. */
function exifOrientation(exif: Buffer): number | undefined {
  const tiff = exif.subarray(6);
  if (tiff.length < 8) return undefined;
  const le = ascii(tiff, 0, 2) === 'II';
  const u16 = (at: number) => (le ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (le ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  const ifd = u32(4);
  if (ifd + 2 > tiff.length) return undefined;
  const count = u16(ifd);
  for (let i = 0; i < count && ifd + 2 + 12 * (i + 1) <= tiff.length; i++) {
    const entry = ifd + 2 + 12 * i;
    if (u16(entry) === 0x0112) {
      const value = u16(entry + 8);
      return value >= 1 && value <= 8 ? value : undefined;
    }
  }
  return undefined;
}

/** An APP1 segment with only the orientation: big-endian TIFF, one IFD with one SHORT. */
function orientationSegment(orientation: number): Buffer {
  const payload = Buffer.concat([
    Buffer.from('Exif\0\0', 'latin1'),
    Buffer.from([0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08, 0x00, 0x01, 0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01]),
    Buffer.from([0x00, orientation, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00]),
  ]);
  const length = Buffer.alloc(2);
  length.writeUInt16BE(payload.length + 2);
  return Buffer.concat([Buffer.from([0xff, 0xe1]), length, payload]);
}

/**
 * A JPEG's segments up to the first scan: kept are JFIF (APP0), the colour profile (APP2
 * ICC_PROFILE), Adobe's colour transform (APP14) and the coding tables; EXIF and XMP (APP1),
 * IPTC (APP13), comments and other application blocks go. The image ends at its first EOI
 * after the scan: what follows (a phone's depth map, an appended file) goes too.
 */
function cleanJpeg(b: Buffer): Cleaned {
  const kept: Buffer[] = [b.subarray(0, 2)];
  const removed = new Set<string>();
  let orientation: number | undefined;
  let pos = 2;
  for (;;) {
    while (b[pos] === 0xff && b[pos + 1] === 0xff) pos++;
    if (pos + 4 > b.length) return damaged('het bestand houdt op voor de beeldgegevens');
    if (b[pos] !== 0xff) return damaged('onverwachte gegevens tussen de blokken');
    const marker = b[pos + 1];
    const length = b.readUInt16BE(pos + 2);
    if (length < 2 || pos + 2 + length > b.length) return damaged('een blok loopt voorbij het einde van het bestand');
    const segment = b.subarray(pos, pos + 2 + length);
    const body = segment.subarray(4);
    if (marker === 0xda) break;
    if (marker === 0xe1 && ascii(body, 0, 6) === 'Exif\0\0') {
      orientation = exifOrientation(body) ?? orientation;
      removed.add('EXIF (camera, tijdstip en soms de GPS-locatie)');
    } else if (marker === 0xe1) removed.add('XMP');
    else if (marker === 0xed) removed.add('IPTC');
    else if (marker === 0xfe) removed.add('commentaar');
    else if (marker >= 0xe0 && marker <= 0xef && !(marker === 0xe0 || marker === 0xee || (marker === 0xe2 && ascii(body, 0, 12) === 'ICC_PROFILE\0')))
      removed.add('overige gegevens van camera of programma');
    else kept.push(segment);
    pos += 2 + length;
  }
  // The entropy-coded data and any further scans, to the first EOI (FF D9): inside the data a
  // literal FF is written FF 00, and restart markers are FF D0–D7, so FF D9 is only ever the end.
  const end = b.indexOf(Buffer.from([0xff, 0xd9]), pos);
  if (end < 0) return damaged('het einde van de afbeelding ontbreekt');
  if (end + 2 < b.length && b.subarray(end + 2).some((x) => x !== 0)) removed.add('gegevens na het einde van de afbeelding');
  // The orientation goes right after APP0 (or the start), where readers look for EXIF.
  if (orientation !== undefined && orientation !== 1) kept.splice(kept[1]?.[1] === 0xe0 ? 2 : 1, 0, orientationSegment(orientation));
  return { bytes: Buffer.concat([...kept, b.subarray(pos, end + 2)]), removed: [...removed] };
}

/** PNG chunks checked one by one (length and CRC) to IEND; text, EXIF and time chunks go. */
function cleanPng(b: Buffer): Cleaned {
  const kept: Buffer[] = [b.subarray(0, 8)];
  const removed = new Set<string>();
  let pos = 8;
  let first = true;
  for (;;) {
    if (pos + 12 > b.length) return damaged('het einde van de afbeelding ontbreekt');
    const length = b.readUInt32BE(pos);
    if (pos + 12 + length > b.length) return damaged('een blok loopt voorbij het einde van het bestand');
    const type = ascii(b, pos + 4, pos + 8);
    if (first && type !== 'IHDR') return damaged('de kop ontbreekt');
    first = false;
    if (crc32(b.subarray(pos + 4, pos + 8 + length)) !== b.readUInt32BE(pos + 8 + length)) return damaged(`het blok ${type} klopt niet`);
    const chunk = b.subarray(pos, pos + 12 + length);
    if (type === 'eXIf') removed.add('EXIF (camera, tijdstip en soms de GPS-locatie)');
    else if (type === 'tEXt' || type === 'zTXt' || type === 'iTXt') removed.add('tekstvelden (zoals auteur, programma of XMP)');
    else if (type === 'tIME') removed.add('tijdstip');
    else kept.push(chunk);
    pos += chunk.length;
    if (type === 'IEND') break;
  }
  if (b.subarray(pos).some((x) => x !== 0)) removed.add('gegevens na het einde van de afbeelding');
  return { bytes: Buffer.concat(kept), removed: [...removed] };
}

/** WebP (RIFF) chunks checked to the size the header gives; EXIF and XMP chunks go, and their flags in VP8X. */
function cleanWebp(b: Buffer): Cleaned {
  if (b.length < 12) return damaged('de kop ontbreekt');
  const size = b.readUInt32LE(4) + 8;
  if (size > b.length) return damaged('het bestand is korter dan de kop zegt');
  const kept: Buffer[] = [];
  const removed = new Set<string>();
  let image = false;
  for (let pos = 12; pos < size;) {
    if (pos + 8 > size) return damaged('een blok loopt voorbij het einde');
    const type = ascii(b, pos, pos + 4);
    const length = b.readUInt32LE(pos + 4);
    const next = pos + 8 + length + (length % 2);
    if (pos + 8 + length > size) return damaged('een blok loopt voorbij het einde');
    const chunk = Buffer.from(b.subarray(pos, Math.min(next, size)));
    if (type === 'EXIF') removed.add('EXIF (camera, tijdstip en soms de GPS-locatie)');
    else if (type === 'XMP ') removed.add('XMP');
    else {
      // VP8X flags: bit 3 EXIF, bit 2 XMP. They say what follows; what follows is gone.
      if (type === 'VP8X' && length >= 1) chunk[8] &= ~0x0c;
      if (type === 'VP8 ' || type === 'VP8L' || type === 'ANMF') image = true;
      kept.push(chunk);
    }
    pos = next;
  }
  if (!image) return damaged('er staan geen beeldgegevens in');
  if (b.subarray(size).some((x) => x !== 0)) removed.add('gegevens na het einde van de afbeelding');
  const body = Buffer.concat(kept);
  const header = Buffer.from('RIFF\0\0\0\0WEBP', 'latin1');
  header.writeUInt32LE(body.length + 4, 4);
  return { bytes: Buffer.concat([header, body]), removed: [...removed] };
}

const CLEAN: Record<ImageType['ext'], (b: Buffer) => Cleaned> = { jpg: cleanJpeg, png: cleanPng, webp: cleanWebp };

// ---- The upload ----

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

function finish(input: UploadInput, type: Pick<Upload, 'mime' | 'ext'>, bytes: Buffer, rest: Partial<Upload>): UploadResult {
  const hash = sha256(bytes);
  const safeName = `${nameSlug(input.originalName, input.purpose)}-${hash.slice(0, 8)}.${type.ext}`;
  return { ok: true, upload: { kind: input.purpose, mime: type.mime, ext: type.ext, bytes, sha256: hash, safeName, warnings: [], notes: [], ...rest } };
}

function inspectImage(input: UploadInput): UploadResult {
  const { bytes } = input;
  const type = imageTypeOf(bytes);
  if (!type) return { ok: false, errors: [`Dit bestand is geen JPEG-, PNG- of WebP-afbeelding (het is ${describeContent(bytes)}).`] };
  const errors = altErrors(input.alt, input.originalName);
  if (bytes.length > UPLOAD_LIMITS.imageBytes)
    errors.push(`De afbeelding is ${mb(bytes.length)}; hoogstens ${mb(UPLOAD_LIMITS.imageBytes)}. Maak haar kleiner (bijvoorbeeld 2000 pixels breed).`);
  const cleaned = CLEAN[type.ext](bytes);
  if ('error' in cleaned) return { ok: false, errors: [cleaned.error, ...errors] };
  let size: { width?: number; height?: number };
  try {
    size = imageSize(cleaned.bytes);
  } catch {
    return { ok: false, errors: [damaged('de afmetingen zijn niet te lezen').error, ...errors] };
  }
  const { width, height } = size;
  if (!width || !height) return { ok: false, errors: [damaged('de afmetingen zijn niet te lezen').error, ...errors] };
  const { maxSide, minSide } = UPLOAD_LIMITS;
  if (width > maxSide || height > maxSide)
    errors.push(`De afbeelding is ${width} × ${height} pixels; hoogstens ${maxSide} × ${maxSide}. Maak haar kleiner (bijvoorbeeld 2000 pixels breed).`);
  if (width < minSide || height < minSide)
    errors.push(`De afbeelding is ${width} × ${height} pixels; ten minste ${minSide} × ${minSide}, anders is ze niet te zien.`);
  if (errors.length) return { ok: false, errors };
  const notes = cleaned.removed.length ? [`Uit de afbeelding verwijderd, omdat het niet openbaar hoort: ${cleaned.removed.join(', ')}.`] : [];
  return finish(input, type, cleaned.bytes, { width, height, alt: input.alt!.trim(), notes });
}

function inspectDocument(input: UploadInput): UploadResult {
  const { bytes } = input;
  if (bytes.toString('latin1', 0, 5) !== '%PDF-') return { ok: false, errors: [`Dit bestand is geen PDF-bestand (het is ${describeContent(bytes)}).`] };
  const errors: string[] = [];
  const title = (input.title ?? '').trim();
  if (!title) errors.push('Schrijf een titel voor het document: die staat in de link op de site.');
  else if (title.length > UPLOAD_LIMITS.titleChars) errors.push(`De titel is ${title.length} tekens; hoogstens ${UPLOAD_LIMITS.titleChars}.`);
  if (bytes.length > UPLOAD_LIMITS.documentBytes)
    errors.push(
      `Het PDF-bestand is ${mb(bytes.length)}; hoogstens ${mb(UPLOAD_LIMITS.documentBytes)}. Sla het op met kleinere afbeeldingen ("Geoptimaliseerd voor online publicatie").`,
    );
  const pdf = inspectPdf(bytes);
  if (!pdf.ok) return { ok: false, errors: [pdf.error, ...errors] };
  if (errors.length) return { ok: false, errors };
  return finish(input, { mime: 'application/pdf', ext: 'pdf' }, bytes, { title, warnings: pdfAccessibilityProblems(pdf.facts) });
}

/**
 * Checks an upload and makes it safe to store: refused with Dutch errors (every one found, so the
 * editor fixes all at once), or the bytes to store, their safe name and what the editor must know.
 */
export function inspectUpload(input: UploadInput): UploadResult {
  if (input.bytes.length === 0) return { ok: false, errors: ['Het bestand is leeg.'] };
  return input.purpose === 'afbeelding' ? inspectImage(input) : inspectDocument(input);
}

/**
 * The headers of an upload shown before publication (the preview): its detected type, never
 * sniffed, kept by no cache. A PDF is sandboxed: whatever script it holds runs nowhere near the
 * staff session. `inline` with the safe name, so a browser shows it and saves it under that name.
 */
export function previewHeaders(upload: Pick<Upload, 'mime' | 'safeName' | 'bytes'>): Record<string, string> {
  return {
    'Content-Type': upload.mime,
    'Content-Length': String(upload.bytes.length),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, no-store',
    'Content-Disposition': `inline; filename="${upload.safeName}"`,
    'Content-Security-Policy':
      upload.mime === 'application/pdf' ? "sandbox; default-src 'none'; frame-ancestors 'self'" : "default-src 'none'; frame-ancestors 'self'",
  };
}
