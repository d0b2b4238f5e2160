import { z } from 'zod';

// Faceted filtering for the list pages (interventies, nieuws, activiteiten): AND across facets,
// OR within one, with counts that show what each value would give.
export type FacetSpec<T> = Record<string, (item: T) => readonly string[]>;
export type Selection = Record<string, string[]>;

export function facetFilter<T>(items: readonly T[], specs: FacetSpec<T>, selection: Selection) {
  const names = Object.keys(specs);
  const active = names.filter((n) => selection[n]?.length);
  const counts: Record<string, Map<string, number>> = Object.fromEntries(names.map((n) => [n, new Map()]));
  const matching: T[] = [];
  for (const item of items) {
    let failed: string | undefined;
    let failures = 0;
    for (const n of active) {
      const values = specs[n](item);
      if (!selection[n].some((v) => values.includes(v))) {
        failed = n;
        if (++failures > 1) break;
      }
    }
    if (failures > 1) continue;
    if (failures === 0) matching.push(item);
    // Counted under a facet when it passes every other facet's filter.
    for (const n of names) {
      if (failures === 1 && failed !== n) continue;
      for (const v of specs[n](item)) counts[n].set(v, (counts[n].get(v) ?? 0) + 1);
    }
  }
  return { items: matching, counts };
}

/** One query parameter as a list of trimmed strings, whatever the query string held. */
export const paramList = z.preprocess(
  (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.string().transform((s) => s.trim())).catch([]),
);

/** Reads facet selections from a query string with zod, keeping only known values. */
export function parseSelection(raw: Record<string, string | string[] | undefined>, allowed: Record<string, readonly string[]>): { selection: Selection; ignored: string[] } {
  const selection: Selection = {};
  const ignored: string[] = [];
  for (const [name, values] of Object.entries(allowed)) {
    const given = paramList.parse(raw[name]).filter(Boolean);
    const { data: known = [] } = z.array(z.enum(values as [string, ...string[]])).safeParse([...new Set(given)].filter((v) => values.includes(v)));
    for (const v of given) if (!values.includes(v)) ignored.push(`${name}=${[...v].slice(0, 60).join('')}`);
    if (known.length) selection[name] = known;
  }
  return { selection, ignored };
}

export function selectionQuery(selection: Selection, extra: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(extra)) if (v) params.set(k, v);
  for (const [name, values] of Object.entries(selection)) for (const v of values) params.append(name, v);
  const s = params.toString();
  return s ? `?${s}` : '';
}
