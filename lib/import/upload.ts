// A spreadsheet uploaded in the browser: what it is is read from its bytes, never from its name,
// and it is read within limits. An .xlsx file is a ZIP archive of XML; a small one can unpack to
// gigabytes (a "zip bomb"), and read-excel-file unpacks and parses every XML part it finds. So the
// parts are unpacked here first, each into a buffer no larger than the size its header declares
// (fflate stops writing there), their sizes and elements are counted, and read-excel-file gets an
// archive rebuilt from those bounded parts, stored without compression.
import { unzipSync, zipSync, type Unzipped } from 'fflate';
import type { ImportProblem } from './rows';
import { formatOf, NOT_UTF8, parseCsv, parseXlsx, type Format, type Sheet } from './sheets';

export type UploadLimits = {
  /** Size of the uploaded file. */
  bytes: number;
  /** Rows below the header. */
  rows: number;
  /** The XML of an .xlsx file, unpacked. */
  unpackedBytes: number;
  /**
   * XML elements (tags) of an .xlsx file: what parsing costs. A full sheet of 5,000 rows of 14
   * columns has some 570,000; a sheet of a million one-cell rows, 1.6 MB as .xlsx, six million.
   */
  elements: number;
};

export const UPLOAD_LIMITS: UploadLimits = { bytes: 5 * 2 ** 20, rows: 5000, unpackedBytes: 30 * 2 ** 20, elements: 1_500_000 };

/** A problem with the file as a whole: it has no row. */
export type FileProblem = Omit<ImportProblem, 'row'>;

const number = (n: number) => n.toLocaleString('nl-NL');
const megabytes = (n: number) => `${number(Math.round(n / 2 ** 20))} MB`;
const SAVE_AS = 'sla het in Excel op als "Excel-werkmap (.xlsx)" of als "CSV UTF-8", of begin met het sjabloon';

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** The compound file of Office 97–2003: an old .xls (or .doc). */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46];

/**
 * What the bytes are: an .xlsx (a ZIP archive) or a .csv (UTF-8 text), or what is wrong with them.
 * `named` is what the file's name says it is; it only chooses the clearest message.
 */
export function sniffFormat(bytes: Uint8Array, named?: Format): { format: Format } | { problem: FileProblem } {
  if (bytes.length === 0) return { problem: { message: 'het bestand is leeg', fix: 'kies het bestand met de rijen die je wilt importeren' } };
  if (startsWith(bytes, ZIP)) return { format: 'xlsx' };
  if (startsWith(bytes, OLE)) return { problem: { message: 'dit is een oud Excel-bestand (.xls)', fix: 'sla het in Excel op als "Excel-werkmap (.xlsx)"' } };
  if (startsWith(bytes, PDF)) return { problem: { message: 'dit is een PDF, geen spreadsheet', fix: SAVE_AS } };
  const notAWorkbook = { message: 'de naam eindigt op .xlsx, maar het bestand is geen Excel-werkmap', fix: SAVE_AS };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problem: named === 'xlsx' ? notAWorkbook : NOT_UTF8 };
  }
  if (text.includes('\u0000')) return { problem: named === 'xlsx' ? notAWorkbook : { message: 'dit is geen spreadsheet en geen tekst', fix: SAVE_AS } };
  if (/^\uFEFF?\s*</.test(text)) return { problem: { message: 'dit is een webpagina (HTML) of een XML-bestand, geen spreadsheet', fix: SAVE_AS } };
  return { format: 'csv' };
}

const FORMAT_NAMES: Record<Format, string> = { xlsx: 'een Excel-werkmap (.xlsx)', csv: 'een CSV-bestand (tekst)' };

/** The XML parts of an .xlsx file, unpacked within the limits, or why not. */
function unpackXlsx(bytes: Uint8Array, limits: UploadLimits): { parts: Unzipped } | { problem: FileProblem } {
  const tooLarge = {
    message: `het bestand is uitgepakt groter dan ${megabytes(limits.unpackedBytes)}`,
    fix: `een import heeft hooguit ${number(limits.rows)} rijen: kopieer alleen de rijen met gegevens naar het sjabloon`,
  };
  let unpacked = 0;
  let parts: Unzipped;
  try {
    parts = unzipSync(bytes, {
      // The parts read-excel-file reads; the declared sizes bound what fflate writes.
      filter: (file) => {
        if (!file.name.endsWith('.xml') && !file.name.endsWith('.rels')) return false;
        unpacked += file.originalSize;
        if (unpacked > limits.unpackedBytes) throw new RangeError('uitgepakt te groot');
        return true;
      },
    });
  } catch (e) {
    if (e instanceof RangeError) return { problem: tooLarge };
    return { problem: { message: `het bestand is geen leesbaar xlsx-bestand (${(e as Error).message})`, fix: SAVE_AS } };
  }
  if (!parts['xl/workbook.xml']) return { problem: { message: 'dit is een ZIP-bestand, maar geen Excel-werkmap', fix: SAVE_AS } };
  let elements = 0;
  for (const data of Object.values(parts)) for (const byte of data) if (byte === 0x3c) elements++;
  if (elements > limits.elements) {
    return {
      problem: {
        message: `het bestand heeft te veel cellen om te lezen (${number(elements)} XML-elementen, hooguit ${number(limits.elements)})`,
        fix: tooLarge.fix,
      },
    };
  }
  return { parts };
}

/** Rows with at least one filled cell, below the header. */
const filledRows = (sheet: Sheet) =>
  sheet.rows.slice(1).filter((row) => row.some((cell) => cell !== null && cell !== undefined && String(cell).trim() !== '')).length;

/**
 * The rows of an uploaded spreadsheet: only .xlsx and .csv, recognised by their content, within
 * the limits. A problem with the file itself has row 1, as the CLI reports it.
 */
export async function readUpload(fileName: string, bytes: Uint8Array, limits: UploadLimits = UPLOAD_LIMITS): Promise<Sheet> {
  const refused = (problem: FileProblem): Sheet => ({ rows: [], problems: [{ row: 1, ...problem }] });
  if (bytes.length > limits.bytes) {
    return refused({
      message: `het bestand is ${megabytes(bytes.length)}, groter dan ${megabytes(limits.bytes)}`,
      fix: `een import heeft hooguit ${number(limits.rows)} rijen; splits een groter bestand en importeer de delen na elkaar`,
    });
  }
  const named = formatOf(fileName);
  if (!named) return refused({ message: `"${fileName}" is geen .xlsx- of .csv-bestand`, fix: SAVE_AS });
  const sniffed = sniffFormat(bytes, named);
  if ('problem' in sniffed) return refused(sniffed.problem);
  if (named !== sniffed.format) {
    return refused({
      message: `de naam eindigt op .${named}, maar het bestand is ${FORMAT_NAMES[sniffed.format]}`,
      fix: `geef het bestand de naam die bij de inhoud hoort (.${sniffed.format}), of ${SAVE_AS}`,
    });
  }
  let sheet: Sheet;
  if (sniffed.format === 'csv') sheet = parseCsv(bytes);
  else {
    const unpacked = unpackXlsx(bytes, limits);
    if ('problem' in unpacked) return refused(unpacked.problem);
    sheet = await parseXlsx(zipSync(unpacked.parts, { level: 0 }));
  }
  const rows = filledRows(sheet);
  if (rows > limits.rows) {
    return refused({
      message: `het bestand heeft ${number(rows)} rijen; een import heeft er hooguit ${number(limits.rows)}`,
      fix: `splits het in delen van hooguit ${number(limits.rows)} rijen en importeer ze na elkaar`,
    });
  }
  return sheet;
}
