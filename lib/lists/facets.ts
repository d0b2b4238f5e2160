// Faceted filtering for the list pages (interventies, nieuws, activiteiten, gemeenten): AND across
// facets, OR within one, with counts that show what each value would give.
export type FacetSpec<T> = Record<string, (item: T) => readonly string[]>;
import type { Selection } from '../http/query';

export type { Selection };
export type FacetCounts = Record<string, Map<string, number>>;

/**
 * The facet values of a list, read once: every item's values become small integers, so a request
 * compares integers and never calls the specs again. With 10,000 interventions the work per
 * request is a pass over typed arrays.
 */
export function facetIndex<T>(items: readonly T[], specs: FacetSpec<T>) {
  const names = Object.keys(specs);
  const dictionaries = names.map(() => ({ ids: new Map<string, number>(), values: [] as string[] }));
  // Per facet: item i's value ids are ids[starts[i] .. starts[i + 1]).
  const columns = names.map((name, f) => {
    const d = dictionaries[f];
    const starts = new Int32Array(items.length + 1);
    const ids: number[] = [];
    items.forEach((item, i) => {
      starts[i] = ids.length;
      for (const v of new Set(specs[name](item))) {
        let id = d.ids.get(v);
        if (id === undefined) id = d.values.push(v) - 1;
        d.ids.set(v, id);
        ids.push(id);
      }
    });
    starts[items.length] = ids.length;
    return { starts, ids: Int32Array.from(ids) };
  });

  /**
   * Positions of the matching items, in `order` (default: the list's own order), and per facet
   * how many items each value has among those that pass every *other* facet.
   */
  function query(selection: Selection, order?: ArrayLike<number>): { matches: number[]; counts: FacetCounts } {
    // A selected value no item has is still a filter: it lets nothing through.
    const active = names.flatMap((name, f) => {
      const chosen = selection[name] ?? [];
      if (chosen.length === 0) return [];
      const wanted = new Uint8Array(dictionaries[f].values.length);
      for (const v of chosen) {
        const id = dictionaries[f].ids.get(v);
        if (id !== undefined) wanted[id] = 1;
      }
      return [{ f, wanted }];
    });
    const tallies = dictionaries.map((d) => new Int32Array(d.values.length));
    const matches: number[] = [];
    const n = order ? order.length : items.length;
    for (let k = 0; k < n; k++) {
      const i = order ? order[k] : k;
      let failed = -1;
      let failures = 0;
      for (const { f, wanted } of active) {
        const { starts, ids } = columns[f];
        let hit = false;
        for (let j = starts[i]; j < starts[i + 1] && !hit; j++) hit = wanted[ids[j]] === 1;
        if (!hit) {
          failed = f;
          if (++failures > 1) break;
        }
      }
      if (failures > 1) continue;
      if (failures === 0) matches.push(i);
      // Counted under a facet when it passes every other facet's filter.
      for (let f = 0; f < names.length; f++) {
        if (failures === 1 && failed !== f) continue;
        const { starts, ids } = columns[f];
        const tally = tallies[f];
        for (let j = starts[i]; j < starts[i + 1]; j++) tally[ids[j]]++;
      }
    }
    const counts: FacetCounts = {};
    names.forEach((name, f) => {
      const m = new Map<string, number>();
      dictionaries[f].values.forEach((v, id) => tallies[f][id] > 0 && m.set(v, tallies[f][id]));
      counts[name] = m;
    });
    return { matches, counts };
  }

  return { query, size: items.length };
}

/** facetIndex for a list used once (tests, small lists): the matching items themselves. */
export function facetFilter<T>(items: readonly T[], specs: FacetSpec<T>, selection: Selection) {
  const { matches, counts } = facetIndex(items, specs).query(selection);
  return { items: matches.map((i) => items[i]), counts };
}

/** `dutch`: the label is a title from content/ (Dutch on every locale). */
export type FacetOption = { value: string; label: string; count: number; selected: boolean; dutch?: boolean };
/** A facet as a filter panel shows it: its legend and its values. */
export type FacetGroup = { name: string; legend: string; options: FacetOption[] };
export type FacetDefinition = { name: string; legend: string; values: readonly { value: string; label: string; dutch?: boolean }[] };

/**
 * View-ready facets: each value of the vocabulary, in the vocabulary's order, with its count,
 * that has items under the other filters or is chosen (a chosen value with none stays visible,
 * so it can be unticked).
 */
export function facetGroups(definitions: readonly FacetDefinition[], counts: FacetCounts, selection: Selection): FacetGroup[] {
  return definitions.map(({ name, legend, values }) => ({
    name,
    legend,
    options: values
      .map(({ value, label, dutch }) => ({ value, label, dutch, count: counts[name]?.get(value) ?? 0, selected: !!selection[name]?.includes(value) }))
      .filter((o) => o.count > 0 || o.selected),
  }));
}
