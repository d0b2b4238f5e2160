// Every save of a draft is checked with the rules of `npm run check:content` and the build: the
// model's field rules, then the rules across documents on the content folder with the draft in it.
// The problems come back per field of the draft, in Dutch, for the form to show beside each field.
import fs from 'node:fs';
import path from 'node:path';
import { checkFields, COLLECTION, readDocument, toDocument, type FieldProblem } from '../content/check';
import { withoutPublishingImages } from '../content/images';
import { formatProblem, validateContent, type ContentSet, type Problem } from '../content/validate';
import { isReservedPagePath } from '../urls';
import { fromForm, type FormValues } from './form-values';
import { MarkdownError, newMarkdown, parseMarkdown, updateMarkdown } from './markdown';
import { editorKinds, fieldAt, kindOfPath, type EditorKind } from './model';

/** One thing wrong with a draft: `field` is the form field's name (`slug` for the path, `body` for the text). */
export type EditorProblem = { field: string; message: string; fix: string };

/** Files of a draft: content-relative path → the whole Markdown text, or null for a deletion. */
export type Changes = ReadonlyMap<string, string | null>;

export const MAX_BODY_BYTES = 1024 * 1024;
// Generous for any front matter, small enough that a pasted novel in a field is refused before it is parsed.
export const MAX_FRONT_MATTER_BYTES = 64 * 1024;

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
// Names Windows cannot create a file with: a clone of the content repository there would break.
const DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;
/** Pages that are not generic documents: interventies/bundel is the bundle's download page. */
const RESERVED: Record<string, string[]> = { interventies: ['bundel'] };

/** The path of a document: `<folder>/<slug>.md`, for pages `paginas/<sub>/<slug>.md`. */
export const pathFor = (kind: EditorKind, slug: string) => `${kind.folder}/${slug}.md`;

/** What is wrong with a content-relative path for a document, all under the field `slug`. */
export function pathProblems(rel: string): EditorProblem[] {
  const problem = (message: string, fix = 'gebruik alleen kleine letters, cijfers en streepjes, zonder accenten, bijvoorbeeld "nieuwe-regeling-2027"') => [
    { field: 'slug', message, fix },
  ];
  if (rel.includes('\0') || rel.includes('\\') || rel.startsWith('/')) return problem('het adres bevat tekens die niet in een bestandsnaam mogen');
  if (rel.split('/').some((part) => part === '..' || part === '.' || part === '')) return problem('het adres mag geen .. of lege delen bevatten');
  const kind = kindOfPath(rel);
  if (!kind || !rel.endsWith('.md'))
    return problem(
      'dit is geen pad van een document',
      `kies een soort: ${editorKinds()
        .map((k) => k.folder)
        .join(', ')}`,
    );
  const parts = rel.slice(kind.folder.length + 1, -'.md'.length).split('/');
  if (parts.length > 1 && !kind.subfolders) return problem('een / hoort niet in de naam', 'gebruik een streepje in plaats van /');
  for (const part of parts) {
    if (!SLUG.test(part)) return problem(`"${part}" is geen geldige naam voor een adres`);
    if (part.length > 100) return problem('de naam is langer dan 100 tekens', 'kies een kortere naam');
    if (DEVICE.test(part)) return problem(`"${part}" kan niet als naam worden gebruikt`, 'kies een andere naam');
  }
  if (RESERVED[kind.folder]?.includes(parts.join('/'))) return problem(`"${parts.join('/')}" is al een vaste pagina van de site`, 'kies een andere naam');
  if (kind.type === 'Page' && isReservedPagePath(parts.join('/')))
    return problem('dit adres hoort bij een vaste sectie van de site', 'kies een andere map of naam');
  return [];
}

/** What is wrong with the size of a file, before anything reads it. */
function sizeProblems(text: string): EditorProblem[] {
  const bytes = Buffer.byteLength(text);
  if (bytes <= MAX_BODY_BYTES) return [];
  const fm = /^---\r?\n[\s\S]*?\r?\n---/.exec(text.slice(0, MAX_FRONT_MATTER_BYTES + 16));
  const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
  if (!fm)
    return [
      {
        field: 'body',
        message: `het bestand is te groot (${megabytes(bytes)})`,
        fix: 'een document is hoogstens 1 MB tekst; zet grote stukken in een apart document of een PDF',
      },
    ];
  if (bytes - fm[0].length > MAX_BODY_BYTES)
    return [
      {
        field: 'body',
        message: `de tekst is te lang (${megabytes(bytes - fm[0].length)}; hoogstens 1 MB)`,
        fix: 'maak de tekst korter, of zet een lang stuk in een PDF en verwijs ernaar',
      },
    ];
  return [];
}

