// The passes of a query over the index, each a small function of what the index found:
// exact words, then the last word as a prefix, then typos forgiven (lib/closest.ts's edit
// distance); a compound asks for its concept, and for its parts apart only when nothing holds it.
import type { Asked, Compound } from './analysis';
import { found, type Found, type Pass } from './inverted';
import { eachWord } from './text';

/** The index's search: processed terms, a pass, AND or OR. */
export type IndexSearch = (terms: string[], pass: Pass, combineWith: 'AND' | 'OR') => Found;
type Combine = 'AND' | 'OR';

/** Fewer hits than this and the next, looser pass runs. */
export const FEW = 3;
/** The last word, of three letters or more, also as the start of a longer word (a word still being typed). */
const prefixLast = (term: string, i: number, all: string[]) => i === all.length - 1 && term.length >= 3;
/** A word of five letters or more may have a typo in every five letters, two at most. */
const typos = (term: string) => (term.length >= 5 ? 0.2 : false);
export const EXACT: Pass = {};
export const PREFIX: Pass = { prefix: prefixLast };
export const TYPOS: Pass = { prefix: prefixLast, fuzzy: typos, maxFuzzy: 2 };

/**
 * Exact words first. Only when they find (almost) nothing: the last word as a prefix, then typos
 * forgiven. Expanding common words costs time and precision.
 */
export function escalate(search: IndexSearch, terms: string[], combineWith: Combine, alternatives?: Pass['alternatives']): Found {
  let hits = search(terms, { ...EXACT, alternatives }, combineWith);
  for (const pass of [PREFIX, TYPOS]) {
    if (hits.ids.length >= FEW) break;
    hits = search(terms, { ...pass, alternatives }, combineWith);
  }
  return hits;
}

/** The hits of a search that pass a test, in their order. */
export function keep(hits: Found, test: (n: number) => boolean): Found {
  const at = [...hits.ids.keys()].filter((i) => test(hits.ids[i]));
  return found(
    Int32Array.from(at, (i) => hits.ids[i]),
    Float64Array.from(at, (i) => hits.scores[i]),
    hits.termsOf,
  );
}

/** The hits of two searches together; a document in both keeps its better score and all its terms. */
export function union(a: Found, b: Found): Found {
  if (!b.ids.length) return a;
  if (!a.ids.length) return b;
  const score = new Map<number, number>();
  a.ids.forEach((n, i) => score.set(n, a.scores[i]));
  b.ids.forEach((n, i) => score.set(n, Math.max(score.get(n) ?? 0, b.scores[i])));
  const ids = Int32Array.from(score.keys());
  return found(
    ids,
    Float64Array.from(ids, (n) => score.get(n)!),
    (n) => [...new Set([...a.termsOf(n), ...b.termsOf(n)])],
  );
}

/** How far apart (in words) a compound's parts may stand and still say its concept. */
const TOGETHER = 5;

/**
 * Whether a text holds a compound's concept: the compound itself (alone or in a longer one), or
 * all its parts within a few words of each other in one line (a heading, paragraph, item).
 * `own` is the compound's own index term, `termsOfWord` every term a word of the text stands for.
 */
export function holdsConcept(text: string, c: Asked, own: string | null, termsOfWord: (word: string) => string[]): boolean {
  const wanted = c.terms;
  for (const line of text.split('\n')) {
    const last = wanted.map(() => -Infinity);
    let at = 0;
    for (const { word } of eachWord(line)) {
      const held = termsOfWord(word);
      if (own !== null && held.includes(own)) return true;
      wanted.forEach((t, i) => {
        if (t.some((x) => held.includes(x))) last[i] = at;
      });
      if (last.every((p) => p >= at - TOGETHER)) return true;
      at++;
    }
  }
  return false;
}

export type Matched = { found: Found; mode: 'and' | 'or' | 'parts'; compounds: Compound[] };

/**
 * What the words of a query find. Without compounds: every word (AND), else any word (OR).
 * A compound asks for its concept: documents that hold the word itself (or a longer compound with
 * it) or its parts close together ("beleid tegen armoede" for "armoedebeleid"). Its parts apart
 * ("lees" in "Hieronder lees je" for "leesbevordering") count only when no document holds the
 * concept, and then the answer says so (mode "parts").
 */
export function match(
  list: string[],
  {
    search,
    querySplit,
    askedBy,
    processTerm,
    holds,
  }: {
    search: IndexSearch;
    querySplit: (word: string) => Asked | null;
    askedBy: (word: string) => string[];
    processTerm: (word: string) => string | null;
    /** Whether document n holds a compound's concept (holdsConcept over its text). */
    holds: (n: number, c: Asked) => boolean;
  },
): Matched {
  const compounds = list.flatMap((word) => querySplit(word) ?? []);
  const asked = list.flatMap((word) => askedBy(word));
  if (!compounds.length) {
    const hits = escalate(search, asked, 'AND');
    if (hits.ids.length === 0 && asked.length > 1) return { found: escalate(search, asked, 'OR'), mode: 'or', compounds: [] };
    return { found: hits, mode: 'and', compounds: [] };
  }
  // Every part together, kept where each compound's concept is held; and the compounds as whole words.
  const others = new Map<string, string[]>();
  for (const c of compounds) for (const t of c.terms) others.set(t[0], [...(others.get(t[0]) ?? []), ...t.slice(1)]);
  const alternatives = (term: string) => others.get(term) ?? [];
  const whole = list.flatMap((word) => {
    const c = compounds.find((x) => x.word === word);
    const own = processTerm(word);
    return c ? (own === null ? [] : [own]) : askedBy(word);
  });
  const asWhole = search(whole, EXACT, 'AND');
  // A document with the whole words is in; only the others are read for parts close together.
  const inWhole = new Set(asWhole.ids);
  const byParts = escalate(search, asked, 'AND', alternatives);
  const together = keep(byParts, (n) => inWhole.has(n) || compounds.every((c) => holds(n, c)));
  const concept = union(together, asWhole);
  const shown = compounds.map(({ word, parts }) => ({ word, parts }));
  if (concept.ids.length > 0) return { found: concept, mode: 'and', compounds: shown };
  return { found: escalate(search, asked, 'OR', alternatives), mode: 'parts', compounds: shown };
}
