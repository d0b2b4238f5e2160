import { describe, expect, it } from 'vitest';
import { facetFilter } from '@/lib/lists/facets';
import { selection as parseSelection, selectionQuery } from '@/lib/http/query';

const items = [
  { id: 1, themes: ['armoede'], kind: ['po'] },
  { id: 2, themes: ['armoede', 'taal'], kind: ['vo'] },
  { id: 3, themes: ['taal'], kind: ['po'] },
];

const specs = { thema: (i: (typeof items)[number]) => i.themes, soort: (i: (typeof items)[number]) => i.kind };

describe('facetFilter', () => {
  it('ORs within a facet and ANDs across facets', () => {
    expect(facetFilter(items, specs, { thema: ['armoede', 'taal'] }).items.map((i) => i.id)).toEqual([1, 2, 3]);
    expect(facetFilter(items, specs, { thema: ['taal'], soort: ['po'] }).items.map((i) => i.id)).toEqual([3]);
  });

  it('counts each facet as if its own selection were open', () => {
    const { counts } = facetFilter(items, specs, { thema: ['taal'], soort: ['po'] });
    expect(Object.fromEntries(counts.thema)).toEqual({ armoede: 1, taal: 1 });
    expect(Object.fromEntries(counts.soort)).toEqual({ po: 1, vo: 1 });
  });

  it('parses selections, dropping unknown values and reporting them', () => {
    const { selection, ignored } = parseSelection({ thema: ['armoede', '<b>x</b>'], soort: 'po', other: 'y' }, { thema: ['armoede', 'taal'], soort: ['po'] });
    expect(selection).toEqual({ thema: ['armoede'], soort: ['po'] });
    expect(ignored).toEqual(['thema=<b>x</b>']);
    expect(selectionQuery(selection, { q: 'taal ouders' })).toBe('?q=taal+ouders&thema=armoede&soort=po');
  });
});
