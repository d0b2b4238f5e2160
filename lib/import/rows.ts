// Spreadsheet rows → content documents, pure. A cell becomes the value of its contentlayer field;
// what a value may be is decided afterwards by the content rules (rules.ts). This module only
// knows how editors write things in a spreadsheet: names instead of slugs, "ja" for true,
// Dutch dates, several values in one cell.
import { slugify } from '../content/scaffold';
import type { ContentSet } from '../content/validate';
import { findMunicipality, normalizeName, type FinderResult } from '../municipalities/finder';
import { finderIndex } from '../municipalities/register';
import { closest } from '../closest';
import { EXAMPLE_PLACE, KIND_DEFINITIONS, type Column, type ImportKind, type ImportVocabulary, type KindDefinition } from './columns';

/** A cell as the file formats give it: text from CSV, also numbers, booleans and dates from xlsx. */
export type Cell = string | number | boolean | Date | null | undefined;

/** `row` is the spreadsheet row number (the header is row 1); no column means the whole row. */
export type ImportProblem = { row: number; column?: string; message: string; fix?: string };

export type ImportedDocument = { row: number; slug: string; rel: string; data: Record<string, unknown> };

export type RowsResult = { documents: ImportedDocument[]; problems: ImportProblem[]; skipped: { row: number; reason: string }[] };

const text = (cell: Cell): string => {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return isoDay(cell);
  return String(cell).trim();
};

/** Excel stores a date without a time zone; read-excel-file hands it over as midnight UTC. */
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

const yesNo: Record<string, boolean> = {
  ja: true,
  j: true,
  x: true,
  true: true,
  waar: true,
  '1': true,
  nee: false,
  n: false,
  false: false,
  onwaar: false,
  '0': false,
};

/** Dutch Excel writes dates in CSV as 15-1-2027 or 15/01/2027. */
function day(cell: Cell): string | undefined {
  if (cell instanceof Date) return isoDay(cell);
  const v = text(cell);
  if (!v) return undefined;
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(v);
  return dutch ? `${dutch[3]}-${dutch[2].padStart(2, '0')}-${dutch[1].padStart(2, '0')}` : v;
}

