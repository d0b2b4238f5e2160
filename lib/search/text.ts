// Dutch text processing shared by the index and the query, so both sides agree on every term.
import { stemmer } from '@orama/stemmers/dutch';

/** Lower case, diacritics and apostrophes removed: "Súdwest-Fryslân" → "sudwest-fryslan", "'s-Hertogenbosch" → "s-hertogenbosch". */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’‘`´]/g, '')
    .toLowerCase();
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Words of a text with their positions in the original string (for highlighting). */
export function words(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(WORD)].map((m) => ({ word: m[0], start: m.index!, end: m.index! + m[0].length }));
}

/** The same words one at a time, for a reader that stops early. */
export function* eachWord(text: string): Generator<{ word: string; start: number; end: number }> {
  for (const m of text.matchAll(WORD)) yield { word: m[0], start: m.index!, end: m.index! + m[0].length };
}

// Words too common to search for. Every word here can never be found, so only words of the
// Snowball Dutch list that carry no meaning on their own belong here.
const STOPWORDS = new Set(
  'aan al alle als ben bij dan dat de der des deze die dit doen door dus een en er hem het hij hoe hun ik in is je jij kan maar me men met mij mijn na naar niet nog nu of om omdat ons ook op over te tegen toch toen tot u uit uw van veel voor waar wat we wel wie wij wordt worden zal ze zei zij zich zijn zo zoals'.split(
    ' ',
  ),
);

export const isStopword = (folded: string) => STOPWORDS.has(folded);

/**
 * Dutch stem of a folded word. Snowball keeps plural -s after a vowel ("interventies", "themas"),
 * which visitors expect to match the singular, so those are removed first.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && /ies$/.test(w)) w = w.slice(0, -1);
  else if (w.length > 4 && /[aiou]s$/.test(w)) w = w.slice(0, -1);
  return stemmer(w);
}

/** The index terms of a text: folded, without stopwords, stemmed. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const { word } of words(fold(text))) {
    if (STOPWORDS.has(word)) continue;
    out.push(stem(word));
  }
  return out;
}

/** One word as the index sees it, or null for a stopword. */
export function termOf(word: string): string | null {
  const folded = fold(word);
  return STOPWORDS.has(folded) ? null : stem(folded);
}
