import { describe, expect, it } from 'vitest';
import { facetFilter } from '@/lib/lists/facets';
import { selection as parseSelection, selectionQuery } from '@/lib/http/query';
import { filterInterventions, targetGroupsOf } from '@/lib/lists/interventions';

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

describe('interventions', () => {
  it('recognises target groups in the description', () => {
    expect(targetGroupsOf('Peuters en hun ouders in de voorschool')).toEqual(['peuters-en-kleuters', 'ouders']);
    expect(targetGroupsOf('Leerlingen in groep 7 en 8')).toEqual(['leerlingen']);
    expect(targetGroupsOf('Studenten in het mbo')).toEqual(['jongeren-en-studenten']);
    expect(targetGroupsOf('Leraren en schoolleiders van basisscholen')).toContain('leraren-en-schoolleiders');
  });

  it('filters by province and region through the municipality, and sorts', () => {
    const places = [
      { slug: 'ede', title: 'Ede', province: 'Gelderland', region: 'oost' },
      { slug: 's-hertogenbosch', title: "'s-Hertogenbosch", province: 'Noord-Brabant', region: 'zuid' },
      { slug: 'amsterdam', title: 'Amsterdam', province: 'Noord-Holland', region: 'west' },
    ];
    const base = { themes: ['armoede'], schoolTypes: ['po'], targetGroup: 'Leerlingen' };
    const list = [
      { ...base, title: 'Zomerschool', municipality: 'amsterdam', date: '2024-01-01' },
      { ...base, title: 'Ouderkamer', municipality: 's-hertogenbosch', date: '2025-01-01' },
      { ...base, title: 'Brugklas', municipality: 'ede' },
    ];
    expect(filterInterventions(list, places, { provincie: ['Gelderland'] }, 'titel').items.map((i) => i.title)).toEqual(['Brugklas']);
    expect(filterInterventions(list, places, { regio: ['zuid', 'west'] }, 'titel').items.map((i) => i.title)).toEqual(['Ouderkamer', 'Zomerschool']);
    expect(filterInterventions(list, places, {}, 'gemeente').items.map((i) => i.municipality)).toEqual(['amsterdam', 'ede', 's-hertogenbosch']);
    expect(filterInterventions(list, places, {}, 'nieuwste').items.map((i) => i.title)).toEqual(['Ouderkamer', 'Zomerschool', 'Brugklas']);
  });
});
