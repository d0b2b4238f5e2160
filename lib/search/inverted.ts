// An inverted index on typed arrays that scores as MiniSearch 7 did (BM25 with its constants,
// field boosts, a document boost, prefix and typo expansion with MiniSearch's weights, AND / OR),
// without MiniSearch's Map entry and result objects per matching document and its sort of every
// hit. On the 11,000-document benchmark MiniSearch alone took 4-6 ms for a query over a word in
// half the documents ("kansengelijkheid") and about 9 ms for "school" (every document), the bulk
// of those queries; scoring them here is a fraction of a millisecond.

import { editDistance } from '../closest';

/** What a search finds: documents (by position in the corpus) in the order found, with their scores. */
export type Found = {
  ids: Int32Array;
  scores: Float64Array;
  /** Indices into ids and scores of the k best, best first; equal scores in the order found. */
  best: (k: number) => Int32Array;
  /** The index terms (a query term, or one of its prefix or typo expansions) a found document holds. */
  termsOf: (id: number) => string[];
};

/**
 * A Found over given documents and scores. A page needs the order of the first few dozen hits
 * only, so `best` selects those (in linear time) and sorts them, instead of sorting thousands.
 */
export function found(ids: Int32Array, scores: Float64Array, termsOf: (id: number) => string[]): Found {
  const byRank = (a: number, b: number) => scores[b] - scores[a] || a - b;
  let cached: Int32Array = new Int32Array(0);
  return {
    ids,
    scores,
    termsOf,
    best(wanted) {
      const k = Math.min(wanted, ids.length);
      if (k <= cached.length) return cached.subarray(0, k);
      let picked: Int32Array;
      if (k === ids.length) picked = Int32Array.from(ids, (_, i) => i);
      else {
        // Everything above the k-th best score, then as many equal to it as fit, earliest first.
        const threshold = kthLargest(scores, k);
        let room = k;
        for (let i = 0; i < scores.length; i++) if (scores[i] > threshold) room--;
        picked = new Int32Array(k);
        let at = 0;
        for (let i = 0; i < scores.length; i++) {
          if (scores[i] > threshold || (scores[i] === threshold && room-- > 0)) picked[at++] = i;
        }
      }
      cached = picked.sort(byRank);
      return cached;
    },
  };
}

/** The k-th largest value (k from 1), by quickselect on a copy. */
function kthLargest(values: Float64Array, k: number): number {
  const a = values.slice();
  const target = a.length - k;
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i++] = a[j];
        a[j--] = t;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return a[target];
  }
  return a[target];
}

export type Pass = {
  /** Whether the query term at position i also matches longer words that start with it. */
  prefix?: (term: string, i: number, terms: string[]) => boolean;
  /** Fraction of the term's length (or, from 1 up, a number of edits) forgiven as typos. */
  fuzzy?: (term: string, i: number, terms: string[]) => number | false;
  maxFuzzy?: number;
  /** Other index terms that count as the term itself (a compound part as lemma and as written). */
  alternatives?: (term: string) => readonly string[];
};

type Postings = { docs: Int32Array; freqs: Uint32Array };

// MiniSearch's defaults, kept so that scores (and so rankings) are unchanged.
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
const MAX_FUZZY = 6;

