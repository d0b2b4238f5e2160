import { describe, expect, it } from 'vitest';
import { currentContent } from '@/lib/content';
import { siteSearch } from '@/lib/search';
import { termOf } from '@/lib/search/text';

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
  // Compounds are split at index and query time (lib/search/compounds.ts), both ways.
  ['interventiebundel', '/interventies/bundel'],
  ['bundel interventies', '/interventies/bundel'],
  ['ouderbetrokkenheidsbeleid', '/themas/ouderbetrokkenheid'],
  ['regiocoördinatorenoverzicht', '/regiocoordinatoren'],
  ['gelijkheid', '/voor-scholen/dashboard'],
  // Synonyms from content/zoeken/synoniemen.yml, both ways.
  ['vve', '/themas/vve'],
  ['voorschoolse educatie', '/themas/vve'],
  // Pages that are no content documents: downloads, open data, forms.
  ['open data', '/open-data'],
  ['vraag stellen', '/contact/vraag-stellen'],
  ['initiatief melden', '/contact/initiatief-melden'],
  ['inloggegevens dashboard', '/voor-scholen/dashboard/inloggegevens-aanvragen'],
  // A compound finds its concept first (issue 25): the whole word, or its parts close together.
  ['armoedebeleid', '/themas/armoede'],
  ['ouderbetrokkenheidsprogramma', '/themas/ouderbetrokkenheid'],
  ['leesbevordering', '/themas/taalbevordering'],
  ['kansengelijkheid', '/voor-scholen/dashboard'],
  ['leernetwerkbijeenkomst', '/actueel/activiteiten/2024/01/18/startbijeenkomst-gka-leernetwerken'],
  // Compounds with parts the Dutch word list lacks, split against the site's own words.
  ['gelijkekansenalliantie', '/over-de-gka'],
  ['toolkitgebruik', '/voor-scholen/toolkit-lerend-netwerk'],
  ['podcastserie', '/actueel/podcast'],
  ['dashboardtoegang', '/voor-scholen/dashboard/inloggegevens-aanvragen'],
  ['startbijeenkomstdatum', '/actueel/activiteiten/2024/01/18/startbijeenkomst-gka-leernetwerken'],
  ['brugfunctionarissen', '/actueel/landelijke-thema-agendas/omgaan-met-armoede-op-scholen'],
  // English words through content/zoeken/synoniemen.yml.
  ['poverty', '/themas/armoede'],
  ['language', '/themas/taalbevordering'],
  ['parental involvement', '/themas/ouderbetrokkenheid'],
  ['Parental Involvement', '/interventies/ouderbetrokkenheid-en-taal-zaanstad'],
  ['early childhood education', '/themas/vve'],
  ['segregation', '/themas/segregatie'],
  ['health', '/themas/gezondheid'],
  ['teachers', '/actueel/activiteiten/2024/01/25/start-gka-leernetwerk-leraren'],
  ['low literacy', '/interventies/taal-en-laaggeletterdheid-gorinchem'],
  ['poverty schools', '/actueel/landelijke-thema-agendas/omgaan-met-armoede-op-scholen'],
  // The page for developers by its own words.
  ['api', '/ontwikkelaars'],
  ['ontwikkelaars', '/ontwikkelaars'],
];

/** The first result, where the second would be wrong (issue 25). */
const FIRST: [query: string, expected: string][] = [
  ['armoedebeleid', '/themas/armoede'],
  ['leesbevordering', '/themas/taalbevordering'],
  ['poverty', '/themas/armoede'],
  ['api', '/ontwikkelaars'],
];

// A compound finds pages about its parts too, after those with every part.
const ON_FIRST_PAGE: [query: string, expected: string][] = [
  ['taalachterstanden', '/themas/taalbevordering'],
  ['taalachterstanden', '/actueel/landelijke-thema-agendas/taal-en-ouders'],
];

describe('search relevance', () => {
  it.each(CASES)('"%s" finds %s in the top three', (query, expected) => {
    const top = siteSearch(currentContent())
      .search({ q: query })
      .hits.slice(0, 3)
      .map((h) => h.doc.url);
    expect(top).toContain(expected);
  });
});

describe('search relevance: the first result', () => {
  it.each(FIRST)('"%s" finds %s first', (query, expected) => {
    expect(siteSearch(currentContent()).search({ q: query }).hits[0]?.doc.url).toBe(expected);
  });
});

