// Checks all content without building the site: the field definitions of contentlayer.config.ts,
// then the same cross-document rules as the build (validate.ts). Every problem at once, with lines.
import fs from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { closest } from '../closest';
import { lineInFile, lineOf } from './lines';
import { synonymProblems } from '../search/synonyms';
import { validateContent, type ContentSet, type Problem } from './validate';

type FieldDef = { type: string; required?: boolean; default?: unknown; of?: unknown; options?: string[] };
export type TypeDef = {
  name: string;
  filePathPattern: string;
  fields: Record<string, FieldDef>;
  computedFields?: Record<string, { resolve: (doc: never) => unknown }>;
};

export const COLLECTION: Record<string, keyof ContentSet> = {
  Theme: 'allThemes',
  News: 'allNews',
  Publication: 'allPublications',
  Agenda: 'allAgendas',
  Municipality: 'allMunicipalities',
  Region: 'allRegions',
  Intervention: 'allInterventions',
  Event: 'allEvents',
  PodcastEpisode: 'allPodcastEpisodes',
  Page: 'allPages',
};

const TYPE_WORDS: Record<string, string> = { string: 'tekst', number: 'getal', boolean: 'true of false', list: 'lijst', nested: 'groep velden', json: 'gegevens' };

function typeOk(def: FieldDef, value: unknown): boolean {
  switch (def.type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'list':
      return Array.isArray(value);
    case 'nested':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    default:
      return true;
  }
}

/** contentlayer's filePathPattern as a test: `*` is one path segment, `**` any number of them. */
export function patternTest(pattern: string): (rel: string) => boolean {
  const source = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*\*\//g, '\u0000')
    .replace(/\*/g, '[^/]*')
    .replace(/\u0000/g, '(?:.*/)?');
  const re = new RegExp(`^${source}$`);
  return (rel) => re.test(rel.split(path.sep).join('/'));
}

/** The collections of the content build's documents by type name, as the rules across documents take them. */
export function contentSetOf(byType: Record<string, unknown[] | undefined>): ContentSet {
  return Object.fromEntries(Object.entries(COLLECTION).map(([type, key]) => [key, byType[type] ?? []])) as ContentSet;
}

/**
 * What the content build checks after contentlayer's own field checks (contentlayer.config.ts
 * onSuccess, and npm run publiceer, which builds in memory): the rules across documents, with the
 * line of each field, and the synonym list.
 */
export function buildProblems(data: ContentSet, contentDir: string): Problem[] {
  return [...validateContent(data, contentDir).map((p) => ({ ...p, line: lineInFile(p.file, p.field) })), ...synonymProblems(contentDir)];
}

/** A field rule broken by one document, before any rule across documents. */
export type FieldProblem = { field: string; message: string; fix: string; kind: 'required' | 'type' | 'unknown' };

/**
 * The field definitions of contentlayer.config.ts applied to one document's fields: required
 * fields present, values of the right type, no unknown fields. Fills in defaults (as contentlayer
 * does) and returns the fields ready for the rules across documents.
 */
export function checkFields(type: TypeDef, fields: Record<string, unknown>): { data: Record<string, unknown>; problems: FieldProblem[] } {
  const data = { ...fields };
  const problems: FieldProblem[] = [];
  const known = Object.keys(type.fields);
  for (const [name, def] of Object.entries(type.fields)) {
    const value = data[name];
    if (value === undefined || value === null) {
      if (def.required) problems.push({ kind: 'required', field: name, message: 'verplicht veld ontbreekt', fix: `voeg een regel "${name}: …" toe (${TYPE_WORDS[def.type] ?? def.type})` });
      else if (def.default !== undefined) data[name] = def.default;
      continue;
    }
    if (!typeOk(def, value)) {
      problems.push({ kind: 'type', field: name, message: `hoort ${TYPE_WORDS[def.type] ?? def.type} te zijn`, fix: def.type === 'string' ? 'zet de waarde tussen aanhalingstekens' : `schrijf een ${TYPE_WORDS[def.type]}` });
      continue;
    }
    // A group of fields (registration) or a list of them (sessions) has field rules of its own, as in the build.
    const nested = (def.of as { type?: string; def?: () => Omit<TypeDef, 'filePathPattern'> } | undefined)?.def?.();
    if (!nested) continue;
    const inner = (item: unknown, at: string) => {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        problems.push({ kind: 'type', field: at, message: `hoort ${TYPE_WORDS.nested} te zijn`, fix: `schrijf de velden van ${name} onder elkaar, ingesprongen` });
        return item;
      }
      const checked = checkFields({ ...nested, filePathPattern: '' }, item as Record<string, unknown>);
      problems.push(...checked.problems.map((p) => ({ ...p, field: `${at}.${p.field}` })));
      return checked.data;
    };
    data[name] = def.type === 'list' ? (value as unknown[]).map((item, i) => inner(item, `${name}.${i}`)) : inner(value, name);
  }
  for (const name of Object.keys(data)) {
    if (known.includes(name)) continue;
    const guess = closest(name, known);
    problems.push({ kind: 'unknown', field: name, message: 'onbekend veld', fix: `${guess ? `bedoel je "${guess}"? ` : ''}Toegestane velden: ${known.join(', ')}` });
  }
  return { data, problems };
}

