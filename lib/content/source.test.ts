import { describe, expect, it } from 'vitest';
import { sourceParts } from './source';

describe('sourceParts', () => {
  it('makes the web addresses in a source links, the rest text', () => {
    expect(sourceParts('Gemeentepagina Ede op de GKA-site, www.gelijke-kansen.nl/gemeenten/ede')).toEqual([
      { text: 'Gemeentepagina Ede op de GKA-site, ' },
      { text: 'www.gelijke-kansen.nl/gemeenten/ede', href: 'https://www.gelijke-kansen.nl/gemeenten/ede' },
    ]);
    expect(sourceParts('Zie https://example.org/a?b=1.')).toEqual([
      { text: 'Zie ' },
      { text: 'https://example.org/a?b=1', href: 'https://example.org/a?b=1' },
      { text: '.' },
    ]);
    expect(sourceParts('Nieuws op www.gelijke-kansen.nl, en elders')).toEqual([
      { text: 'Nieuws op ' },
      { text: 'www.gelijke-kansen.nl', href: 'https://www.gelijke-kansen.nl' },
      { text: ', en elders' },
    ]);
  });

  it('leaves a source without an address as it is', () => {
    expect(sourceParts('Voortgangrapportage 2022')).toEqual([{ text: 'Voortgangrapportage 2022' }]);
    expect(sourceParts('')).toEqual([]);
  });
});