describe('compounds find their concept, their parts apart only when nothing else is found', () => {
  const urls = (q: string) =>
    siteSearch(currentContent())
      .search({ q, perPage: 100 })
      .hits.map((h) => h.doc.url);

  it('says when it shows pages with a part only, and which parts', () => {
    const result = siteSearch(currentContent()).search({ q: 'leesbevordering' });
    expect(result.mode).toBe('parts');
    expect(result.parts).toEqual([{ word: 'leesbevordering', parts: ['lees', 'bevordering'] }]);
    // Pages that only say "lees je" come after the ones about (taal)bevordering, if at all.
    expect(urls('leesbevordering').slice(0, 3)).not.toEqual(expect.arrayContaining(['/contact']));
    for (const page of ['/contact', '/privacy', '/toegankelijkheid']) expect(urls('leesbevordering').indexOf(page)).not.toBeLessThan(3);
  });

  it('ranks the concept first: parental involvement, not "Nationaal Programma"', () => {
    const top = urls('ouderbetrokkenheidsprogramma').slice(0, 2);
    expect(top.sort()).toEqual(['/interventies/ouderbetrokkenheid-en-taal-zaanstad', '/themas/ouderbetrokkenheid']);
    expect(siteSearch(currentContent()).search({ q: 'ouderbetrokkenheidsprogramma' }).parts?.[0].parts).toEqual(['ouderbetrokkenheid', 'programma']);
    // "beleid" alone ranks below armoede.
    const armoede = urls('armoedebeleid');
    expect(armoede.indexOf('/over-de-gka')).toBeGreaterThan(armoede.indexOf('/themas/armoede'));
  });

  it('counts the parts close together as the concept, and says nothing then', () => {
    for (const q of ['kansengelijkheid', 'gelijkekansenalliantie', 'interventiebundel', 'toolkitgebruik']) {
      const result = siteSearch(currentContent()).search({ q });
      expect(result.mode, q).toBe('and');
      expect(result.parts, q).toBeUndefined();
    }
    // "Gelijke Kansen Alliantie" written apart is the concept of the compound written together.
    expect(urls('gelijkekansenalliantie')).toContain('/actueel/nieuws/2017/04/13/gelijke-kansen-alliantie-groeit-en-bloeit');
  });

  it("never splits a word the site or the word list knows whole into the site's words", () => {
    expect(siteSearch(currentContent()).search({ q: 'gelijkheid' }).parts).toBeUndefined();
    expect(siteSearch(currentContent()).search({ q: 'gelijkheid' }).mode).toBe('and');
  });

  it('keeps the page for developers out of ordinary searches', () => {
    for (const q of ['ouderbetrokkenheid', 'vve', 'armoede', 'taal', 'interventie', 'thema']) expect(urls(q), q).not.toContain('/ontwikkelaars');
  });

  it('groups the region pages, which say the same, into one result', () => {
    for (const q of ['beleidsmakers', 'regiocoördinatoren', 'kansengelijkheid', 'wethouders', 'e-mail']) {
      const found = urls(q);
      expect(found.filter((u) => u.startsWith('/regiocoordinatoren')).length, q).toBeLessThanOrEqual(1);
    }
    expect(urls('beleidsmakers')).toContain('/regiocoordinatoren');
    // One region found is that region.
    expect(urls('limburg')).toContain('/regiocoordinatoren/zuid');
    expect(urls('Noord-Brabant regiocoördinator')[0]).toBe('/regiocoordinatoren/zuid');
  });
});

describe('search relevance of compound parts', () => {
  it.each(ON_FIRST_PAGE)('"%s" finds %s on the first page', (query, expected) => {
    expect(
      siteSearch(currentContent())
        .search({ q: query })
        .hits.map((h) => h.doc.url),
    ).toContain(expected);
  });
});

describe('search behaviour', () => {
  const search = (q: string, filters = {}) => siteSearch(currentContent()).search({ q, filters });

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

  it('lets the parts of a compound meet its whole: split before stemming', () => {
    // "kansengelijkheid" stems to "kanseng", "gelijkheid" to "gelijk": only the split meets them.
    const withWhole = search('kansengelijkheid').hits.map((h) => h.doc.url);
    const withPart = search('gelijkheid').hits.map((h) => h.doc.url);
    expect(withWhole.length).toBeGreaterThan(0);
    expect(withPart).toEqual(expect.arrayContaining(withWhole.slice(0, 3)));
    // The word itself is marked where the part matched.
    const dashboard = search('gelijkheid').hits.find((h) => h.doc.url === '/voor-scholen/dashboard')!;
    expect(dashboard.snippet.filter((s) => s.mark).map((s) => s.text.toLowerCase())).toContain('kansengelijkheid');
  });

  it('finds every word of the Snowball list that is no stopword, such as "koe"', () => {
    expect(termOf('koe')).toBe('koe');
    expect(termOf('de')).toBeNull();
  });

  it('builds snippets from whole sentences, never from field values run together', () => {
    for (const q of ['taal', 'armoede', 'ouders', 'school', 'leernetwerk', 'toolkit']) {
      for (const hit of search(q).hits) {
        const passage = hit.snippet.map((s) => s.text).join('');
        const source = `\n${hit.doc.summary}\n${hit.doc.text}\n`;
        const whole = passage.replace(/^… /, '').replace(/ …$/, '');
        const at = source.indexOf(whole);
        expect(at, `${hit.doc.url}: ${passage}`).toBeGreaterThan(-1);
        // It starts a line or a sentence (or says it was cut), and ends one.
        if (!passage.startsWith('… ')) expect(source.slice(0, at), `${hit.doc.url}: ${passage}`).toMatch(/(\n|[.!?…] )$/);
        if (!passage.endsWith(' …')) expect(source.slice(at + whole.length), `${hit.doc.url}: ${passage}`).toMatch(/^(\n| \P{Ll})/u);
        if (hit.doc.keywords) expect(passage.includes(hit.doc.keywords), hit.doc.url).toBe(false);
      }
    }
  });

  it('survives hostile input', () => {
    for (const q of ['<script>alert(1)</script>', "' OR 1=1 --", '\u0000\u0007', '😀🎉', 'a'.repeat(2000), '***', '" "']) {
      expect(() => search(q)).not.toThrow();
    }
  });
});
