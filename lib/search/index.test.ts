import { describe, expect, it } from 'vitest';
import { siteSearch } from '@/lib/search';

const CASES: [query: string, expected: string][] = [
  ['armoede op school', '/actueel/landelijke-thema-agendas/omgaan-met-armoede-op-scholen'],
  ['taal ouders', '/actueel/landelijke-thema-agendas/taal-en-ouders'],
  ['regiocoordinator', '/regiocoordinatoren'],
  ['regiocoördinator', '/regiocoordinatoren'],
  ['voortgangsrapportage 2022', '/publicaties/voortgangrapportage-2022'],
  ['voortgangrapportage', '/actueel/nieuws/2023/03/14/voortgangrapportage-2022'],
  ['den bosch', '/gemeenten/s-hertogenbosch'],
  ['s-hertogenbosch', '/gemeenten/s-hertogenbosch'],
  ["'s-Hertogenbosch", '/gemeenten/s-hertogenbosch'],
  ['Súdwest', '/gemeenten/sudwest-fryslan'],
  ['sudwest fryslan', '/gemeenten/sudwest-fryslan'],
  ['Groningn', '/gemeenten/groningen'],
  ['den haag', '/gemeenten/den-haag'],
  ['brugfunctionaris', '/actueel/landelijke-thema-agendas/omgaan-met-armoede-op-scholen'],
  ['leernetwerk schoolleiders', '/actueel/activiteiten/2024/01/18/startbijeenkomst-gka-leernetwerken'],
  ['leernetwerk leraren', '/actueel/activiteiten/2024/01/25/start-gka-leernetwerk-leraren'],
  ['klassen de scholen in', '/voor-scholen/klassen-de-scholen-in'],
  ['kennisbank', '/voor-scholen/klassen-kennisbank'],
  ['dashboard', '/voor-scholen/dashboard'],
  ['toolkit lerend netwerk', '/voor-scholen/toolkit-lerend-netwerk'],
  ['podcast tweedeling', '/actueel/podcast/aflevering-5'],
  ['woud aan factoren', '/actueel/podcast/aflevering-1'],
  ['conferentie', '/actueel/activiteiten/2022/10/31/de-gka-conferentie'],
  ['van nelle fabriek', '/actueel/activiteiten/2022/10/31/de-gka-conferentie'],
  ['50 gemeenten', '/actueel/nieuws/2020/07/14/50-gemeenten-aangesloten-bij-gka'],
  ["30 GKA-agenda's", '/actueel/nieuws/2019/07/16/30-gka-agendas-gereed'],
  ['toegankelijkheid', '/toegankelijkheid'],
  ['privacy cookies', '/privacy'],
  ['brede brugklas', '/interventies/brede-brugklassen-amsterdam'],
  ['zaanstad', '/gemeenten/zaanstad'],
  ['segregatie', '/themas/segregatie'],
  ['professionalisering', '/actueel/landelijke-thema-agendas/professionalisering'],
  ['vroegschoolse educatie', '/themas/vve'],
  ['interventies', '/interventies'],
  ['interventie', '/interventies'],
  ['alliantie groeit en bloeit', '/actueel/nieuws/2017/04/13/gelijke-kansen-alliantie-groeit-en-bloeit'],
  ['contact', '/contact'],
  ['kansrijke start', '/interventies/kansrijke-start-ede'],
];

describe('search relevance', () => {
  it.each(CASES)('"%s" finds %s in the top three', (query, expected) => {
    const top = siteSearch()
      .search({ q: query })
      .hits.slice(0, 3)
      .map((h) => h.doc.url);
    expect(top).toContain(expected);
  });
});

describe('search behaviour', () => {
  const search = (q: string, filters = {}) => siteSearch().search({ q, filters });

  it('folds case and diacritics, and stems Dutch plurals', () => {
    expect(search('COÖRDINATOR').total).toBe(search('coordinator').total);
    expect(search('berichten').total).toBeGreaterThan(0);
  });

  it('requires every word, and falls back to any word with a note', () => {
    expect(search('armoede brugfunctionaris').mode).toBe('and');
    const fallback = search('armoede xylofoonorkest');
    expect(fallback.mode).toBe('or');
    expect(fallback.total).toBeGreaterThan(0);
  });

  it('ranks a title match above a body match', () => {
    expect(search('laaggeletterdheid').hits[0].doc.title).toMatch(/laaggeletterdheid/i);
  });

  it('suggests a spelling when nothing is found', () => {
    // Short words get no fuzzy matching, so this typo finds nothing, but the vocabulary knows better.
    const result = search('tala');
    expect(result.total).toBe(0);
    expect(result.suggestion).toBe('taal');
    // Longer words are forgiven outright.
    expect(search('kenisbank').hits[0].doc.url).toBe('/voor-scholen/klassen-kennisbank');
  });

  it('highlights matched words as separate segments, never as HTML', () => {
    const hit = search('brede brugklassen').hits[0];
    expect(hit.title.filter((s) => s.mark).map((s) => s.text)).toEqual(['Brede', 'brugklassen']);
  });

  it('counts facets and combines filters', () => {
    const all = search('gezond');
    const types = Object.fromEntries(all.facets.type.map((f) => [f.value, f.count]));
    const onlyInterventions = search('gezond', { type: ['interventie'] });
    expect(onlyInterventions.total).toBe(types.interventie);
    expect(onlyInterventions.hits.every((h) => h.doc.type === 'interventie')).toBe(true);
    // The type facet still offers the other types (disjunctive counts).
    expect(onlyInterventions.facets.type.length).toBe(all.facets.type.length);
    const narrowed = search('gezond', { type: ['interventie'], provincie: ['Gelderland'] });
    expect(narrowed.hits.every((h) => h.doc.provinces.includes('Gelderland'))).toBe(true);
  });

  it('browses by filter alone and answers an empty query with nothing', () => {
    expect(search('').mode).toBe('empty');
    expect(search('', { thema: ['armoede'] }).total).toBeGreaterThan(3);
  });

  it('survives hostile input', () => {
    for (const q of ['<script>alert(1)</script>', "' OR 1=1 --", '\u0000\u0007', '😀🎉', 'a'.repeat(2000), '***', '" "']) {
      expect(() => search(q)).not.toThrow();
    }
  });
});