const list = (cell: Cell): string[] =>
  text(cell)
    .split(/[;,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

const quoteList = (names: string[]) => names.map((n) => `"${n}"`).join(' of ');

export type ImportContext = { existing: ContentSet; vocabulary: ImportVocabulary };

export function vocabularyOf(existing: ContentSet): ImportVocabulary {
  const byTitle = <T extends { title: string }>(a: T, b: T) => a.title.localeCompare(b.title, 'nl');
  return {
    themes: existing.allThemes.map((t) => ({ slug: t.slug, title: String(t.title) })).sort(byTitle),
    municipalities: existing.allMunicipalities.map((m) => ({ slug: m.slug, title: String(m.title) })).sort(byTitle),
  };
}

type CellResult = { value?: unknown; problem?: Omit<ImportProblem, 'row' | 'column'> };

/** "bedoel je …?" from the finder, or nothing when it has no guess. */
function guessFrom(result: FinderResult, name: (code: string, fallback: string) => string): string | undefined {
  if (result.status === 'found') return `bedoel je "${name(result.municipality.code, result.municipality.name)}"?`;
  if (result.status === 'choose') return `bedoel je ${quoteList(result.candidates.map((c) => name(c.municipality.code, c.municipality.name)))}?`;
  return undefined;
}

/** "Bergen": exactly the name of more than one municipality, not a typo. */
const isSharedName = (value: string, result: FinderResult) =>
  result.status === 'choose' && result.candidates.every((c) => normalizeName(c.matched.label) === normalizeName(value));

const exampleFix = 'dit is de plaatsnaam van de voorbeeldrij uit het sjabloon: vul een echte gemeente in, of verwijder de rij';

/** The GKA municipality an intervention belongs to: a name (or slug) of a municipality with a page. */
function interventionMunicipality(value: string, ctx: ImportContext): CellResult {
  if (!value) return {};
  const pages = ctx.existing.allMunicipalities;
  if (pages.some((m) => m.slug === value)) return { value };
  const pageOf = (code: string) => pages.find((m) => m.cbsCode === code);
  const result = findMunicipality(finderIndex, value);
  if (result.status === 'found' && result.exact) {
    const page = pageOf(result.municipality.code);
    if (page) return { value: page.slug };
    return {
      problem: {
        message: `${result.municipality.name} is geen GKA-gemeente op de site`,
        fix: 'importeer eerst de gemeente (npm run import -- gemeenten BESTAND), of kies een gemeente die al een pagina heeft',
      },
    };
  }
  const guess = guessFrom(result, (code, name) => String(pageOf(code)?.title ?? name));
  if (value === EXAMPLE_PLACE) return { problem: { message: `onbekende gemeente "${value}"`, fix: exampleFix } };
  if (isSharedName(value, result)) return { problem: { message: `"${value}" is de naam van meer dan één gemeente (${guess})` } };
  if (guess) return { problem: { message: `onbekende gemeente "${value}" (${guess})` } };
  return {
    problem: { message: `onbekende gemeente "${value}"`, fix: `kies een GKA-gemeente: ${ctx.vocabulary.municipalities.map((m) => m.title).join(', ')}` },
  };
}

/** The municipality a page is for: any CBS name or known other name, never a former one. */
function pageMunicipality(value: string): CellResult {
  if (!value) return {};
  const result = findMunicipality(finderIndex, value);
  if (result.status === 'found' && result.exact && result.matched.kind !== 'former') {
    // The name as the register spells it ("sudwest fryslan" → "Súdwest-Fryslân").
    return { value: { title: result.matched.label, cbsCode: result.municipality.code } };
  }
  if (result.status === 'found' && result.exact) {
    return { problem: { message: `"${value}" is sinds ${result.matched.since} geen gemeente meer (bedoel je "${result.municipality.name}"?)` } };
  }
  if (value === EXAMPLE_PLACE) return { problem: { message: `onbekende gemeente "${value}"`, fix: exampleFix } };
  const guess = guessFrom(result, (_, name) => name);
  if (isSharedName(value, result)) {
    return { problem: { message: `"${value}" is de naam van meer dan één gemeente (${guess})` } };
  }
  if (guess) return { problem: { message: `onbekende gemeente "${value}" (${guess})` } };
  return { problem: { message: `onbekende gemeente "${value}"`, fix: 'schrijf de naam zoals in de CBS-lijst (data/gemeenten-2025.json)' } };
}

/** Theme slugs; a theme's name works too. Anything else is passed on for the theme rule to report. */
function themeSlugs(cell: Cell, ctx: ImportContext): string[] {
  return list(cell).map((v) => ctx.vocabulary.themes.find((t) => t.slug === v.toLowerCase() || normalizeName(t.title) === normalizeName(v))?.slug ?? v);
}

function readCell(column: Column, cell: Cell, ctx: ImportContext): CellResult {
  const v = text(cell);
  switch (column.cell) {
    case 'text':
      return { value: v || undefined };
    case 'slug':
      // The slug rule looks at the file name only: a path must not get that far.
      if (/[/\\]|^\.+$/.test(v))
        return { problem: { message: `"${v}" is een pad, geen bestandsnaam`, fix: 'gebruik alleen kleine letters, cijfers en streepjes' } };
      return { value: v || undefined };
    case 'list':
      return { value: v ? list(cell) : undefined };
    case 'codes':
      return { value: list(cell).map((s) => s.toLowerCase()) };
    case 'theme':
      return { value: themeSlugs(cell, ctx) };
    case 'number':
      if (typeof cell === 'number') return { value: cell };
      return { value: v === '' ? undefined : /^\d+$/.test(v) ? Number(v) : v };
    case 'yesno':
      if (typeof cell === 'boolean') return { value: cell || undefined };
      if (v === '') return {};
      // A wrong word stays text, so the field rule reports it as "not true or false".
      return { value: v.toLowerCase() in yesNo ? yesNo[v.toLowerCase()] || undefined : v };
    case 'day':
      return { value: day(cell) };
    case 'municipality':
      return interventionMunicipality(v, ctx);
    case 'municipalityPage':
      return pageMunicipality(v);
  }
}

/** The header: every column known, none twice; missing columns are reported, not guessed. */
function readHeader(def: KindDefinition, header: Cell[]): { columns: (Column | null)[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const names = def.columns.map((c) => c.name);
  const seen = new Set<string>();
  const columns = header.map((cell) => {
    const name = text(cell);
    if (!name) return null;
    const column = def.columns.find((c) => normalizeName(c.name) === normalizeName(name));
    if (!column) {
      const guess = closest(normalizeName(name), names);
      problems.push({ row: 1, column: name, message: 'onbekende kolom', fix: `${guess ? `bedoel je '${guess}'? ` : ''}De kolommen zijn: ${names.join(', ')}` });
      return null;
    }
    if (seen.has(column.name)) problems.push({ row: 1, column: name, message: 'deze kolom staat er twee keer in', fix: 'laat er één staan' });
    seen.add(column.name);
    return column;
  });
  const missing = def.columns.filter((c) => !seen.has(c.name));
  if (missing.length > 0) {
    problems.push({
      row: 1,
      message: `${missing.length === 1 ? 'de kolom' : 'de kolommen'} ${missing.map((c) => `'${c.name}'`).join(', ')} ${missing.length === 1 ? 'ontbreekt' : 'ontbreken'}`,
      fix: 'begin met het sjabloon: npm run import -- sjabloon ' + def.kind + ' BESTAND.xlsx',
    });
  }
  return { columns, problems };
}

/** A column as Excel names it: A … Z, AA … */
function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

export const exampleRow = (def: KindDefinition) => def.columns.map((c) => c.example);

/** The slug (file name) of a row without one of its own: an existing page, or the scaffold's slug rule. */
function slugOf(def: KindDefinition, data: Record<string, unknown>, ctx: ImportContext): string {
  if (def.kind === 'gemeenten') {
    const page = ctx.existing.allMunicipalities.find((m) => m.cbsCode === data.cbsCode);
    return page?.slug ?? slugify(String(data.title ?? ''));
  }
  // Interventions with the same name run in several municipalities: the name of the place is part of it.
  const title = slugify(String(data.title ?? ''));
  const place = String(data.municipality ?? '');
  if (!title) return '';
  return !place || title.endsWith(place) ? title : slugify(`${title} ${place}`);
}

export function readRows(kind: ImportKind, rows: Cell[][], ctx: ImportContext): RowsResult {
  const def = KIND_DEFINITIONS[kind];
  const problems: ImportProblem[] = [];
  const skipped: RowsResult['skipped'] = [];
  const documents: ImportedDocument[] = [];
  if (rows.length === 0)
    return {
      documents,
      skipped,
      problems: [
        {
          row: 1,
          message: 'het bestand is leeg',
          fix: 'de eerste rij heeft de kolomnamen, elke volgende rij is één ' + (kind === 'gemeenten' ? 'gemeente' : 'interventie'),
        },
      ],
    };
  const header = readHeader(def, rows[0]);
  problems.push(...header.problems);
  if (header.problems.some((p) => !p.column)) return { documents, skipped, problems };
  const example = exampleRow(def).map(normalizeName);
  const byRel = new Map<string, ImportedDocument>();

  rows.slice(1).forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => text(c) === '')) return;
    cells.forEach((c, n) => {
      if (!header.columns[n] && text(c) !== '') {
        problems.push({
          row,
          column: columnLetter(n),
          message: 'deze cel staat in een kolom zonder naam',
          fix: 'zet de waarde in de goede kolom, of haal hem weg',
        });
      }
    });
    const byColumn = new Map(header.columns.map((c, n) => [c?.name, cells[n]]));
    if (def.columns.every((c, n) => normalizeName(text(byColumn.get(c.name))) === example[n])) {
      skipped.push({ row, reason: 'de voorbeeldrij van het sjabloon' });
      return;
    }
    const data: Record<string, unknown> = {};
    let explicitSlug: string | undefined;
    let unreadable = false;
    for (const column of def.columns) {
      const { value, problem } = readCell(column, byColumn.get(column.name), ctx);
      if (problem) problems.push({ row, column: column.name, ...problem });
      unreadable ||= Boolean(problem);
      if (value === undefined) continue;
      if (column.cell === 'municipalityPage') Object.assign(data, value);
      else if (column.field) data[column.field] = value;
      else explicitSlug = String(value);
    }
    // A row that is refused anyway and has no file name of its own is named after its row, so that
    // a name made from half its cells does not clash with another row.
    const slug = explicitSlug ?? ((!unreadable && slugOf(def, data, ctx)) || `rij-${row}`);
    const rel = `${def.folder}/${slug}.md`;
    // A municipality page is the page of its CBS code: never take over the page of another one.
    const taken = def.kind === 'gemeenten' && ctx.existing.allMunicipalities.find((m) => m.slug === slug && m.cbsCode !== data.cbsCode);
    if (taken) {
      problems.push({
        row,
        column: def.columns[0].name,
        message: `${rel} is de pagina van ${String(taken.title)} (${String(taken.cbsCode)})`,
        fix: 'geef een van beide gemeenten een andere bestandsnaam in content/gemeenten',
      });
      return;
    }
    const other = byRel.get(rel);
    if (other) {
      const slugColumn = def.columns.find((c) => c.cell === 'slug');
      problems.push({
        row,
        column: slugColumn && explicitSlug ? slugColumn.name : def.columns[0].name,
        message: `geeft hetzelfde bestand ${rel} als rij ${other.row}`,
        fix: slugColumn ? `geef een van beide rijen een eigen naam in kolom '${slugColumn.name}'` : 'één rij per gemeente',
      });
      return;
    }
    const doc = { row, slug, rel, data };
    byRel.set(rel, doc);
    documents.push(doc);
  });
  return { documents, problems, skipped };
}
