// Line numbers for content problems: where in the file the field is, so the editor can go there.
import fs from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

/** Computed fields point back at the field they come from. */
const SOURCE_FIELD: Record<string, string> = { downloads: 'files', bytes: 'file', href: 'file' };

export function lineOf(text: string, field: string): number {
  const match = FRONT_MATTER.exec(text);
  if (!match) return 1;
  if (field === 'body' || field.startsWith('images')) return match[0].split('\n').length + 1;
  const counter = new LineCounter();
  const doc = parseDocument(match[1], { lineCounter: counter });
  const path = field.split('.').map((p) => SOURCE_FIELD[p] ?? (/^\d+$/.test(p) ? Number(p) : p));
  // The deepest part of the path that exists in the file (a missing field points at its parent).
  for (let n = path.length; n > 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return counter.linePos(node.range[0]).line + 1;
    const pair = n === 1 ? null : (doc.getIn(path.slice(0, n - 1), true) as { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] } | undefined);
    const key = pair?.items?.find((i) => i.key?.value === path[n - 1])?.key;
    if (key?.range) return counter.linePos(key.range[0]).line + 1;
  }
  const top = doc.contents as { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] } | null;
  const key = top?.items?.find((i) => i.key?.value === path[0])?.key;
  return key?.range ? counter.linePos(key.range[0]).line + 1 : 2;
}

export function lineInFile(file: string, field: string): number | undefined {
  try {
    return lineOf(fs.readFileSync(file, 'utf8'), field);
  } catch {
    return undefined;
  }
}
