// The order of the results: the index ranks by BM25 with these field and document boosts; the
// exact phrase is added here, grouped documents become one result, and a list without a query
// has its own fixed order.
import type { SearchDoc } from './documents';
import type { Found } from './inverted';

/** Two fields: a title match must outrank a body match; summary and text are both "body". */
export const FIELD_BOOSTS = [4, 1];

/** A document's boost: its own, and for news a little more the more recent: at most +15% over ten years. */
export function documentBoost(d: SearchDoc, thisYear: number): number {
  return (d.boost ?? 1) * (d.type === 'nieuws' && d.date ? 1 + 0.015 * (10 - Math.max(0, Math.min(10, thisYear - Number(d.date.slice(0, 4))))) : 1);
}

const PHRASE_CANDIDATES = 100;

/** Where a hit stands: its index into hits.ids and hits.scores, with its score after boosts. */
export type Placed = (place: number) => { at: number; score: number };

/**
 * The ranking, read as far as a page needs: the exact phrase ×2 in the title, ×1.3 in the body
 * (folded texts, from `folded`). Only the best candidates are read: a boost only raises a score,
 * so the top slice re-sorted on its own still ranks above everything after it.
 */
export function ranking(hits: Found, phrase: string, multiWord: boolean, folded: (n: number) => { title: string; body: string }): Placed {
  let order = hits.best(PHRASE_CANDIDATES);
  const head = Array.from(multiWord ? order : [], (at) => ({ at, score: hits.scores[at] }));
  for (const r of head) {
    const f = folded(hits.ids[r.at]);
    if (f.title.includes(phrase)) r.score *= 2;
    else if (f.body.includes(phrase)) r.score *= 1.3;
  }
  head.sort((a, b) => b.score - a.score);
  return (place) => {
    if (place < head.length) return head[place];
    if (place >= order.length) order = hits.best(Math.max(place + 1, order.length * 4));
    return { at: order[place], score: hits.scores[order[place]] };
  };
}

const dutch = new Intl.Collator('nl');

/** Filters without a query list everything newest first, then by title (Dutch collation). */
export function browseOrder(docs: readonly SearchDoc[]): Int32Array {
  return Int32Array.from(docs.keys()).sort((a, b) => (docs[b].date ?? '').localeCompare(docs[a].date ?? '') || dutch.compare(docs[a].title, docs[b].title));
}

/**
 * Grouped documents (SearchDoc.group) found more than once are one result: the best of them,
 * shown as the overview page, or none when the overview page is found itself.
 * Returns the positions in `hits` to leave out and the documents that stand in for a group.
 */
export function grouping(docs: readonly SearchDoc[], hits: Found): { hidden: Uint8Array; standIn: Map<number, SearchDoc> } {
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