/** A document as contentlayer would generate it: the fields, the body and the computed fields. */
export function toDocument(type: TypeDef, data: Record<string, unknown>, rel: string, body: string): { doc: Record<string, unknown>; problems: FieldProblem[] } {
  const parsed = path.parse(rel);
  const doc: Record<string, unknown> = {
    ...data,
    type: type.name,
    body: { raw: body, html: '' },
    _raw: { sourceFilePath: rel, sourceFileName: parsed.base, sourceFileDir: parsed.dir, flattenedPath: path.join(parsed.dir, parsed.name).replace(/\\/g, '/'), contentType: 'markdown' },
  };
  const problems: FieldProblem[] = [];
  for (const [name, computed] of Object.entries(type.computedFields ?? {})) {
    try {
      doc[name] = computed.resolve(doc as never);
    } catch (e) {
      problems.push({ kind: 'type', field: name, message: `kon niet worden berekend: ${(e as Error).message}`, fix: '' });
    }
  }
  return { doc, problems };
}

export const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/**
 * One Markdown file as the document contentlayer would generate (without its html), and what is
 * wrong with it on its own, each problem with its line. No document when the front matter cannot be read.
 */
export function readDocument(type: TypeDef, rel: string, text: string): { doc?: Record<string, unknown>; problems: Omit<Problem, 'file'>[] } {
  const problems: Omit<Problem, 'file'>[] = [];
  const fm = FRONT_MATTER.exec(text);
  if (!fm) {
    problems.push({ line: 1, field: 'front matter', message: 'het bestand begint niet met velden tussen twee regels ---', fix: 'zet bovenaan --- , daaronder de velden en dan weer ---' });
    return { problems };
  }
  const counter = new LineCounter();
  const yaml = parseDocument(fm[1], { lineCounter: counter });
  if (yaml.errors.length) {
    for (const e of yaml.errors) {
      problems.push({
        line: counter.linePos(e.pos[0]).line + 1,
        field: 'front matter',
        message: `de velden zijn geen geldige YAML (${e.code})`,
        fix: 'zet tekst met een dubbele punt of een # tussen aanhalingstekens en controleer het inspringen',
      });
    }
    return { problems };
  }
  const fields = checkFields(type, (yaml.toJS() ?? {}) as Record<string, unknown>);
  const { doc, problems: computed } = toDocument(type, fields.data, rel, text.slice(fm[0].length));
  for (const p of [...fields.problems, ...computed]) {
    const line = p.kind === 'required' ? 2 : computed.includes(p) ? 1 : lineOf(text, p.field);
    problems.push({ line, field: p.field, message: p.message, ...(p.fix ? { fix: p.fix } : {}) });
  }
  return { doc, problems };
}

/** Every Markdown file below contentDir as a document, and what is wrong with each on its own. */
export function readContent(contentDir: string, types: TypeDef[]): { set: ContentSet; problems: Problem[]; texts: Map<string, string> } {
  const problems: Problem[] = [];
  const texts = new Map<string, string>();
  const label = (rel: string) => path.join(path.relative(process.cwd(), contentDir) || '.', rel);
  const set = Object.fromEntries(Object.values(COLLECTION).map((k) => [k, []])) as unknown as ContentSet;
  const matchers = types.map((t) => ({ type: t, test: patternTest(t.filePathPattern) }));

  for (const entry of fs.readdirSync(contentDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
    const full = path.join(entry.parentPath, entry.name);
    const rel = path.relative(contentDir, full);
    const type = matchers.find((m) => m.test(rel))?.type;
    if (!type) {
      if (rel !== 'README.md' && !rel.startsWith(`data${path.sep}`)) {
        problems.push({ file: label(rel), line: 1, field: 'map', message: 'dit bestand hoort bij geen inhoudssoort', fix: `zet het direct in een van de mappen: ${types.map((t) => t.filePathPattern.split('/')[0]).join(', ')}` });
      }
      continue;
    }
    const text = fs.readFileSync(full, 'utf8');
    texts.set(rel, text);
    const read = readDocument(type, rel, text);
    problems.push(...read.problems.map((p) => ({ file: label(rel), ...p })));
    if (read.doc) set[COLLECTION[type.name]].push(read.doc as never);
  }
  return { set, problems, texts };
}

/** Reads and checks every Markdown file below contentDir. */
export function checkContent(contentDir: string, types: TypeDef[]): Problem[] {
  const { set, problems } = readContent(contentDir, types);
  problems.push(...synonymProblems(contentDir));
  const contentLabel = path.relative(process.cwd(), contentDir) || '.';
  for (const p of validateContent(set, contentLabel)) {
    const text = fs.existsSync(p.file) ? fs.readFileSync(p.file, 'utf8') : '';
    problems.push({ ...p, line: text ? lineOf(text, p.field) : undefined });
  }
  return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}
