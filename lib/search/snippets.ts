// What a result shows: its title and a passage of whole sentences around the first match, in
// plain and marked parts (never HTML).
import { processTerm } from './analysis';
import type { SearchDoc } from './documents';
import { words } from './text';

export type Segment = { text: string; mark: boolean };
type TermsOfWord = (word: string) => string[];

/** Splits a text into plain and marked parts; words one of whose index terms matched are marked. */
export function highlight(text: string, matched: Set<string>, termsOfWord: TermsOfWord = (w) => [processTerm(w) ?? '']): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const { word, start, end } of words(text)) {
    if (!termsOfWord(word).some((t) => matched.has(t))) continue;
    if (start > at) segments.push({ text: text.slice(at, start), mark: false });
    segments.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: false });
  return segments;
}

const SNIPPET_WORDS = 32;

/** A text's sentences: lines (paragraphs, headings, list items) split after . ! ? or …; `last` ends a line. */
function* sentences(text: string): Generator<{ sentence: string; last: boolean }> {
  for (const line of text.split('\n')) {
    const list = line.split(/(?<=[.!?…])\s+(?=[^\p{Ll}])/u).filter((s) => s.trim());
    for (let i = 0; i < list.length; i++) yield { sentence: list[i].trim(), last: i === list.length - 1 };
  }
}

/**
 * Whole sentences around the first match: from the summary if it matches, else from the text;
 * without a match in either, the summary. A sentence longer than the passage is cut around the
 * match, with … where words were left out. Sentences are read only as far as the first match.
 */
export function snippet(doc: SearchDoc, matched: Set<string>, termsOfWord: TermsOfWord): Segment[] {
  const matches = (sentence: string) => words(sentence).findIndex((w) => termsOfWord(w.word).some((t) => matched.has(t)));
  for (const source of [doc.summary, doc.text]) {
    const it = sentences(source);
    for (let s = it.next(); !s.done; s = it.next()) {
      const { sentence, last } = s.value;
      const first = matches(sentence);
      if (first === -1) continue;
      const list = words(sentence);
      let passage = sentence;
      if (list.length > SNIPPET_WORDS) {
        const from = first <= 8 ? 0 : first - 8;
        const to = Math.min(list.length, from + SNIPPET_WORDS);
        passage = `${from > 0 ? '… ' : ''}${sentence.slice(from > 0 ? list[from].start : 0, to < list.length ? list[to - 1].end : sentence.length)}${to < list.length ? ' …' : ''}`;
      } else {
        // A short sentence gets the next one of its paragraph too, while the passage has room.
        const next = last ? undefined : it.next();
        if (next && !next.done && list.length + words(next.value.sentence).length <= SNIPPET_WORDS) passage = `${sentence} ${next.value.sentence}`;
      }
      return highlight(passage, matched, termsOfWord);
    }
  }
  if (doc.summary) return highlight(doc.summary, matched, termsOfWord);
  const lead = sentences(doc.text).next();
  return lead.done ? [] : highlight(lead.value.sentence, matched, termsOfWord);
}
