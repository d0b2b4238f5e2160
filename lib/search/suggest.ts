// "Did you mean": a query's unknown words replaced by the closest title word, by the site's one
// edit distance (lib/closest.ts).
import { editDistance } from '../closest';
import type { SearchDoc } from './documents';
import { fold, words } from './text';

/** The words of the titles (folded, four letters or more), with how many times each occurs. */
export function titleVocabulary(docs: readonly SearchDoc[]): Map<string, number> {
  const vocabulary = new Map<string, number>();
  for (const d of docs) {
    for (const { word } of words(d.title)) {
      const f = fold(word);
      if (f.length >= 4) vocabulary.set(f, (vocabulary.get(f) ?? 0) + 1);
    }
  }
  return vocabulary;
}

/** Most typos a suggested word may differ by. */
const MAX_EDITS = 2;

/**
 * The query with each word of four letters or more that no title holds replaced by the closest
 * title word (closer first; among equally close words the more common one), or undefined when no
 * word changed. Stopwords (processTerm gives null) stay as they are.
 */
export function suggest(query: string, vocabulary: ReadonlyMap<string, number>, processTerm: (word: string) => string | null): string | undefined {
  let changed = false;
  const corrected = words(query).map(({ word }) => {
    const w = fold(word);
    if (w.length < 4 || vocabulary.has(w) || processTerm(w) === null) return w;
    let best: string | undefined;
    let bestScore = Infinity;
    for (const [candidate, count] of vocabulary) {
      const d = editDistance(w, candidate, MAX_EDITS);
      const s = d - Math.min(count, 50) / 100;
      if (d <= MAX_EDITS && s < bestScore) [best, bestScore] = [candidate, s];
    }
    if (best) changed = true;
    return best ?? w;
  });
  return changed ? corrected.join(' ') : undefined;
}
