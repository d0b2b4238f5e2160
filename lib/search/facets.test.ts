import { describe, expect, it } from 'vitest';
import { facetColumns, filterAndCount } from './facets';
import { doc } from './test-docs';

const docs = [
  doc('a', { themes: ['armoede'], provinces: ['Utrecht'], date: '2024-05-01' }),
  doc('b', { themes: ['armoede', 'lezen'], provinces: ['Drenthe'], date: '2025-01-01' }),
  doc('c', { type: 'nieuws', themes: ['lezen'], provinces: ['Utrecht'] }),
  doc('d', { themes: ['lezen'], provinces: ['Drenthe'] }),
];
const columns = facetColumns(docs);
const all = Int32Array.from(docs.keys());
const counts = (values: { value: string; count: number }[]) => values.map(({ value, count }) => `${value}:${count}`);

describe('filterAndCount', () => {
  it('passes every hit without filters and counts each facet, years newest first', () => {
    const { passes, total, facets } = filterAndCount(columns, all, new Uint8Array(4), {});
    expect([[...passes], total]).toEqual([[1, 1, 1, 1], 4]);
    expect(counts(facets.thema)).toEqual(['lezen:3', 'armoede:2']);
    expect(counts(facets.jaar)).toEqual(['2025:1', '2024:1']);
    expect(counts(facets.type)).toEqual(['interventie:3', 'nieuws:1']);
  });

  it('ORs within a facet, ANDs across facets, and counts a facet as if it were still open', () => {
    const { passes, total, facets } = filterAndCount(columns, all, new Uint8Array(4), { thema: ['armoede'], provincie: ['Utrecht'] });
    expect([[...passes], total]).toEqual([[1, 0, 0, 0], 1]);
    // Themes among the Utrecht documents; provinces among the armoede documents.
    expect(facets.thema).toEqual([
      { value: 'armoede', count: 1, selected: true },
      { value: 'lezen', count: 1, selected: false },
    ]);
    expect(counts(facets.provincie)).toEqual(['Drenthe:1', 'Utrecht:1']);
    expect(filterAndCount(columns, all, new Uint8Array(4), { thema: ['armoede', 'lezen'] }).total).toBe(4);
  });

  it('skips hidden hits, and keeps a selected value that no hit has', () => {
    const { total, facets } = filterAndCount(columns, all, Uint8Array.from([1, 1, 0, 0]), { thema: ['armoede'] });
    expect(total).toBe(0);
    expect(facets.thema).toEqual([
      { value: 'lezen', count: 2, selected: false },
      { value: 'armoede', count: 0, selected: true },
    ]);
    // The hits that fail one filter count for that facet only.
    expect(facets.provincie).toEqual([]);
    expect(filterAndCount(columns, all, Uint8Array.from([1, 0, 0, 0]), {}).total).toBe(3);
  });
});
