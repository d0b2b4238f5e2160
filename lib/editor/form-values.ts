// The editor's form and a document's fields, both ways, by the model alone. The form's names are
// the field paths (`title`, `registration.how`, `sessions.0.start`); what was typed is kept as it
// was, so a form with errors comes back exactly as it was sent.
import { BODY, type EditorField, type EditorKind } from './model';

/** A posted form: one value per name, or several for repeated names (checkboxes). */
export type FormValues = Record<string, string | string[]>;

/** A value the form cannot turn into a field value (a number that is none). */
export type FormProblem = { field: string; message: string; fix: string };

/** The posted form as FormValues; names that occur more than once become lists. */
export function formValuesOf(input: URLSearchParams | FormData | Iterable<[string, FormDataEntryValue]>): FormValues {
  const values: FormValues = {};
  for (const [name, raw] of input as Iterable<[string, FormDataEntryValue]>) {
    if (typeof raw !== 'string') continue;
    const prev = values[name];
    values[name] = prev === undefined ? raw : [...(Array.isArray(prev) ? prev : [prev]), raw];
  }
  return values;
}

// Browsers send a text area's line breaks as CRLF; the content files use LF.
const lf = (s: string) => s.replace(/\r\n?/g, '\n');
const all = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const first = (v: string | string[] | undefined) => all(v)[0];

/** The form name of a field inside its group or list item: `registration.how`, `sessions.0.start`. */
export const formName = (field: EditorField, prefix = '') => `${prefix}${field.name}`;

/** The list items as typed: one per line, empty lines left out. */
export const listLines = (text: string) =>
  lf(text)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** Item numbers of a list of groups present in the form (`sessions.3.title` → 3), in order. */
export function rowsOf(values: FormValues, name: string): number[] {
  const rows = new Set<number>();
  const pattern = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(\\d+)\\.`);
  for (const key of Object.keys(values)) {
    const m = pattern.exec(key);
    if (m && m[1].length < 5) rows.add(Number(m[1]));
  }
  return [...rows].sort((a, b) => a - b);
}

/**
 * The fields the form describes. Empty optional fields are left out (so the front matter gets no
 * empty keys), as are optional booleans and lists at their default; a box that was not ticked is
 * told apart from a field not on the form by the hidden field beside it.
 */
export function fromForm(kind: EditorKind, values: FormValues): { data: Record<string, unknown>; body: string; problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  const data = fieldsFrom(kind.fields, values, '', problems);
  return { data, body: lf(first(values[BODY]) ?? ''), problems };
}

function fieldsFrom(fields: EditorField[], values: FormValues, prefix: string, problems: FormProblem[]): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const f of fields) {
    if (f.kind === 'markdown') continue;
    const value = valueFrom(f, values, formName(f, prefix), problems);
    if (value !== undefined) data[f.name] = value;
  }
  return data;
}

function valueFrom(f: EditorField, values: FormValues, name: string, problems: FormProblem[]): unknown {
  const posted = values[name];
  const optional = (v: unknown) => (!f.required && sameList(v, f.default) ? undefined : v);
  switch (f.kind) {
    case 'string':
    case 'text': {
      const v = first(posted);
      return v === undefined || v.trim() === '' ? undefined : f.kind === 'text' ? lf(v) : v;
    }
    case 'number': {
      const v = first(posted)?.trim();
      if (!v) return undefined;
      const n = Number(v);
      if (/^-?\d+(\.\d+)?$/.test(v) && Number.isFinite(n)) return n;
      problems.push({ field: name, message: 'geen getal', fix: 'schrijf alleen cijfers, bijvoorbeeld 12' });
      // Kept as typed: the form shows it again.
      return v;
    }
    case 'boolean': {
      const sent = all(posted);
      if (sent.length === 0) return undefined;
      const on = sent.includes('true');
      return !f.required && on === (f.default ?? false) ? undefined : on;
    }
    case 'list': {
      if (posted === undefined) return undefined;
      const items = f.vocabulary ? all(posted).filter((v) => v !== '') : listLines(all(posted).join('\n'));
      return items.length === 0 && !f.required ? undefined : optional(items);
    }
    case 'group': {
      const group = fieldsFrom(f.fields ?? [], values, `${name}.`, problems);
      return Object.keys(group).length === 0 ? undefined : group;
    }
    case 'groups': {
      const rows = rowsOf(values, name)
        .map((i) => fieldsFrom(f.fields ?? [], values, `${name}.${i}.`, problems))
        .filter((row) => Object.keys(row).length > 0);
      return rows.length === 0 && !f.required ? undefined : optional(rows);
    }
    default:
      return undefined;
  }
}

const sameList = (a: unknown, b: unknown) => Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => v === b[i]);

/** The form for a document's fields and body: what the editor sees when opening a file. */
export function toForm(kind: EditorKind, data: Record<string, unknown>, body: string): FormValues {
  const values: FormValues = { [BODY]: body };
  fieldsTo(kind.fields, data, '', values);
  return values;
}

function fieldsTo(fields: EditorField[], data: Record<string, unknown>, prefix: string, values: FormValues) {
  for (const f of fields) {
    const name = formName(f, prefix);
    const value = data[f.name];
    if (f.kind === 'markdown' || value === undefined || value === null) continue;
    if (f.kind === 'group' && typeof value === 'object' && !Array.isArray(value))
      fieldsTo(f.fields ?? [], value as Record<string, unknown>, `${name}.`, values);
    else if (f.kind === 'groups' && Array.isArray(value))
      value.forEach((row, i) => typeof row === 'object' && row !== null && fieldsTo(f.fields ?? [], row as Record<string, unknown>, `${name}.${i}.`, values));
    else if (f.kind === 'list' && Array.isArray(value)) values[name] = f.vocabulary ? value.map(String) : value.map(String).join('\n');
    else values[name] = String(value);
  }
}