type Cached = { stamp: string; type: string; doc?: Record<string, unknown> };

/**
 * The content folder's documents, read once and then again only for files whose size or time
 * changed: a save reads one file, not the whole folder.
 */
class ContentCache {
  private files = new Map<string, Cached>();
  /** The rules across documents on the folder as it is, kept until a file changes. */
  private problems?: Set<string>;
  constructor(private readonly dir: string) {}

  /** What the folder as it is already breaks (formatted), so a draft is only told what it breaks itself. */
  folderProblems(set: () => ContentSet): Set<string> {
    return (this.problems ??= new Set(validateContent(set(), LABEL).map(formatProblem)));
  }

  documents(kinds: EditorKind[]): Map<string, Cached> {
    const seen = new Set<string>();
    for (const entry of fs.readdirSync(this.dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
      const rel = path.relative(this.dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
      const kind = kindOfPath(rel);
      if (!kind || pathShape(rel, kind)) continue;
      seen.add(rel);
      const stat = fs.statSync(path.join(this.dir, rel));
      const stamp = `${stat.size}:${stat.mtimeMs}`;
      if (this.files.get(rel)?.stamp === stamp) continue;
      this.problems = undefined;
      const def = kinds.find((k) => k.type === kind.type)!.def;
      this.files.set(rel, { stamp, type: kind.type, doc: readDocument(def, rel, fs.readFileSync(path.join(this.dir, rel), 'utf8')).doc });
    }
    for (const rel of this.files.keys()) {
      if (seen.has(rel)) continue;
      this.files.delete(rel);
      this.problems = undefined;
    }
    return this.files;
  }
}

/** Files the build takes as documents: in their kind's folder, in a subfolder only for pages. */
const pathShape = (rel: string, kind: EditorKind) => !kind.subfolders && rel.split('/').length !== 2;

const caches = new Map<string, ContentCache>();
const cacheOf = (dir: string) => caches.get(dir) ?? caches.set(dir, new ContentCache(dir)).get(dir)!;

const LABEL = 'inhoud';

const emptySet = () => Object.fromEntries(Object.values(COLLECTION).map((k) => [k, []])) as unknown as ContentSet;
const defaultDir = () => path.resolve(process.env.CONTENT_DIR ?? 'content');

/** The content folder's documents as they are now (from the same cache), e.g. for the form's choices. */
export function folderContent(contentDir = defaultDir()): ContentSet {
  const set = emptySet();
  const docs = withoutPublishingImages(() => cacheOf(contentDir).documents(editorKinds()));
  for (const file of docs.values()) if (file.doc) set[COLLECTION[file.type]].push(file.doc as never);
  return set;
}

/**
 * The problems of a draft, per changed file: its path, its fields by the model's rules, and the
 * rules across documents on the content folder with the changes in it. A change that breaks
 * another document (a theme removed that others use) is a problem of the change, naming that document.
 */
export function checkDraft(changes: Changes, contentDir = defaultDir()): Map<string, EditorProblem[]> {
  const kinds = editorKinds();
  const result = new Map<string, EditorProblem[]>([...changes.keys()].map((rel) => [rel, pathProblems(rel)]));
  const ownDocs = new Map<string, Record<string, unknown>>();

  return withoutPublishingImages(() => {
    for (const [rel, text] of changes) {
      const problems = result.get(rel)!;
      if (problems.length || text === null) continue;
      const kind = kinds.find((k) => k.type === kindOfPath(rel)!.type)!;
      problems.push(...sizeProblems(text));
      if (problems.length) continue;
      const read = readOwn(kind, rel, text);
      problems.push(...read.problems);
      if (read.doc) ownDocs.set(rel, read.doc);
    }

    const cache = cacheOf(contentDir);
    const cached = cache.documents(kinds);
    const setWith = (overlay: boolean) => {
      const set = emptySet();
      for (const [rel, file] of cached) if (!(overlay && changes.has(rel)) && file.doc) set[COLLECTION[file.type]].push(file.doc as never);
      if (overlay) for (const doc of ownDocs.values()) set[COLLECTION[doc.type as string]].push(doc as never);
      return set;
    };
    const fileOf = (p: Problem) => p.file.slice(LABEL.length + 1);
    const after = validateContent(setWith(true), LABEL);
    const before = cache.folderProblems(() => setWith(false));
    for (const p of after) {
      const own = result.get(fileOf(p));
      if (own) {
        const kind = kindOfPath(fileOf(p))!;
        const field = formField(kind, p.field);
        // Already said by the field rules (a required field that is missing): not again, in other words.
        if (own.some((o) => o.field === field)) continue;
        own.push({ field, message: p.message, fix: p.fix ?? '' });
      } else if (!before.has(formatProblem(p))) {
        // Broken by this change, in another document: the change must not go through like this.
        for (const problems of result.values())
          problems.push({
            field: '(document)',
            message: `${fileOf(p)}: ${p.field}: ${p.message}`,
            fix: 'pas eerst dat document aan, of laat deze wijziging anders',
          });
      }
    }
    return result;
  });
}

/** The draft's own fields by the model's rules, with what a form can do about each. */
function readOwn(kind: EditorKind, rel: string, text: string): { doc?: Record<string, unknown>; problems: EditorProblem[] } {
  let file;
  try {
    file = parseMarkdown(text);
  } catch (e) {
    if (!(e instanceof MarkdownError)) throw e;
    return {
      problems: [
        { field: '(document)', message: e.message, fix: 'zet tekst met een dubbele punt of een # tussen aanhalingstekens en controleer het inspringen' },
      ],
    };
  }
  const fields = checkFields(kind.def, file.data);
  const { doc, problems: computed } = toDocument(kind.def, fields.data, rel, file.body);
  // A computed field (the address from the date) fails when a field it needs is missing: that
  // field's own problem says what to do, once.
  const missing = fields.problems.some((p) => p.kind === 'required');
  return { doc, problems: [...fields.problems, ...(missing ? [] : computed)].map((p) => fieldProblem(kind, p)) };
}

function fieldProblem(kind: EditorKind, p: FieldProblem): EditorProblem {
  const field = formField(kind, p.field);
  if (p.kind === 'required') return { field, message: 'dit veld is verplicht', fix: `vul ${fieldAt(kind, field)?.label.toLowerCase() ?? p.field} in` };
  if (p.kind === 'type') return { field, message: p.message, fix: fieldAt(kind, field)?.kind === 'number' ? 'schrijf alleen cijfers, bijvoorbeeld 12' : p.fix };
  // A field the file has but the model does not know: only an edit of the file itself can remove it.
  return { field: '(document)', message: `het bestand heeft een onbekend veld "${p.field}"`, fix: p.fix };
}

// Computed fields and rules about the file name point back at the field they come from.
const SOURCE: Record<string, string> = { bestandsnaam: 'slug', url: 'slug', path: 'slug', images: 'body', contactPhoto: 'photo', downloads: 'files' };
const IN_ITEM: Record<string, string> = { bytes: 'file', href: 'file' };

/** The form field a checker's field path belongs to: `themes.0` → `themes`, `downloads.1.bytes` → `files.1.file`. */
export function formField(kind: EditorKind, field: string): string {
  const parts = field.split('.');
  const top = SOURCE[parts[0]] ?? parts[0];
  const rest = parts.slice(1).map((p) => IN_ITEM[p] ?? p);
  if (top === 'body' || top === 'slug') return top;
  const f = fieldAt(kind, top);
  // A list of texts is one form field; a list of groups has a form field per item and field.
  if (f?.kind === 'list') return top;
  return [top, ...rest].join('.');
}

/**
 * A posted form as the file it would save, with everything wrong with it: the form's own problems
 * (a number that is none) first, then the checks above for what the model and the other rules
 * say about the same fields. `existing` is the file's text now, so only changed keys change.
 */
export function checkForm(
  kind: EditorKind,
  rel: string,
  values: FormValues,
  options: { existing?: string; contentDir?: string } = {},
): { text: string; problems: EditorProblem[] } {
  const { data, body, problems: own } = fromForm(kind, values);
  let text: string;
  try {
    text = options.existing === undefined ? newMarkdown(kind, data, body) : updateMarkdown(parseMarkdown(options.existing), kind, data, body);
  } catch (e) {
    if (!(e instanceof MarkdownError)) throw e;
    return { text: options.existing ?? '', problems: [{ field: '(document)', message: e.message, fix: 'laat een ontwikkelaar het bestand herstellen' }] };
  }
  const checked = checkDraft(new Map([[rel, text]]), options.contentDir).get(rel) ?? [];
  const seen = new Set(own.map((p) => p.field));
  return { text, problems: [...own, ...checked.filter((p) => !seen.has(p.field))] };
}
