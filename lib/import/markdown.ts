// Imported documents as Markdown files. The front matter belongs to the import (the spreadsheet is
// where those fields are edited); the body below it belongs to the editor and is kept as it is.
import { isDeepStrictEqual } from 'node:util';
import { parse, stringify } from 'yaml';
import { FRONT_MATTER } from '../content/check';
import { revisionOf } from '../editor/revision';
import type { ImportedDocument } from './rows';

export const IMPORT_NOTE = [
  '# Deze velden komen uit een spreadsheet (npm run import): pas ze daar aan en importeer opnieuw.',
  '# De tekst onder de tweede --- is van de redactie: een nieuwe import laat hem staan.',
];

/** The body of an existing file: everything below its front matter (all of it if it has none). */
export function bodyOf(text: string): string {
  const fm = FRONT_MATTER.exec(text);
  return fm ? text.slice(fm[0].length) : text;
}

function fieldsOf(text: string): Record<string, unknown> | null {
  const fm = FRONT_MATTER.exec(text);
  if (!fm) return null;
  try {
    return (parse(fm[1]) ?? {}) as Record<string, unknown>;
  } catch {
    return null;
  }
}

/**
 * YAML 1.1 quoting, because contentlayer reads front matter as YAML 1.1: a date, "ja" or "2019"
 * that is text stays text.
 */
export function renderMarkdown(data: Record<string, unknown>, body: string): string {
  return `---\n${IMPORT_NOTE.join('\n')}\n${stringify(data, { version: '1.1', lineWidth: 0 })}---\n${body}`;
}

export type Action = 'nieuw' | 'gewijzigd' | 'ongewijzigd';

/**
 * `baseRevision` is the revision of the file the new text was made from (null: a new file), so a
 * save through the editor's review is refused when the file changed in between (lib/editor).
 */
export type PlannedFile = { rel: string; row: number; action: Action; fields: string[]; text: string; baseRevision: string | null };

/**
 * What writing the documents would do. A file whose fields already are what the row says is left
 * alone, however it is formatted; otherwise the front matter is replaced and the body kept.
 */
export function planFiles(documents: ImportedDocument[], existing: ReadonlyMap<string, string>): PlannedFile[] {
  return documents.map((d) => {
    const old = existing.get(d.rel);
    if (old === undefined)
      return { rel: d.rel, row: d.row, action: 'nieuw', fields: Object.keys(d.data), text: renderMarkdown(d.data, '\n'), baseRevision: null };
    const before = fieldsOf(old) ?? {};
    const fields = [...new Set([...Object.keys(before), ...Object.keys(d.data)])].filter((k) => !isDeepStrictEqual(before[k], d.data[k]));
    // The revision of the very text the new one is made from (a UTF-8 file's bytes), not of a second
    // read that could already see a later version.
    const baseRevision = revisionOf(old);
    return {
      rel: d.rel,
      row: d.row,
      action: fields.length === 0 ? 'ongewijzigd' : 'gewijzigd',
      fields,
      text: renderMarkdown(d.data, bodyOf(old)),
      baseRevision,
    };
  });
}
