import { describe, expect, it } from 'vitest';
import { localeOf, localized, urls } from '@/lib/urls';

describe('urls', () => {
  it("keeps the existing site's patterns", () => {
    expect(urls.news('2023-03-14', 'voortgangrapportage-2022')).toBe('/actueel/nieuws/2023/03/14/voortgangrapportage-2022');
    expect(urls.event('2024-01-18T16:00', 'startbijeenkomst-gka-leernetwerken')).toBe('/actueel/activiteiten/2024/01/18/startbijeenkomst-gka-leernetwerken');
    expect(urls.agenda('omgaan-met-armoede-op-scholen')).toBe('/actueel/landelijke-thema-agendas/omgaan-met-armoede-op-scholen');
    expect(urls.podcast('aflevering-5')).toBe('/actueel/podcast/aflevering-5');
    expect(urls.municipality('vijfheerenlanden')).toBe('/gemeenten/vijfheerenlanden');
  });
  it('refuses to build an address from a bad date', () => {
    expect(() => urls.news('14-03-2023', 'x')).toThrow();
  });
  it('prefixes English only', () => {
    expect(localized('/gemeenten', 'nl')).toBe('/gemeenten');
    expect(localized('/gemeenten', 'en')).toBe('/en/gemeenten');
    expect(localized('/', 'en')).toBe('/en');
  });
});

describe('localeOf', () => {
  it('reads the language of an address from its prefix', () => {
    expect(localeOf('/en')).toBe('en');
    expect(localeOf('/en/themas')).toBe('en');
    expect(localeOf('/themas')).toBe('nl');
    expect(localeOf('/')).toBe('nl');
    expect(localeOf('/entree')).toBe('nl');
  });
});
