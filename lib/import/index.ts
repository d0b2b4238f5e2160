// The importer bound to files: reads the spreadsheet (a file for `npm run import`, the bytes of an
// upload for /beheer) and the content folder, runs the pure steps (rows → documents → content
// rules → plan), and then either writes all files or none (the CLI) or hands the plan back as a
// dry run (the browser, whose files go through the editor's review).
import fs from 'node:fs';
import path from 'node:path';
import { readContent, type TypeDef } from '../content/check';
import { allowedText, KIND_DEFINITIONS, type ImportKind } from './columns';
import { bodyOf, planFiles, type Action, type PlannedFile } from './markdown';
import { checkRules, requiredColumns } from './rules';
import { exampleRow, readRows, vocabularyOf, type Cell, type ImportProblem } from './rows';
import { formatOf, FORMATS, parseSheet, templateCsv, templateXlsx, type Format, type TemplateSheets } from './sheets';
import { readUpload, type UploadLimits } from './upload';
import { writeAll, type WriteFs } from './write';

export { IMPORT_KINDS, type ImportKind } from './columns';
export { UPLOAD_LIMITS, type UploadLimits } from './upload';
export { FORMATS, type Format } from './sheets';
export type { Action, PlannedFile } from './markdown';

export type ImportOptions = { contentDir: string; types: TypeDef[]; dryRun?: boolean; io?: WriteFs };

export type ImportReport = {
  /** One line per problem: `FILE:rij 7 — kolom 'gemeente': …`. Empty when the file is good. */
  problems: string[];
  files: PlannedFile[];
  skipped: { row: number; reason: string }[];
  /** Files of this kind that the spreadsheet does not mention: the import leaves them as they are. */
  untouched: string[];
  written: boolean;
};

export function formatImportProblem(file: string, p: ImportProblem): string {
  return `${file}:rij ${p.row} — ${p.column ? `kolom '${p.column}': ` : ''}${p.message}${p.fix ? ` — ${p.fix}` : ''}`;
}

const failed = (problems: string[]): ImportReport => ({ problems, files: [], skipped: [], untouched: [], written: false });

export type ContentOptions = Pick<ImportOptions, 'contentDir' | 'types'>;

/** What importing the rows would do, before anything is written. */
export type ImportPlan = {
  /** Problems in cells and rows (the header is row 1), by row and column. */
  problems: ImportProblem[];
  /** Rules of other files that the import would break, as `check:content` words them. */
  contentProblems: string[];
  /** Empty while there are problems. */
  files: PlannedFile[];
  skipped: { row: number; reason: string }[];
  /** Files of this kind that the rows do not mention: the import leaves them as they are. */
  untouched: string[];
};

/** Rows → the files an import would write, checked by the content rules. Reads the content folder, writes nothing. */
export function planImport(kind: ImportKind, sheetRows: Cell[][], options: ContentOptions): ImportPlan {
  const def = KIND_DEFINITIONS[kind];
  const contentLabel = path.relative(process.cwd(), options.contentDir) || '.';
  const { set: existing, texts } = readContent(options.contentDir, options.types);
  const vocabulary = vocabularyOf(existing);
  const rows = readRows(kind, sheetRows, { existing, vocabulary });
  const type = options.types.find((t) => t.name === def.type)!;
  const bodies = new Map(rows.documents.map((d) => [d.rel, bodyOf(texts.get(d.rel) ?? '')]));
  const rules = checkRules(kind, rows.documents, { type, existing, bodies, vocabulary, contentLabel });
  // A cell that could not be read is reported once, not again by the rule that misses its value.
  const unreadable = new Set(rows.problems.map((p) => `${p.row}\u0000${p.column}`));
  const order = (p: ImportProblem) => def.columns.findIndex((c) => c.name === p.column);
  const problems = [...rows.problems, ...rules.problems.filter((p) => !unreadable.has(`${p.row}\u0000${p.column}`))].sort(
    (a, b) => a.row - b.row || order(a) - order(b),
  );
  const contentProblems = rules.fileProblems.map((p) => p.message);
  if (problems.length > 0 || contentProblems.length > 0) return { problems, contentProblems, files: [], skipped: rows.skipped, untouched: [] };

  const files = planFiles(rows.documents, texts);
  const mentioned = new Set(files.map((f) => f.rel));
  const untouched = [...texts.keys()].filter((rel) => rel.startsWith(`${def.folder}/`) && !mentioned.has(rel)).sort();
  return { problems, contentProblems, files, skipped: rows.skipped, untouched };
}