export function createTermIndex({
  count,
  boosts,
  textOf,
  tokenize,
  processTerm,
  docBoost,
}: {
  count: number;
  /** One boost per field; fields are numbered from 0. */
  boosts: number[];
  textOf: (n: number, field: number) => string;
  tokenize: (text: string, field: number) => string[];
  processTerm: (word: string) => string | null;
  docBoost: (n: number) => number;
}) {
  const fields = boosts.length;
  const termIds = new Map<string, number>();
  const termList: string[] = [];
  const building: { docs: number[]; freqs: number[] }[][] = Array.from({ length: fields }, () => []);
  const fieldLength = Array.from({ length: fields }, () => new Float64Array(count));
  // A running mean, computed as MiniSearch does, so BM25's length normalisation is bit-for-bit the same.
  const avgLength = new Array<number>(fields).fill(0);
  const boostOf = new Float64Array(count);
  const tf = new Map<number, number>();
  for (let n = 0; n < count; n++) {
    boostOf[n] = docBoost(n);
    for (let f = 0; f < fields; f++) {
      const tokens = tokenize(textOf(n, f), f);
      // Distinct words before term processing, stopwords included: MiniSearch's field length.
      const length = new Set(tokens).size;
      fieldLength[f][n] = length;
      avgLength[f] = (avgLength[f] * n + length) / (n + 1);
      tf.clear();
      for (const token of tokens) {
        const term = processTerm(token);
        if (term === null) continue;
        let id = termIds.get(term);
        if (id === undefined) {
          id = termList.push(term) - 1;
          termIds.set(term, id);
        }
        tf.set(id, (tf.get(id) ?? 0) + 1);
      }
      const lists = building[f];
      for (const [id, freq] of tf) {
        const p = (lists[id] ??= { docs: [], freqs: [] });
        p.docs.push(n);
        p.freqs.push(freq);
      }
    }
  }
  const postings: (Postings | undefined)[][] = building.map((lists) =>
    Array.from({ length: termList.length }, (_, id) =>
      lists[id] ? { docs: Int32Array.from(lists[id].docs), freqs: Uint32Array.from(lists[id].freqs) } : undefined,
    ),
  );
  // Terms in code-unit order, for prefix lookups by binary search; by length, for typo lookups.
  const sorted = termList.map((_, id) => id).sort((a, b) => (termList[a] < termList[b] ? -1 : termList[a] > termList[b] ? 1 : 0));
  const byLength: number[][] = [];
  termList.forEach((t, id) => (byLength[t.length] ??= []).push(id));

  function withPrefix(term: string): number[] {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (termList[sorted[mid]] < term) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let i = lo; i < sorted.length && termList[sorted[i]].startsWith(term); i++) out.push(sorted[i]);
    return out;
  }

  type Derived = { id: number; weight: number };
  /** The index terms one query term stands for, with MiniSearch's weights for expansions. */
  function derive(term: string, i: number, terms: string[], pass: Pass): Derived[] {
    const out: Derived[] = [];
    const exact = termIds.get(term);
    if (exact !== undefined) out.push({ id: exact, weight: 1 });
    for (const other of pass.alternatives?.(term) ?? []) {
      const id = termIds.get(other);
      if (id !== undefined && id !== exact && !out.some((x) => x.id === id)) out.push({ id, weight: 1 });
    }
    const prefixed = pass.prefix?.(term, i, terms) ? withPrefix(term).filter((id) => id !== exact) : [];
    for (const id of prefixed) {
      const length = termList[id].length;
      out.push({ id, weight: (PREFIX_WEIGHT * length) / (length + 0.3 * (length - term.length)) });
    }
    const fuzzy = pass.fuzzy?.(term, i, terms);
    if (fuzzy) {
      const max = fuzzy < 1 ? Math.min(pass.maxFuzzy ?? MAX_FUZZY, Math.round(term.length * fuzzy)) : fuzzy;
      const skip = new Set(prefixed);
      for (let length = Math.max(1, term.length - max); max && length <= term.length + max; length++) {
        for (const id of byLength[length] ?? []) {
          if (id === exact || skip.has(id)) continue;
          const d = editDistance(term, termList[id], max);
          if (d <= max) out.push({ id, weight: (FUZZY_WEIGHT * length) / (length + d) });
        }
      }
    }
    return out;
  }

  // Scratch space per query term, reused across searches and cleared through the lists of
  // documents touched, so a search allocates little beyond its result. Kept for the first few
  // terms only: a query of a hundred words must not leave a hundred arrays behind.
  const KEPT = 8;
  const scratch: { score: Float64Array; seen: Uint8Array; order: number[] }[] = [];
  const space = () => ({ score: new Float64Array(count), seen: new Uint8Array(count), order: [] as number[] });
  const scratchFor = (s: number) => (s < KEPT ? (scratch[s] ??= space()) : space());

  /**
   * Adds the BM25 scores of a query term's index terms to its scratch space; with `only`, just for
   * the documents marked there. The order in which documents are first seen is kept: it settles
   * the order of equal scores, as MiniSearch's insertion-ordered maps did.
   */
  function score(derived: Derived[], into: (typeof scratch)[number], only?: Uint8Array) {
    const { k, b, d } = BM25;
    for (const { id, weight } of derived) {
      for (let f = 0; f < fields; f++) {
        const p = postings[f][id];
        if (!p) continue;
        const matching = p.docs.length;
        const idf = Math.log(1 + (count - matching + 0.5) / (matching + 0.5));
        const boost = boosts[f];
        const avg = avgLength[f];
        const lengths = fieldLength[f];
        for (let j = 0; j < matching; j++) {
          const n = p.docs[j];
          if (only && !only[n]) continue;
          const freq = p.freqs[j];
          const raw = idf * (d + (freq * (k + 1)) / (freq + k * (1 - b + (b * lengths[n]) / avg)));
          const weighted = weight * 1 * boost * boostOf[n] * raw;
          if (into.seen[n]) into.score[n] += weighted;
          else {
            into.seen[n] = 1;
            into.score[n] = weighted;
            into.order.push(n);
          }
        }
      }
    }
  }

  const postingCount = (derived: Derived[]) => derived.reduce((sum, { id }) => sum + postings.reduce((s, field) => s + (field[id]?.docs.length ?? 0), 0), 0);
  const holds = (p: Postings | undefined, n: number) => {
    if (!p) return false;
    let lo = 0;
    let hi = p.docs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (p.docs[mid] < n) lo = mid + 1;
      else hi = mid;
    }
    return p.docs[lo] === n;
  };

  /**
   * Searches processed query terms; AND: a document must match every term (or an expansion of it).
   * Alternatives for one word (synonyms, should text processing give them) belong among that
   * term's expansions in `derive`, not in `terms`, where each is required.
   */
  function search(terms: string[], pass: Pass, combineWith: 'AND' | 'OR'): Found {
    const derived = terms.map((t, i) => derive(t, i, terms, pass));
    const spaces = terms.map((_, s) => scratchFor(s));
    let ids = new Int32Array(0);
    let totals = new Float64Array(0);
    let hits = 0;
    try {
      if (terms.length > 0 && combineWith === 'AND') {
        // Only documents with the least common term can match them all: that term is scored first,
        // the others only for its documents.
        let seed = 0;
        const costs = derived.map(postingCount);
        for (let s = 1; s < terms.length; s++) if (costs[s] < costs[seed]) seed = s;
        score(derived[seed], spaces[seed]);
        for (let s = 0; s < terms.length; s++) if (s !== seed) score(derived[s], spaces[s], spaces[seed].seen);
        const quality = new Set(terms).size;
        // MiniSearch kept the order of the last term's matches and summed the terms' scores in order.
        const last = spaces[terms.length - 1].order;
        ids = new Int32Array(last.length);
        totals = new Float64Array(last.length);
        next: for (const n of last) {
          let total = spaces[0].score[n];
          for (let s = 0; s < spaces.length; s++) {
            if (!spaces[s].seen[n]) continue next;
            if (s > 0) total = total + spaces[s].score[n];
          }
          ids[hits] = n;
          totals[hits++] = total * quality;
        }
      } else if (terms.length > 0) {
        derived.forEach((dv, s) => score(dv, spaces[s]));
        const listed = spaces[0].seen.slice();
        const order = [...spaces[0].order];
        for (let s = 1; s < spaces.length; s++) {
          for (const n of spaces[s].order) {
            if (listed[n]) continue;
            listed[n] = 1;
            order.push(n);
          }
        }
        ids = new Int32Array(order.length);
        totals = new Float64Array(order.length);
        for (const n of order) {
          let total: number | undefined;
          const matched = new Set<string>();
          for (let s = 0; s < spaces.length; s++) {
            if (!spaces[s].seen[n]) continue;
            total = total === undefined ? spaces[s].score[n] : total + spaces[s].score[n];
            matched.add(terms[s]);
          }
          ids[hits] = n;
          totals[hits++] = total! * matched.size;
        }
      }
    } finally {
      for (const sp of spaces) {
        for (const n of sp.order) sp.seen[n] = 0;
        sp.order.length = 0;
      }
    }
    const matchedTerms = [...new Set(derived.flat().map((x) => x.id))];
    return found(ids.subarray(0, hits), totals.subarray(0, hits), (n) =>
      matchedTerms.filter((id) => postings.some((field) => holds(field[id], n))).map((id) => termList[id]),
    );
  }

  return { search };
}
