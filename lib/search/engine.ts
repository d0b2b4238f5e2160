// The site search: one in-memory index over every content type, built once per process.
import { editDistance } from '../closest';
import { expandAliases } from './aliases';
import type { SearchDoc } from './documents';
import { createTermIndex, found, type Found, type Pass } from './inverted';
import { eachWord, fold, isStopword, termOf, words } from './text';

export const FACETS = ['type', 'thema', 'gemeente', 'provincie', 'onderwijstype', 'jaar'] as const;
export type Facet = (typeof FACETS)[number];
export type Filters = Partial<Record<Facet, string[]>>;

export type Segment = { text: string; mark: boolean };
export type Hit = { doc: SearchDoc; score: number; title: Segment[]; snippet: Segment[] };
export type FacetValue = { value: string; count: number; selected: boolean };

export type SearchResponse = {
  query: string;
  /** and: every word matched; or: no document had every word, so any word counts; browse: filters only. */
  mode: 'and' | 'or' | 'parts' | 'browse' | 'empty';
  hits: Hit[];
  total: number;
  page: number;
  pageCount: number;
  facets: Record<Facet, FacetValue[]>;
  suggestion?: string;
  /** With mode "parts": the compounds no document holds as a whole, and the parts searched instead. */
  parts?: Compound[];
};

/** A query word that is a compound, and the words it is made of. */
export type Compound = { word: string; parts: string[] };
/** A compound as the index is asked for it: per part, its terms (the lemma's first). */
type Asked = Compound & { terms: string[][] };

const facetValues: Record<Facet, (d: SearchDoc) => string[]> = {
  type: (d) => [d.type],
  thema: (d) => d.themes,
  gemeente: (d) => d.municipalities,
  provincie: (d) => d.provinces,
  onderwijstype: (d) => d.schoolTypes,
  jaar: (d) => (d.date ? [d.date.slice(0, 4)] : []),
};

const memo = new Map<string, string | null>();
/** termOf with a cache: the vocabulary is small, the corpus is not. */
function processTerm(word: string): string | null {
  let t = memo.get(word);
  if (t === undefined) {
    t = termOf(word);
    if (memo.size < 200_000) memo.set(word, t);
  }
  return t;
}

export type SearchIndex = ReturnType<typeof createSearchIndex>;

/** A query as the index reads it: folded, known other names expanded, punctuation gone. */
const phraseOf = (q: string) =>
  expandAliases(fold(q.trim()))
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

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

/** E-mail and web addresses in a text. */
const ADDRESS = /\S+@\S+|\bhttps?:\/\/\S+|\bwww\.\S+/g;

/** The hits of a search that pass a test, in their order. */
function keep(hits: Found, test: (n: number) => boolean): Found {
  const at = [...hits.ids.keys()].filter((i) => test(hits.ids[i]));
  return found(
    Int32Array.from(at, (i) => hits.ids[i]),
    Float64Array.from(at, (i) => hits.scores[i]),
    hits.termsOf,
  );
}