/** `npm run import`: the file's problems as lines, or the planned files written all or nothing. */
export async function importFile(kind: ImportKind, file: string, options: ImportOptions): Promise<ImportReport> {
  const format = formatOf(file);
  if (!format) return failed([`${file}: kies een .xlsx- of .csv-bestand`]);
  if (!fs.existsSync(file)) return failed([`${file}: dit bestand bestaat niet`]);
  const sheet = await parseSheet(format, fs.readFileSync(file));
  if (sheet.problems.length > 0) return failed(sheet.problems.map((p) => formatImportProblem(file, p)));

  const plan = planImport(kind, sheet.rows, options);
  const lines = [...plan.problems.map((p) => formatImportProblem(file, p)), ...plan.contentProblems.map((m) => `${file}: door deze import: ${m}`)];
  if (lines.length > 0) return { ...failed(lines), skipped: plan.skipped };

  const changes = plan.files.filter((f) => f.action !== 'ongewijzigd');
  if (!options.dryRun && changes.length > 0) {
    try {
      writeAll(
        changes.map((f) => ({ path: path.join(options.contentDir, f.rel), text: f.text })),
        options.io,
      );
    } catch (e) {
      throw new Error(`Schrijven is mislukt (${(e as Error).message}). Er is niets veranderd: alle bestanden zijn zoals ze waren.`, { cause: e });
    }
  }
  return { problems: [], files: plan.files, skipped: plan.skipped, untouched: plan.untouched, written: !options.dryRun && changes.length > 0 };
}

/** A problem in the browser's dry run: in a cell (row and column), a row, or the file as a whole (no row). */
export type DryRunProblem = Omit<ImportProblem, 'row'> & { row?: number };

/** The dry run of an uploaded spreadsheet: what the import would do, for the editor to look at and propose. */
export type DryRun = Omit<ImportPlan, 'problems' | 'contentProblems'> & {
  /** Empty when the file can be imported. */
  problems: DryRunProblem[];
  /** Planned files per action. */
  counts: Record<Action, number>;
};

export type Upload = { kind: ImportKind; fileName: string; bytes: Uint8Array };

/**
 * The dry run of a spreadsheet uploaded in the browser: from its bytes, within the upload limits,
 * and without writing. The planned files carry their base revision; the editor proposes them
 * through the review.
 */
export async function dryRunUpload(upload: Upload, options: ContentOptions & { limits?: UploadLimits }): Promise<DryRun> {
  const sheet = await readUpload(upload.fileName, upload.bytes, options.limits);
  const plan: ImportPlan =
    sheet.problems.length > 0
      ? { problems: sheet.problems, contentProblems: [], files: [], skipped: [], untouched: [] }
      : planImport(upload.kind, sheet.rows, options);
  const counts = { nieuw: 0, gewijzigd: 0, ongewijzigd: 0 };
  for (const f of plan.files) counts[f.action]++;
  return {
    problems: [...plan.problems, ...plan.contentProblems.map((message) => ({ message: `door deze import: ${message}` }))],
    files: plan.files,
    skipped: plan.skipped,
    untouched: plan.untouched,
    counts,
  };
}

/** The template: header, example row and (in xlsx) a sheet that explains every column. */
export function templateSheets(kind: ImportKind, options: ContentOptions): TemplateSheets {
  const def = KIND_DEFINITIONS[kind];
  const type = options.types.find((t) => t.name === def.type)!;
  const existing = readContent(options.contentDir, options.types).set;
  const vocabulary = vocabularyOf(existing);
  const required = requiredColumns(kind, { type, existing, vocabulary, contentLabel: options.contentDir });
  const explanation = def.columns.map((c) => [
    c.name,
    required.has(c.name) ? 'ja' : 'nee',
    c.description,
    allowedText(c, vocabulary),
    c.field ?? '(bestandsnaam)',
  ]);
  return {
    name: kind === 'gemeenten' ? 'Gemeenten' : 'Interventies',
    header: def.columns.map((c) => c.name),
    example: exampleRow(def),
    explanation: [
      ['kolom', 'verplicht', 'wat erin hoort', 'toegestane waarden', 'veld in de Markdown'],
      ...explanation,
      [],
      [
        'Let op',
        '',
        `De rij met gemeente "${def.columns.find((c) => c.cell.startsWith('municipality'))?.example}" is het voorbeeld. De import slaat hem over zolang je hem niet verandert. Verwijder hem of vervang hem door een echte rij.`,
      ],
      [
        'Importeren',
        '',
        `In Beheer, onder Importeren: kies dit bestand en "${kind}". Je ziet eerst wat er zou veranderen; daarna gaat de import als wijziging ter controle. Op de opdrachtregel: npm run import -- ${kind} BESTAND.xlsx --dry-run.`,
      ],
      [
        'Eigen tekst',
        '',
        'De import schrijft alleen de velden bovenaan elk bestand. Tekst die je onder de velden schrijft, blijft bij een nieuwe import staan.',
      ],
    ],
  };
}

/** The template as the bytes of an .xlsx (with the explanation sheet) or a .csv (header and example row). */
export async function templateFile(kind: ImportKind, format: Format, options: ContentOptions): Promise<Uint8Array> {
  const sheets = templateSheets(kind, options);
  return format === 'csv' ? templateCsv(sheets) : templateXlsx(sheets);
}

export async function writeTemplate(kind: ImportKind, file: string, options: ContentOptions): Promise<string | null> {
  const format = formatOf(file);
  if (!format) return `${file}: kies een naam die eindigt op ${FORMATS.map((f) => `.${f}`).join(' of ')}`;
  if (fs.existsSync(file)) return `${file} bestaat al: kies een andere naam of haal het oude bestand weg`;
  fs.writeFileSync(file, await templateFile(kind, format, options), { flag: 'wx' });
  return null;
}
