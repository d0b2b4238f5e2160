// The file formats: bytes of an .xlsx or .csv file → rows of cells, and the template → bytes.
// CSV as Dutch Excel writes it: `;` (or `,` from other programs), UTF-8 with or without BOM.
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/universal';
import writeXlsxFile, { type SheetData } from 'write-excel-file/universal';
import type { ImportProblem, Cell } from './rows';

export const FORMATS = ['xlsx', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export const formatOf = (file: string): Format | undefined => FORMATS.find((f) => file.toLowerCase().endsWith(`.${f}`));

export type Sheet = { rows: Cell[][]; problems: ImportProblem[] };

export const NOT_UTF8 = {
  message: 'het bestand is geen UTF-8',
  fix: 'sla het in Excel op met "Opslaan als" → "CSV UTF-8 (door komma\'s gescheiden)", of gebruik .xlsx',
};

/** The separator of the header line, outside quotes: Dutch Excel uses `;`, most other programs `,`. */
function separatorOf(text: string): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ';') semicolons++;
    else if (!quoted && ch === ',') commas++;
  }
  return commas > semicolons ? ',' : ';';
}

export function parseCsv(bytes: Uint8Array): Sheet {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { rows: [], problems: [{ row: 1, ...NOT_UTF8 }] };
  }
  // Excel writes and reads a first line "sep=;" that names the separator; it is not a row.
  const hint = /^sep=(.)\r?\n/.exec(text);
  if (hint) text = text.slice(hint[0].length);
  const parsed = Papa.parse<string[]>(text, { delimiter: hint?.[1] ?? separatorOf(text), skipEmptyLines: false });
  const problems: ImportProblem[] = parsed.errors.map((e) => ({
    row: (e.row ?? 0) + 1,
    message: e.code === 'MissingQuotes' ? 'een aanhalingsteken (") wordt niet gesloten' : `de rij is geen geldige CSV (${e.code})`,
    fix: 'zet een cel met een " erin helemaal tussen aanhalingstekens en schrijf elke " in de cel dubbel',
  }));
  return { rows: parsed.data, problems };
}

export async function parseXlsx(bytes: Uint8Array): Promise<Sheet> {
  try {
    const sheets = await readXlsxFile(new Uint8Array(bytes).buffer);
    return { rows: (sheets[0]?.data ?? []) as Cell[][], problems: [] };
  } catch (e) {
    return {
      rows: [],
      problems: [
        { row: 1, message: `het bestand is geen leesbaar xlsx-bestand (${(e as Error).message})`, fix: 'sla het in Excel op als "Excel-werkmap (.xlsx)"' },
      ],
    };
  }
}

export const parseSheet = (format: Format, bytes: Uint8Array): Promise<Sheet> | Sheet => (format === 'csv' ? parseCsv(bytes) : parseXlsx(bytes));

/** A template sheet: a title, the header and example row, and the explanation of each column. */
export type TemplateSheets = { name: string; header: string[]; example: string[]; explanation: string[][] };

export async function templateXlsx(t: TemplateSheets): Promise<Uint8Array> {
  const bold = (value: string) => ({ value, fontWeight: 'bold' as const });
  const data: SheetData = [t.header.map(bold), t.example.map((value) => ({ value, type: String }))];
  const [head, ...lines] = t.explanation;
  const explanation: SheetData = [head.map(bold), ...lines.map((line) => line.map((value) => ({ value, wrap: true, alignVertical: 'top' as const })))];
  // Wide enough for the header and the example, so the example can be read without widening.
  const widths = t.header.map((h, i) => ({ width: Math.min(48, Math.max(14, h.length, t.example[i]?.length ?? 0) + 2) }));
  const blob = await writeXlsxFile([
    { data, sheet: t.name, columns: widths, stickyRowsCount: 1 },
    { data: explanation, sheet: 'Uitleg', columns: [{ width: 18 }, { width: 10 }, { width: 60 }, { width: 60 }, { width: 16 }], stickyRowsCount: 1 },
  ]).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

/** With a BOM and `;`, so Dutch Excel opens it with the accents and the columns right. */
export function templateCsv(t: TemplateSheets): Uint8Array {
  return new TextEncoder().encode(`\uFEFF${Papa.unparse([t.header, t.example], { delimiter: ';', newline: '\r\n' })}\r\n`);
}
