// The web editor's content model: every kind of document with its fields, read from the one
// content model (contentlayer.config.ts) and the checker's vocabularies and date rules
// (lib/content/validate.ts). A field added to the model appears in the editor without code of its own.
import { documentTypes } from '../../contentlayer.config';
import type { TypeDef } from '../content/check';
import { dateRuleOf, vocabularyValues, VOCABULARIES, type ContentSet, type DateRule, type Vocabulary } from '../content/validate';
import nl from '../../messages/nl.json';

/** How a field is edited: `list` is a list of texts, `group` a nested set of fields, `groups` a list of them. */
export type FieldKind = 'string' | 'text' | 'number' | 'boolean' | 'list' | 'group' | 'groups' | 'markdown';

export interface EditorField {
  /** The key in the front matter (inside its group for nested fields). */
  name: string;
  /** Where the field is, as the checker names it: `registration.how`, `sessions.start` (list items without their index). */
  path: string;
  kind: FieldKind;
  required: boolean;
  default?: unknown;
  /** The model's description of the field. */
  help?: string;
  label: string;
  vocabulary?: Vocabulary;
  date?: DateRule;
  /** The fields of a group or of each item of a list of groups, and the model's name for it (`Registration`). */
  fields?: EditorField[];
  groupType?: string;
}

export interface EditorKind {
  /** The model's type name, e.g. `News`. */
  type: string;
  /** The folder below the content folder, e.g. `nieuws`. */
  folder: string;
  /** Pages may sit in subfolders (`paginas/over/team.md`); other kinds sit directly in their folder. */
  subfolders: boolean;
  label: { one: string; many: string };
  /** In the model's order, the Markdown body last. */
  fields: EditorField[];
  /** The model's own definition, for the checker and the computed fields. */
  def: TypeDef;
}

type FieldDef = TypeDef['fields'][string] & { description?: string };
type NestedOf = { type: 'nested'; def: () => { name: string; fields: Record<string, FieldDef> } };

/** The content model's document types, in the order the site lists them. */
export const MODEL_TYPES: TypeDef[] = documentTypes.map((t) => t.def() as unknown as TypeDef);

export const BODY = 'body';

// Longer prose gets a text area; by name, so a new field with one of these names gets one too.
const LONG_TEXT = new Set(['summary', 'description', 'aim', 'howToJoin', 'how', 'status', 'source', 'targetGroup']);

const messages = nl as unknown as { editor?: { fields?: Record<string, string>; form?: { kinds?: Record<string, { one: string; many: string }> } } };

/** The Dutch label of a field from messages (editor.fields.<name>), else readable from its name (`relatedNews` → `Related news`). */
export function fieldLabel(name: string): string {
  const known = messages.editor?.fields?.[name];
  if (known) return known;
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function field(type: string, name: string, def: FieldDef, parent?: string): EditorField {
  const path = parent ? `${parent}.${name}` : name;
  const group = (def.of as NestedOf | undefined)?.type === 'nested' ? (def.of as NestedOf).def() : undefined;
  const kind: FieldKind =
    def.type === 'nested'
      ? 'group'
      : def.type === 'list'
        ? group
          ? 'groups'
          : 'list'
        : def.type === 'string' && LONG_TEXT.has(name)
          ? 'text'
          : (def.type as FieldKind);
  const vocabulary = VOCABULARIES[type]?.[path];
  const date = dateRuleOf(type, path);
  return {
    name,
    path,
    kind,
    required: def.required === true,
    ...(def.default !== undefined ? { default: def.default } : {}),
    ...(def.description ? { help: def.description } : {}),
    label: fieldLabel(name),
    ...(vocabulary ? { vocabulary } : {}),
    ...(date ? { date } : {}),
    ...(group ? { fields: Object.entries(group.fields).map(([n, d]) => field(type, n, d, path)), groupType: group.name } : {}),
  };
}

/** The editor's kinds from the model's type definitions (the real ones unless a test hands others). */
export function editorKinds(defs: TypeDef[] = MODEL_TYPES): EditorKind[] {
  return defs.map((def) => ({
    type: def.name,
    folder: def.filePathPattern.split('/')[0],
    subfolders: def.filePathPattern.includes('**'),
    label: messages.editor?.form?.kinds?.[def.name] ?? { one: fieldLabel(def.name), many: fieldLabel(def.name) },
    fields: [
      ...Object.entries(def.fields).map(([name, d]) => field(def.name, name, d as FieldDef)),
      { name: BODY, path: BODY, kind: 'markdown' as const, required: false, label: fieldLabel(BODY) },
    ],
    def,
  }));
}

const KINDS = editorKinds();

/** The kind of a model type name (`News`) or folder (`nieuws`). */
export const editorKind = (typeOrFolder: string): EditorKind | undefined => KINDS.find((k) => k.type === typeOrFolder || k.folder === typeOrFolder);

/** The kind a content-relative path belongs to, by its first folder. */
export const kindOfPath = (rel: string): EditorKind | undefined => editorKind(rel.split('/')[0]);

/** A field by its path (`registration.how`, `sessions.start`; an index such as `sessions.0.start` is skipped). */
export function fieldAt(kind: EditorKind, path: string): EditorField | undefined {
  let fields: EditorField[] | undefined = kind.fields;
  let found: EditorField | undefined;
  for (const part of path.split('.')) {
    if (/^\d+$/.test(part)) continue;
    found = fields?.find((f) => f.name === part);
    if (!found) return undefined;
    fields = found.fields;
  }
  return found;
}

export type Choice = { value: string; label: string };

/** What a field with a vocabulary may hold in this content: documents by their title, fixed values as they are. */
export function choicesFor(field: EditorField, content: Partial<ContentSet>): Choice[] {
  const v = field.vocabulary;
  if (!v) return [];
  if ('values' in v) return v.values.map((value) => ({ value, label: value }));
  return vocabularyValues(v, content)
    .map((value) => {
      const doc = content[v.documents]?.find((d) => d.slug === value);
      return { value, label: typeof doc?.title === 'string' ? doc.title : value };
    })
    .sort((a, b) => a.label.localeCompare(b.label, 'nl'));
}
