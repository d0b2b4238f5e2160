// A content file as the editor reads and writes it: front matter through the `yaml` library, the
// body byte for byte. Saving an edited file changes only the keys that changed, so the keys nobody
// touched keep their quoting, order and comments, and a diff shows only the edit.
import { isMap, isScalar, parseDocument, Scalar, YAMLMap, YAMLSeq, type Document, type Node, type ToStringOptions } from 'yaml';
import { BODY, type EditorField, type EditorKind } from './model';

export type MarkdownFile = {
  frontMatter: Document;
  /** The front matter as plain values. */
  data: Record<string, unknown>;
  body: string;
  /** The opening and closing `---` lines as they were (line endings included). */
  fences: { open: string; close: string };
};

/** A file that cannot be read as a content file: the message is Dutch, for the editor. */
export class MarkdownError extends Error {}

const FENCED = /^(---\r?\n)([\s\S]*?)(\r?\n---(?:\r?\n|$))/;

// How the content files are written (the same text comes back out, tested on every file):
// no folding of long lines, flow lists as [a, b].
const WRITE: ToStringOptions = { lineWidth: 0, flowCollectionPadding: false };

export function parseMarkdown(text: string): MarkdownFile {
  const m = FENCED.exec(text);
  if (!m) throw new MarkdownError('Het bestand begint niet met velden tussen twee regels ---.');
  const frontMatter = parseDocument(m[2]);
  if (frontMatter.errors.length) throw new MarkdownError(`De velden bovenaan het bestand zijn geen geldige YAML (${frontMatter.errors[0].code}).`);
  const data = frontMatter.toJS() ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new MarkdownError('De velden bovenaan het bestand zijn geen lijst van naam: waarde.');
  return { frontMatter, data, body: text.slice(m[0].length), fences: { open: m[1], close: m[3] } };
}

/** The file's text: its front matter as it now is, then the body. */
export function serializeMarkdown(file: MarkdownFile): string {
  return `${file.fences.open}${file.frontMatter.toString(WRITE).replace(/\n$/, '')}${file.fences.close}${file.body}`;
}

/**
 * An edited file: only fields whose value changed are set or removed (fields of a group one by
 * one); keys the model does not know stay for the checker to report. A field left out that the
 * file spells out as its default (`draft: false`) stays as it is.
 */
export function updateMarkdown(file: MarkdownFile, kind: EditorKind, data: Record<string, unknown>, body: string): string {
  const doc = file.frontMatter.clone();
  const map = isMap(doc.contents) ? doc.contents : new YAMLMap();
  doc.contents = map as typeof doc.contents;
  apply(doc, map, kind.fields, file.data, data);
  return serializeMarkdown({ ...file, frontMatter: doc, body });
}

/** A new file: the fields in model order, written as the content files are. */
export function newMarkdown(kind: EditorKind, data: Record<string, unknown>, body: string): string {
  const doc = parseDocument('{}');
  const map = new YAMLMap();
  doc.contents = map as typeof doc.contents;
  apply(doc, map, kind.fields, {}, data);
  return serializeMarkdown({ frontMatter: doc, data, body: body.startsWith('\n') ? body : `\n${body}`, fences: { open: '---\n', close: '\n---\n' } });
}

function apply(doc: Document, map: YAMLMap, fields: EditorField[], before: Record<string, unknown>, after: Record<string, unknown>) {
  const order = fields.map((f) => f.name);
  for (const f of fields) {
    if (f.name === BODY) continue;
    const old = before[f.name];
    const value = keepOrder(f, old, after[f.name]);
    if (same(old, value)) continue;
    if (value === undefined) {
      if (!same(old, f.default)) map.delete(f.name);
      continue;
    }
    const node = map.get(f.name, true);
    if (f.kind === 'group' && isMap(node) && isObject(old) && isObject(value)) {
      apply(doc, node, f.fields ?? [], old, value);
    } else if (isScalar(node) && typeof value === 'string' && typeof node.value === 'string') {
      // Keeps the key's quoting: a changed title stays "…" in a file that quotes its titles.
      node.value = value;
    } else if (map.has(f.name)) {
      map.set(f.name, toNode(doc, value));
    } else {
      // A new key goes right after the key nearest before it in the model (or first).
      const place = (pair: (typeof map.items)[number]) => order.indexOf(String(isScalar(pair.key) ? pair.key.value : pair.key));
      const own = order.indexOf(f.name);
      const nearest = map.items.reduce((best, pair, i) => (place(pair) < own && (best === -1 || place(pair) > place(map.items[best])) ? i : best), -1);
      const pair = doc.createPair(f.name, null);
      pair.value = toNode(doc, value);
      map.items.splice(nearest + 1, 0, pair);
    }
  }
}

/** A value as the content files write it: texts in double quotes, lists of texts as [a, b]. */
function toNode(doc: Document, value: unknown): Node {
  if (typeof value === 'string') {
    const s = new Scalar(value);
    s.type = Scalar.QUOTE_DOUBLE;
    return s;
  }
  if (Array.isArray(value)) {
    const seq = new YAMLSeq<Node>();
    seq.flow = value.every((v) => typeof v === 'string');
    for (const v of value) seq.items.push(seq.flow ? doc.createNode(v) : toNode(doc, v));
    return seq;
  }
  if (isObject(value)) {
    const map = new YAMLMap<unknown, Node>();
    for (const [k, v] of Object.entries(value)) if (v !== undefined) map.items.push(Object.assign(doc.createPair(k, null), { value: toNode(doc, v) }));
    return map;
  }
  return doc.createNode(value);
}

/** Ticked boxes come in the form's order: what was chosen before keeps its place, new choices follow. */
function keepOrder(f: EditorField, old: unknown, value: unknown): unknown {
  if (!f.vocabulary || !Array.isArray(old) || !Array.isArray(value)) return value;
  return [...old.filter((v) => value.includes(v)), ...value.filter((v) => !old.includes(v))];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => same(v, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => same(a[k], b[k]));
  }
  return false;
}
