// The filters of the search: each document's facet values as small integers in flat arrays, and
// one pass over the hits that says which pass the filters and counts the values per facet.
import type { SearchDoc } from './documents';

export const FACETS = ['type', 'thema', 'gemeente', 'provincie', 'onderwijstype', 'jaar'] as const;
export type Facet = (typeof FACETS)[number];
export type Filters = Partial<Record<Facet, string[]>>;
export type FacetValue = { value: string; count: number; selected: boolean };

const facetValues: Record<Facet, (d: SearchDoc) => string[]> = {
  type: (d) => [d.type],
  thema: (d) => d.themes,
  gemeente: (d) => d.municipalities,
  provincie: (d) => d.provinces,
  onderwijstype: (d) => d.schoolTypes,
  jaar: (d) => (d.date ? [d.date.slice(0, 4)] : []),
};

/** One facet's values; document n's codes are codes[start[n]] … codes[start[n + 1] - 1]. */
export type Column = { facet: Facet; ids: Map<string, number>; values: string[]; start: Int32Array; codes: Int32Array };

/**
 * Facet values of every document as small integers in flat arrays, so filtering and counting
 * thousands of hits per request is array arithmetic, not object and Set lookups.
 */
export function facetColumns(docs: readonly SearchDoc[]): Column[] {
  return FACETS.map((f) => {
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
}

/**
 * One pass over the hits (documents `ids`, in any order; positions marked in `hidden` skipped):
 * a document counts for a facet when it passes every other facet's filter (so the values of a
 * facet stay selectable side by side), and is a result when it passes all. Returns per position
 * whether it passes, how many pass, and per facet its values with counts (selected ones always;
 * years newest first, others most frequent first).
 */
export function filterAndCount(
  columns: readonly Column[],
  ids: Int32Array,
  hidden: Uint8Array,
  filters: Filters,
): { passes: Uint8Array; total: number; facets: Record<Facet, FacetValue[]> } {
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
  return { passes, total, facets };
}
