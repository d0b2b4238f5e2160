// The content rules applied to imported rows: the same code as `npm run check:content` (the field
// definitions through checkFields, then validateContent across all documents), with each problem
// brought back to the row and column it came from. Pure: the existing content comes in as data.
import { checkFields, toDocument, type TypeDef } from '../content/check';
import { formatProblem, validateContent, type ContentSet } from '../content/validate';
import { REGISTER } from '../municipalities/register';
import { allowedText, EXAMPLE_PLACE, KIND_DEFINITIONS, type ImportKind, type ImportVocabulary } from './columns';
import { exampleRow, readRows, type ImportedDocument, type ImportProblem } from './rows';

const COLLECTION = { Intervention: 'allInterventions', Municipality: 'allMunicipalities' } as const;

/** A problem that is not about one row: one the import causes in a file it does not write. */
export type FileProblem = { file: string; message: string };

const REQUIRED = 'verplicht, maar leeg';

const CELL_WORDS: Partial<Record<string, string>> = { yesno: 'ja of nee', number: 'getal' };

/** The field a rule names, as the column an editor sees. */
function columnFor(kind: ImportKind, field: string): string | undefined {
  const def = KIND_DEFINITIONS[kind];
  const root = field.split('.')[0];
  const direct = def.columns.find((c) => c.field === root);
  if (direct) return direct.name;
  if (['bestandsnaam', 'slug', 'url'].includes(root)) return (def.columns.find((c) => c.cell === 'slug') ?? def.columns[0]).name;
  if (root === 'cbsCode' || root === 'province') return def.columns.find((c) => c.cell === 'municipalityPage')?.name;
  return undefined;
}

export function checkRules(
  kind: ImportKind,
  documents: ImportedDocument[],
  ctx: { type: TypeDef; existing: ContentSet; bodies: Map<string, string>; vocabulary: ImportVocabulary; contentLabel: string },
): { problems: ImportProblem[]; fileProblems: FileProblem[] } {
  const def = KIND_DEFINITIONS[kind];
  const problems: ImportProblem[] = [];
  const byRel = new Map(documents.map((d) => [d.rel, d]));
  const imported: Record<string, unknown>[] = [];
  for (const d of documents) {
    const fields = checkFields(ctx.type, d.data);
    const built = toDocument(ctx.type, fields.data, d.rel, ctx.bodies.get(d.rel) ?? '');
    for (const p of [...fields.problems, ...built.problems]) {
      const column = columnFor(kind, p.field);
      const col = def.columns.find((c) => c.name === column);
      const allowed = col && allowedText(col, ctx.vocabulary);
      if (p.kind === 'required')
        problems.push({ row: d.row, column, message: REQUIRED, fix: `vul de cel in${allowed && allowed !== 'tekst' ? `: ${allowed}` : ''}` });
      else if (p.kind === 'type' && col)
        problems.push({
          row: d.row,
          column,
          message: `"${String(d.data[p.field])}" is geen ${CELL_WORDS[col.cell] ?? 'geldige waarde'}`,
          fix: `schrijf ${allowed}`,
        });
      else problems.push({ row: d.row, column, message: p.message, ...(p.fix ? { fix: p.fix } : {}) });
    }
    imported.push(built.doc);
  }

  const fieldProblems = problems.length;
  const collection = COLLECTION[def.type];
  const set = { ...ctx.existing, [collection]: [...ctx.existing[collection].filter((d) => !byRel.has(d._raw.sourceFilePath)), ...imported] } as ContentSet;
  // Problems the content already had are check:content's business; new ones the import causes.
  const before = new Set(validateContent(ctx.existing, ctx.contentLabel).map(formatProblem));
  const fileProblems: FileProblem[] = [];
  for (const p of validateContent(set, ctx.contentLabel)) {
    const rel = p.file.slice(ctx.contentLabel.length + 1);
    const doc = byRel.get(rel);
    if (doc) {
      const column = columnFor(kind, p.field);
      const col = def.columns.find((c) => c.name === column);
      // The rule's advice is about writing YAML; a date cell has its own notations.
      const fix = col?.cell === 'day' ? `schrijf ${allowedText(col, ctx.vocabulary)}` : p.fix;
      problems.push({ row: doc.row, column, message: p.message, ...(fix ? { fix } : {}) });
    } else if (!before.has(formatProblem(p))) fileProblems.push({ file: p.file, message: formatProblem(p) });
  }
  // One line for an empty or mistyped cell, whatever else misses its value (an empty municipality has no CBS code either).
  const empty = new Set(problems.slice(0, fieldProblems).map((p) => `${p.row}\u0000${p.column}`));
  const seen = new Set<string>();
  const unique = problems.filter((p, i) => {
    const cell = `${p.row}\u0000${p.column}`;
    const key = `${cell}\u0000${p.message}`;
    if (seen.has(key) || (i >= fieldProblems && empty.has(cell))) return false;
    seen.add(key);
    return true;
  });
  return { problems: unique, fileProblems };
}

/**
 * The columns an editor must fill, as the rules say (not a second list of them): the example row,
 * placed in a real municipality, with one cell emptied at a time.
 */
export function requiredColumns(
  kind: ImportKind,
  ctx: { type: TypeDef; existing: ContentSet; vocabulary: ImportVocabulary; contentLabel: string },
): Set<string> {
  const def = KIND_DEFINITIONS[kind];
  const pages = new Set(ctx.existing.allMunicipalities.map((m) => m.cbsCode));
  const place = kind === 'gemeenten' ? REGISTER.find((m) => !pages.has(m.code))?.name : ctx.vocabulary.municipalities[0]?.title;
  const example = exampleRow(def).map((v) => (v === EXAMPLE_PLACE ? (place ?? v) : v));
  const header = def.columns.map((c) => c.name);
  const required = new Set<string>();
  def.columns.forEach((column, n) => {
    const rows = readRows(kind, [header, example.map((v, i) => (i === n ? '' : v))], ctx);
    const rules = checkRules(kind, rows.documents, { ...ctx, bodies: new Map() });
    if ([...rows.problems, ...rules.problems].some((p) => p.column === column.name)) required.add(column.name);
  });
  return required;
}
