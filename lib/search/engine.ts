// The site search: one in-memory index over every content type, built once per process. This
// composes the parts: text processing (analysis.ts, text.ts, compounds.ts), the index
// (inverted.ts), the passes (passes.ts), the ranking (ranking.ts), the facets (facets.ts), the
// suggestions (suggest.ts) and the snippets (snippets.ts).
import { expandAliases } from './aliases';
import { createAnalysis, processTerm, type Compound, type Language } from './analysis';
import type { SearchDoc } from './documents';
import { facetColumns, filterAndCount, FACETS, type Facet, type FacetValue, type Filters } from './facets';
import { createTermIndex, found, type Found } from './inverted';
import { holdsConcept, match } from './passes';
import { browseOrder, documentBoost, FIELD_BOOSTS, grouping, ranking, type Placed } from './ranking';
import { snippet, highlight, type Segment } from './snippets';
import { suggest, titleVocabulary } from './suggest';
import { fold, words } from './text';

export { FACETS, highlight, type Compound, type Facet, type FacetValue, type Filters, type Language, type Segment };

export type Hit = { doc: SearchDoc; score: number; title: Segment[]; snippet: Segment[] };

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

export type SearchIndex = ReturnType<typeof createSearchIndex>;

/** A query as the index reads it: folded, known other names expanded, punctuation gone. */
const phraseOf = (q: string) =>
  expandAliases(fold(q.trim()))
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

export function createSearchIndex(docs: SearchDoc[], language: Language = {}) {
  const analysis = createAnalysis(docs, language);
  const { termsOfWord } = analysis;
  const thisYear = new Date().getFullYear();
  const boosts = docs.map((d) => documentBoost(d, thisYear));
  // Documents are known by their position in `docs`: array lookups, not string-keyed maps.
  const index = createTermIndex({
    count: docs.length,
    boosts: FIELD_BOOSTS,
    textOf: (n, field) => (field === 0 ? docs[n].title : `${docs[n].summary}\n${docs[n].text}\n${docs[n].keywords ?? ''}`),
    tokenize: (text) => analysis.expand(words(text).map((w) => w.word)),
    processTerm,
    docBoost: (n) => boosts[n],
  });
  const vocabulary = titleVocabulary(docs);
  const columns = facetColumns(docs);
  const foldedText: ({ title: string; body: string } | undefined)[] = [];
  const folded = (n: number) => (foldedText[n] ??= { title: fold(docs[n].title), body: fold(`${docs[n].summary} ${docs[n].text}`) });
  // The same order for every request, sorted once (sorting 11,000 titles by Dutch collation took 300 ms a request).
  let browsing: Int32Array | undefined;

  const matchPhrase = (phrase: string) =>
    match(
      words(phrase).map(({ word }) => word),
      {
        search: index.search,
        querySplit: analysis.querySplit,
        askedBy: analysis.askedBy,
        processTerm,
        // The keywords belong with the title: an overview's "Interventies" with its "bundel".
        holds: (n, c) => holdsConcept(`${docs[n].title} ${docs[n].keywords ?? ''}\n${docs[n].summary}\n${docs[n].text}`, c, processTerm(c.word), termsOfWord),
      },
    );

  function search({ q, filters = {}, page = 1, perPage = 10 }: { q: string; filters?: Filters; page?: number; perPage?: number }): SearchResponse {
    const query = q.trim();
    const phrase = phraseOf(query);
    let mode: SearchResponse['mode'];
    let ranked: Found;
    let partsShown: Compound[] | undefined;
    if (!phrase) {
      mode = FACETS.some((f) => filters[f]?.length) ? 'browse' : 'empty';
      const ids = mode === 'browse' ? (browsing ??= browseOrder(docs)) : new Int32Array(0);
      ranked = found(ids, new Float64Array(ids.length), () => []);
    } else {
      const matched = matchPhrase(phrase);
      ranked = matched.found;
      mode = matched.mode;
      if (mode === 'parts') partsShown = matched.compounds;
    }
    const { ids } = ranked;
    const { hidden, standIn } = grouping(docs, ranked);
    const { passes, total, facets } = filterAndCount(columns, ids, hidden, filters);
    const pageCount = Math.max(1, Math.ceil(total / perPage));
    const current = Math.min(Math.max(1, page), pageCount);
    // The page: the ranking walked in order, over the hits that pass the filters.
    const placed: Placed = phrase ? ranking(ranked, phrase, phrase.includes(' '), folded) : (place) => ({ at: place, score: 0 });
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
      suggestion: (phrase && total === 0) || mode === 'or' ? suggest(query, vocabulary, processTerm) : undefined,
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
    const { found: hits } = matchPhrase(phrase);
    const types = filters.type ? new Set(filters.type) : undefined;
    const placed = ranking(hits, phrase, phrase.includes(' '), folded);
    const { hidden, standIn } = grouping(docs, hits);
    const out: string[] = [];
    for (let place = 0; place < hits.ids.length; place++) {
      const { at } = placed(place);
      if (hidden[at]) continue;
      const doc = standIn.get(at) ?? docs[hits.ids[at]];
      if (!types || types.has(doc.type)) out.push(doc.id);
    }
    return out;
  }

  return { search, rank, size: docs.length };
}