/** The hits of two searches together; a document in both keeps its better score and all its terms. */
function union(a: Found, b: Found): Found {
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

export function createSearchIndex(docs: SearchDoc[], language: Language = {}) {
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
  // The site's own words (folded, letters only, as long as a compound part may be): a compound in
  // a query is split against them too, so a part the Dutch word list lacks (an English loanword,
  // a name such as "ouderbetrokkenheid" that the list splits further) still counts as one part.
  // Gathered on the first query, not while indexing: most processes never split a query.
  let siteWords: Set<string> | undefined;
  const siteVocabulary = () => {
    if (siteWords) return siteWords;
    siteWords = new Set();
    for (const d of docs) {
      // Addresses are no words: "gelijkekansen" from gelijkekansen@minocw.nl would make
      // "gelijkekansenalliantie" one part short of "Gelijke Kansen Alliantie".
      const text = fold(`${d.title} ${d.summary} ${d.text} ${d.keywords ?? ''}`).replace(ADDRESS, ' ');
      for (const { word } of eachWord(text)) {
        if (word.length >= 4 && /^[a-z]+$/.test(word)) siteWords.add(word);
      }
    }
    return siteWords;
  };
  const queryMemo = new Map<string, Asked | null>();
  /**
   * A query word as a compound: split against the word list and the site's words (the fewest
   * parts), each part asked as the word it is a form of and as written ("kans" and "kansen").
   */
  const querySplit = (word: string): Asked | null => {
    let asked = queryMemo.get(word);
    if (asked === undefined) {
      const f = fold(word);
      const parts = isStopword(f) ? null : language.parts ? language.parts(f, siteVocabulary()) : split(f)?.map((p) => ({ lemma: p, form: p }));
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

  /** How far apart (in words) a compound's parts may stand and still say its concept. */
  const TOGETHER = 5;
  /**
   * Whether document n holds a compound's concept: the compound itself (alone or in a longer one),
   * or all its parts within a few words of each other in one line (a heading, paragraph, item).
   */
  const holdsConcept = (n: number, c: Asked): boolean => {
    const own = processTerm(c.word);
    const wanted = c.terms;
    const d = docs[n];
    // The keywords belong with the title: an overview's "Interventies" with its "bundel".
    for (const line of `${d.title} ${d.keywords ?? ''}\n${d.summary}\n${d.text}`.split('\n')) {
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
  const folded1 = (w: string) => {
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
      const f = list.map(folded1);
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

  const vocabulary = new Map<string, number>();
  // Recent news first when the match is otherwise equal: at most +15% over ten years.
  const thisYear = new Date().getFullYear();
  const recency = docs.map(
    (d) => (d.boost ?? 1) * (d.type === 'nieuws' && d.date ? 1 + 0.015 * (10 - Math.max(0, Math.min(10, thisYear - Number(d.date.slice(0, 4))))) : 1),
  );
  // Documents are known by their position in `docs`: array lookups, not string-keyed maps.
  const index = createTermIndex({
    count: docs.length,
    // Two fields: a title match must outrank a body match; summary and text are both "body".
    boosts: [4, 1],
    textOf: (n, field) => (field === 0 ? docs[n].title : `${docs[n].summary}\n${docs[n].text}\n${docs[n].keywords ?? ''}`),
    tokenize: (text, field) => {
      const list = words(text).map((w) => w.word);
      if (field === 0) {
        for (const w of list) {
          const f = fold(w);
          if (f.length >= 4) vocabulary.set(f, (vocabulary.get(f) ?? 0) + 1);
        }
      }
      return expand(list);
    },
    processTerm,
    docBoost: (n) => recency[n],
  });

  // Facet values of every document as small integers in flat arrays (document n's codes are
  // codes[start[n]] … codes[start[n + 1] - 1]), so filtering and counting thousands of hits per
  // request is array arithmetic, not object and Set lookups.
  const columns = FACETS.map((f) => {
    const ids = new Map<string, number>();
    const values: string[] = [];
    const start = new Int32Array(docs.length + 1);
    const codes: number[] = [];
    docs.forEach((d, n) => {
      for (const v of facetValues[f](d)) {
        let id = ids.get(v);
        if (id === undefined) {
          id = values.push(v) - 1;
          ids.set(v, id);
        }
        codes.push(id);
      }
      start[n + 1] = codes.length;
    });
    return { facet: f, ids, values, start, codes: Int32Array.from(codes) };
  });
  const foldedText: ({ title: string; body: string } | undefined)[] = [];
  const folded = (n: number) => (foldedText[n] ??= { title: fold(docs[n].title), body: fold(`${docs[n].summary} ${docs[n].text}`) });

  // Exact words first. Only when they find (almost) nothing: the last word as a prefix (a word
  // still being typed), then typos forgiven. Expanding common words costs time and precision.
  const FEW = 3;
  const prefixLast = (term: string, i: number, all: string[]) => i === all.length - 1 && term.length >= 3;
  const fuzzy = (term: string) => (term.length >= 5 ? 0.2 : false);
  const passes: Pass[] = [{}, { prefix: prefixLast }, { prefix: prefixLast, fuzzy, maxFuzzy: 2 }];
  function run(terms: string[], combineWith: 'AND' | 'OR', alternatives?: Pass['alternatives']): Found {
    let found = index.search(terms, { ...passes[0], alternatives }, combineWith);
    for (const pass of passes.slice(1)) {
      if (found.ids.length >= FEW) break;
      found = index.search(terms, { ...pass, alternatives }, combineWith);
    }
    return found;
  }

  /**
   * What a query finds. A compound asks for its concept: documents that hold the word itself (or a
   * longer compound with it) or its parts close together ("beleid tegen armoede" for
   * "armoedebeleid"). Its parts apart ("lees" in "Hieronder lees je" for "leesbevordering") count
   * only when no document holds the concept, and then the answer says so (mode "parts").
   */
  function match(phrase: string): { found: Found; mode: 'and' | 'or' | 'parts'; compounds: Compound[] } {
    const list = words(phrase).map(({ word }) => word);
    const compounds = list.flatMap((word) => querySplit(word) ?? []);
    const asked = list.flatMap((word) => askedBy(word));
    if (!compounds.length) {
      const hits = run(asked, 'AND');
      if (hits.ids.length === 0 && asked.length > 1) return { found: run(asked, 'OR'), mode: 'or', compounds: [] };
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
    const asWhole = index.search(whole, passes[0], 'AND');
    // A document with the whole words is in; only the others are read for parts close together.
    const inWhole = new Set(asWhole.ids);
    const byParts = run(asked, 'AND', alternatives);
    const together = keep(byParts, (n) => inWhole.has(n) || compounds.every((c) => holdsConcept(n, c)));
    const concept = union(together, asWhole);
    const shown = compounds.map(({ word, parts }) => ({ word, parts }));
    if (concept.ids.length > 0) return { found: concept, mode: 'and', compounds: shown };
    return { found: run(asked, 'OR', alternatives), mode: 'parts', compounds: shown };
  }

  const PHRASE_CANDIDATES = 100;
  /**
   * The ranking, read as far as a page needs: the index ranks by BM25 with field boosts and
   * recency; the exact phrase is added here. Only the best candidates are read: a boost only raises
   * a score, so the top slice re-sorted on its own still ranks above everything after it.
   */
  function ranking(hits: Found, phrase: string, multiWord: boolean) {
    let order = hits.best(PHRASE_CANDIDATES);
    const head = Array.from(multiWord ? order : [], (at) => ({ at, score: hits.scores[at] }));
    for (const r of head) {
      const f = folded(hits.ids[r.at]);
      if (f.title.includes(phrase)) r.score *= 2;
      else if (f.body.includes(phrase)) r.score *= 1.3;
    }
    head.sort((a, b) => b.score - a.score);
    /** Index into hits.ids and hits.scores of the hit at a place in the ranking, with its score. */
    return (place: number): { at: number; score: number } => {
      if (place < head.length) return head[place];
      if (place >= order.length) order = hits.best(Math.max(place + 1, order.length * 4));
      return { at: order[place], score: hits.scores[order[place]] };
    };
  }

  // Filters without a query list everything newest first, then by title: the same order for every
  // request, sorted once (sorting 11,000 titles by Dutch collation took 300 ms a request).
  let browsing: Int32Array | undefined;
  const dutch = new Intl.Collator('nl');
  const browseOrder = () =>
    (browsing ??= Int32Array.from(docs.keys()).sort(
      (a, b) => (docs[b].date ?? '').localeCompare(docs[a].date ?? '') || dutch.compare(docs[a].title, docs[b].title),
    ));

  function suggest(query: string): string | undefined {
    let changed = false;
    const corrected = words(query).map(({ word }) => {
      const w = fold(word);
      if (w.length < 4 || vocabulary.has(w) || processTerm(w) === null) return w;
      let best: string | undefined;
      let bestScore = Infinity;
      for (const [candidate, count] of vocabulary) {
        if (Math.abs(candidate.length - w.length) > 2) continue;
        const d = editDistance(w, candidate);
        // Closer first; among equally close words the more common one.
        const s = d - Math.min(count, 50) / 100;
        if (d <= 2 && s < bestScore) [best, bestScore] = [candidate, s];
      }
      if (best) changed = true;
      return best ?? w;
    });
    return changed ? corrected.join(' ') : undefined;
  }

  /**
   * Grouped documents (SearchDoc.group) found more than once are one result: the best of them,
   * shown as the overview page, or none when the overview page is found itself.
   * Returns the positions in `hits` to leave out and the documents that stand in for a group.
   */
  function grouping(hits: Found): { hidden: Uint8Array; standIn: Map<number, SearchDoc> } {
    const hidden = new Uint8Array(hits.ids.length);
    const standIn = new Map<number, SearchDoc>();
    const members = new Map<string, number[]>();
    const present = new Set<string>();
    hits.ids.forEach((n, at) => {
      const g = docs[n].group;
      present.add(docs[n].id);
      if (g) members.set(g.url, [...(members.get(g.url) ?? []), at]);
    });
    for (const [url, list] of members) {
      if (list.length < 2) continue;
      const best = list.reduce((a, b) => (hits.scores[b] > hits.scores[a] ? b : a));
      for (const at of list) if (at !== best || present.has(url)) hidden[at] = 1;
      if (!present.has(url)) {
        const d = docs[hits.ids[best]];
        standIn.set(best, { ...d, id: url, url, title: d.group!.title });
      }
    }
    return { hidden, standIn };
  }

  function search({ q, filters = {}, page = 1, perPage = 10 }: { q: string; filters?: Filters; page?: number; perPage?: number }): SearchResponse {
    const query = q.trim();
    const phrase = phraseOf(query);
    const hasFilters = FACETS.some((f) => filters[f]?.length);
    let mode: SearchResponse['mode'];
    let ranked: Found;
    let multiWord = false;
    let partsShown: Compound[] | undefined;

    if (!phrase) {
      mode = hasFilters ? 'browse' : 'empty';
      const ids = hasFilters ? browseOrder() : new Int32Array(0);
      ranked = found(ids, new Float64Array(ids.length), () => []);
    } else {
      multiWord = phrase.includes(' ');
      const matched = match(phrase);
      ranked = matched.found;
      mode = matched.mode;
      if (mode === 'parts') partsShown = matched.compounds;
    }

    // One pass over the hits in any order: a document counts for a facet when it passes every other
    // facet's filter (so the values of a facet stay selectable side by side), and is a result when
    // it passes all.
    const active = columns.filter((c) => filters[c.facet]?.length);
    const wanted = active.map((c) => {
      const mask = new Uint8Array(c.values.length);
      for (const v of filters[c.facet]!) {
        const id = c.ids.get(v);
        if (id !== undefined) mask[id] = 1;
      }
      return mask;
    });
    const counts = columns.map((c) => new Int32Array(c.values.length));
    const { ids } = ranked;
    const { hidden, standIn } = grouping(ranked);
    const passes = new Uint8Array(ids.length);
    let total = 0;
    for (let at = 0; at < ids.length; at++) {
      if (hidden[at]) continue;
      const n = ids[at];
      let failed = -1;
      let failures = 0;
      for (let a = 0; a < active.length && failures < 2; a++) {
        const { start, codes } = active[a];
        const mask = wanted[a];
        let pass = false;
        for (let k = start[n]; k < start[n + 1]; k++) {
          if (mask[codes[k]]) {
            pass = true;
            break;
          }
        }
        if (!pass) {
          failed = columns.indexOf(active[a]);
          failures++;
        }
      }
      if (failures > 1) continue;
      if (failures === 0) {
        passes[at] = 1;
        total++;
      }
      for (let f = 0; f < columns.length; f++) {
        if (failures === 1 && failed !== f) continue;
        const { start, codes } = columns[f];
        const c = counts[f];
        for (let k = start[n]; k < start[n + 1]; k++) c[codes[k]]++;
      }
    }
    const facets = Object.fromEntries(
      columns.map(({ facet, values: all }, f) => {
        const c = counts[f];
        const selected = new Set(filters[facet] ?? []);
        const values: FacetValue[] = [];
        all.forEach((value, id) => {
          if (c[id] > 0 || selected.has(value)) values.push({ value, count: c[id], selected: selected.has(value) });
        });
        values.sort((a, b) => (facet === 'jaar' ? b.value.localeCompare(a.value) : b.count - a.count || a.value.localeCompare(b.value, 'nl')));
        return [facet, values];
      }),
    ) as Record<Facet, FacetValue[]>;

    const pageCount = Math.max(1, Math.ceil(total / perPage));
    const current = Math.min(Math.max(1, page), pageCount);
    // The page: the ranking walked in order, over the hits that pass the filters.
    const placed = phrase ? ranking(ranked, phrase, multiWord) : (place: number) => ({ at: place, score: 0 });
    const hits: Hit[] = [];
    for (let place = 0, kept = 0; place < ids.length && kept < current * perPage; place++) {
      const { at, score } = placed(place);
      if (!passes[at]) continue;
      if (kept++ < (current - 1) * perPage) continue;
      const doc = standIn.get(at) ?? docs[ids[at]];
      const matched = new Set(ranked.termsOf(ids[at]));
      hits.push({ doc, score, title: highlight(doc.title, matched, termsOfWord), snippet: snippet(doc, matched, termsOfWord) });
    }

    return {
      query,
      mode,
      hits,
      total,
      page: current,
      pageCount,
      facets,
      suggestion: phrase && total === 0 ? suggest(query) : mode === 'or' ? suggest(query) : undefined,
      parts: partsShown && total > 0 ? partsShown : undefined,
    };
  }

  /**
   * Every document matching a query, best first, as ids (the documents' urls): what the lists use
   * for relevance. No facets, snippets or pages, so a common word over 10,000 documents stays cheap.
   */
  function rank({ q, filters = {} }: { q: string; filters?: Filters }): string[] {
    const phrase = phraseOf(q);
    if (!phrase) return [];
    const multiWord = phrase.includes(' ');
    const { found } = match(phrase);
    const types = filters.type ? new Set(filters.type) : undefined;
    const placed = ranking(found, phrase, multiWord);
    const { hidden, standIn } = grouping(found);
    const out: string[] = [];
    for (let place = 0; place < found.ids.length; place++) {
      const { at } = placed(place);
      if (hidden[at]) continue;
      const doc = standIn.get(at) ?? docs[found.ids[at]];
      if (!types || types.has(doc.type)) out.push(doc.id);
    }
    return out;
  }

  return { search, rank, size: docs.length };
}

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
function snippet(doc: SearchDoc, matched: Set<string>, termsOfWord: TermsOfWord): Segment[] {
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
