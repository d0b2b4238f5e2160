// The text edits of the body's toolbar (components/staff/editor/MarkdownTools.tsx), as pure
// functions of the text and its selection: what to replace, with what, and what to select after.
// The component applies an edit through the browser's own text input, so undo keeps working.
// A second press of the same button takes the formatting off again, as in a word processor.

/** The text and its selection, as a textarea has them (UTF-16 offsets). */
export type Selection = { value: string; start: number; end: number };

/** Replace `from`–`to` by `insert`, then select `select` (offsets in the new text). */
export type Edit = { from: number; to: number; insert: string; select: [number, number] };

export type Inline = 'bold' | 'italic';
export type LinePrefix = 'heading' | 'bullet' | 'numbered' | 'quote';

const MARKER: Record<Inline, string> = { bold: '**', italic: '*' };

/** How many `*` stand in a row ending at `at` (backwards) or starting at `at` (forwards). */
function starsBefore(value: string, at: number): number {
  let n = 0;
  while (at - n > 0 && value[at - n - 1] === '*') n++;
  return n;
}
function starsAfter(value: string, at: number): number {
  let n = 0;
  while (at + n < value.length && value[at + n] === '*') n++;
  return n;
}

/** Whether a run of `n` stars holds the marker: `**` in 2 or 3 (bold, bold italic), `*` in 1 or 3. */
const holds = (n: number, kind: Inline) => (kind === 'bold' ? n >= 2 : n % 2 === 1);

/**
 * Bold or italic around the selection. Spaces at the selection's edges stay outside the markers
 * (Markdown does not make `** vet **` bold). With nothing selected, `placeholder` is inserted and
 * selected, to type over. When the selection is already bold (the markers just outside it, or the
 * outermost characters of it), the markers go.
 */
export function wrapSelection(sel: Selection, kind: Inline, placeholder: string): Edit {
  const marker = MARKER[kind];
  const selected = sel.value.slice(sel.start, sel.end);
  const start = sel.start + (selected.length - selected.trimStart().length);
  const end = Math.max(start, sel.end - (selected.length - selected.trimEnd().length));
  const inner = sel.value.slice(start, end);
  const m = marker.length;

  if (holds(starsBefore(sel.value, start), kind) && holds(starsAfter(sel.value, end), kind)) {
    return { from: start - m, to: end + m, insert: inner, select: [start - m, end - m] };
  }
  if (inner.length > 2 * m && holds(starsAfter(inner, 0), kind) && holds(starsBefore(inner, inner.length), kind)) {
    const text = inner.slice(m, -m);
    return { from: start, to: end, insert: text, select: [start, start + text.length] };
  }
  const text = inner || placeholder;
  return { from: start, to: end, insert: `${marker}${text}${marker}`, select: [start + m, start + m + text.length] };
}

/**
 * A link: the selection becomes its text (or `placeholder`, selected to type over), `address`
 * its target. The address is as `linkAddress` gives it.
 */
export function insertLink(sel: Selection, address: string, placeholder: string): Edit {
  const text = sel.value.slice(sel.start, sel.end) || placeholder;
  const insert = `[${text}](${address})`;
  return { from: sel.start, to: sel.end, insert, select: [sel.start + 1, sel.start + 1 + text.length] };
}

/**
 * What an editor typed as a link's address, as Markdown takes it: a web address (`www.` gets
 * `https://`), an e-mail address (gets `mailto:`), or an address on the site (`/…`, `#…`).
 * Spaces and brackets are escaped so they cannot end the link. Null for anything else (the
 * build's sanitiser would drop a `javascript:` link anyway; the editor should hear why).
 */
export function linkAddress(typed: string): string | null {
  const s = typed.trim();
  let address: string;
  if (/^(https?:\/\/|mailto:)\S/i.test(s) || /^[/#]/.test(s)) address = s;
  else if (/^www\.[^\s/]+\.[^\s/]+/i.test(s)) address = `https://${s}`;
  else if (/^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/.test(s)) address = `mailto:${s}`;
  else return null;
  return address.replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/</g, '%3C').replace(/>/g, '%3E');
}

const PREFIX = /^(#{1,6} |[-*+] |\d+[.)] |> ?)/;
const HAS: Record<LinePrefix, RegExp> = { heading: /^## /, bullet: /^[-*+] /, numbered: /^\d+[.)] /, quote: /^> ?/ };
const prefixOf = (kind: LinePrefix, n: number) => ({ heading: '## ', bullet: '- ', numbered: `${n}. `, quote: '> ' })[kind];

/**
 * A heading, list or quote of the lines the selection touches (a selection that ends at the start
 * of a line does not touch that line). When every written line already has it, it goes; otherwise
 * each written line gets it, in place of another heading, list or quote mark. Empty lines among
 * others stay empty, except inside a quote; an empty line alone gets the mark, to type after. The caret stays by its text; a selection grows to the whole lines.
 */
export function prefixLines(sel: Selection, kind: LinePrefix): Edit {
  const { value } = sel;
  const from = value.lastIndexOf('\n', sel.start - 1) + 1;
  const last = sel.end > sel.start && value[sel.end - 1] === '\n' ? sel.end - 1 : sel.end;
  const next = value.indexOf('\n', last);
  const to = next === -1 ? value.length : next;
  const lines = value.slice(from, to).split('\n');
  const written = lines.filter((l) => l.trim() !== '');
  const remove = written.length > 0 && written.every((l) => HAS[kind].test(l));
  let n = 0;
  const changed = lines.map((line) => {
    if (remove) return line.replace(HAS[kind], '');
    if (line.trim() === '' && lines.length > 1) return kind === 'quote' ? '>' : line;
    n++;
    return prefixOf(kind, n) + line.replace(PREFIX, '');
  });
  const insert = changed.join('\n');
  if (sel.start === sel.end) {
    // One line: the caret moves with its text, and stays after the new mark.
    const shift = changed[0].length - lines[0].length;
    const caret = Math.max(from + (remove ? 0 : prefixOf(kind, 1).length), sel.start + shift);
    return { from, to, insert, select: [caret, caret] };
  }
  return { from, to, insert, select: [from, from + insert.length] };
}
