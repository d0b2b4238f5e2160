import { describe, expect, it } from 'vitest';
import { filterInterventions, targetGroupsOf } from '@/lib/lists/interventions';

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
