// Text processing per index: which index terms a word of a document or a query stands for, with
// its compound parts and the editors' synonyms. The word-level rules (folding, stopwords, the
// stemmer) are in text.ts, the splitting of compounds in compounds.ts.
import type { SearchDoc } from './documents';
import { eachWord, fold, isStopword, termOf, words } from './text';

/** What the index knows of Dutch beyond its stemmer (lib/search/index.ts gives the site's). */
export type Language = {
  /**
   * The words a folded compound is made of ("interventiebundel" → interventie, bundel), or null;
   * `extra` are more words that may be parts (the site's own), each in any place.
   */
  split?: (folded: string) => string[] | null;
  /**
   * The parts of a compound in a query, with the letters each takes in it; `extra` are more words
   * that may be parts (the site's own), each in any place. Without it, `split` is used.
   */
  parts?: (folded: string, extra?: ReadonlySet<string>) => { lemma: string; form: string }[] | null;
  /** Words or phrases that mean the same ("vve", "voorschoolse educatie"), folded, per group. */
  synonyms?: string[][];
};

/** A query word that is a compound, and the words it is made of. */
export type Compound = { word: string; parts: string[] };
/** A compound as the index is asked for it: per part, its terms (the lemma's first). */
export type Asked = Compound & { terms: string[][] };

const memo = new Map<string, string | null>();
/** termOf with a cache: the vocabulary is small, the corpus is not. */
export function processTerm(word: string): string | null {
  let t = memo.get(word);
  if (t === undefined) {
    t = termOf(word);
    if (memo.size < 200_000) memo.set(word, t);
  }
  return t;
}

/** E-mail and web addresses in a text. */
const ADDRESS = /\S+@\S+|\bhttps?:\/\/\S+|\bwww\.\S+/g;

/** The site's own words (folded, letters only, as long as a compound part may be). */
export function siteWords(docs: readonly SearchDoc[]): Set<string> {
  const out = new Set<string>();
  for (const d of docs) {
    // Addresses are no words: "gelijkekansen" from gelijkekansen@minocw.nl would make
    // "gelijkekansenalliantie" one part short of "Gelijke Kansen Alliantie".
    const text = fold(`${d.title} ${d.summary} ${d.text} ${d.keywords ?? ''}`).replace(ADDRESS, ' ');
    for (const { word } of eachWord(text)) {
      if (word.length >= 4 && /^[a-z]+$/.test(word)) out.add(word);
    }
  }
  return out;
}

export type Analysis = ReturnType<typeof createAnalysis>;

export function createAnalysis(docs: readonly SearchDoc[], language: Language = {}) {
  const split = language.split ?? (() => null);
  const partMemo = new Map<string, string[] | null>();
  /** A compound's parts, as words (stopwords never split); keyed by the word as written. */
  const partsOf = (word: string): string[] | null => {
    let parts = partMemo.get(word);
    if (parts === undefined) {
      const f = fold(word);
      parts = isStopword(f) ? null : split(f);
      if (partMemo.size < 200_000) partMemo.set(word, parts);
    }
    return parts;
  };
  /** Every index term a word stands for: its own and, for a compound, those of its parts. */
  const termsOfWord = (word: string): string[] => {
    const own = processTerm(word);
    const parts = partsOf(word);
    const out = own === null ? [] : [own];
    for (const p of parts ?? []) {
      const t = processTerm(p);
      if (t !== null) out.push(t);
    }
    return out;
  };
  // A compound in a query is split against the site's words too, so a part the Dutch word list
  // lacks (an English loanword, a name such as "ouderbetrokkenheid" that the list splits further)
  // still counts as one part. Gathered on the first query, not while indexing: most processes
  // never split a query.
  let known: Set<string> | undefined;
  const queryMemo = new Map<string, Asked | null>();
  /**
   * A query word as a compound: split against the word list and the site's words (the fewest
   * parts), each part asked as the word it is a form of and as written ("kans" and "kansen").
   */
  const querySplit = (word: string): Asked | null => {
    let asked = queryMemo.get(word);
    if (asked === undefined) {
      const f = fold(word);
      const parts = isStopword(f) ? null : language.parts ? language.parts(f, (known ??= siteWords(docs))) : split(f)?.map((p) => ({ lemma: p, form: p }));
      asked = null;
      if (parts) {
        const terms = parts.map(({ lemma, form }) =>
          [...new Set([lemma, form, form.replace(/s$/, '')].map((w) => processTerm(w)))].filter((t): t is string => t !== null),
        );
        asked = { word, parts: parts.map((p) => p.lemma), terms: terms.filter((t) => t.length > 0) };
      }
      if (queryMemo.size < 10_000) queryMemo.set(word, asked);
    }
    return asked;
  };
  /** The terms a query word asks for: a compound asks for its parts, which its whole also holds. */
  const askedBy = (word: string): string[] => {
    const asked = querySplit(word);
    if (!asked) return processTerm(word) === null ? [] : [processTerm(word)!];
    return asked.terms.map((t) => t[0]);
  };

  // Synonyms are added to the text at index time, both ways, so a query needs no expansion: a
  // document that says "vve" also holds "voorschoolse educatie", and the other way round.
  const variantsByFirst = new Map<string, { variant: string[]; group: string[][] }[]>();
  for (const group of language.synonyms ?? []) {
    const variants = group.map((v) => words(fold(v)).map((w) => w.word));
    for (const variant of variants) {
      if (!variant.length) continue;
      const list = variantsByFirst.get(variant[0]) ?? [];
      list.push({ variant, group: variants });
      variantsByFirst.set(variant[0], list);
    }
  }
  const foldMemo = new Map<string, string>();
  const folded = (w: string) => {
    let f = foldMemo.get(w);
    if (f === undefined) {
      f = fold(w);
      if (foldMemo.size < 200_000) foldMemo.set(w, f);
    }
    return f;
  };
  /** The words of a field, then what they imply: the parts of its compounds, the synonyms it holds. */
  const expand = (list: string[]): string[] => {
    const extra: string[] = [];
    if (variantsByFirst.size) {
      const f = list.map(folded);
      for (let i = 0; i < f.length; i++) {
        for (const { variant, group } of variantsByFirst.get(f[i]) ?? []) {
          if (!variant.every((w, k) => f[i + k] === w)) continue;
          for (const other of group) if (other !== variant) extra.push(...other);
        }
      }
    }
    for (const w of list) {
      const parts = partsOf(w);
      if (parts) extra.push(...parts);
    }
    return extra.length ? list.concat(extra) : list;
  };

  return { termsOfWord, querySplit, askedBy, expand };
}
