import { describe, expect, it } from 'vitest';
import { validateContent, type ContentSet } from '@/lib/content/validate';
import { PROVINCES } from '@/lib/vocabulary';

const raw = (type: string, file: string, fields: Record<string, unknown>) => {
  const slug = file.split('/').pop()!.replace(/\.md$/, '');
  return { type, slug, url: `/${type}/${slug}`, _raw: { sourceFilePath: file }, ...fields };
};

const region = (file: string, provinces: string[], fields: Record<string, unknown> = {}) =>
  raw('Region', file, { provinces, municipalities: [], email: 'gelijkekansen@minocw.nl', contactPhoto: null, ...fields });

function contentSet(overrides: Partial<ContentSet> = {}): ContentSet {
  return {
    allThemes: [raw('Theme', 'themas/armoede.md', { order: 1 }), raw('Theme', 'themas/taalbevordering.md', { order: 2 })],
    allNews: [],
    allPublications: [],
    allAgendas: [],
    allMunicipalities: [raw('Municipality', 'gemeenten/ede.md', { title: 'Ede', cbsCode: 'GM0228', themes: ['armoede'] })],
    allRegions: [region('regios/oost.md', [...PROVINCES])],
    allInterventions: [],
    allEvents: [],
    allPodcastEpisodes: [],
    allPages: [],
    ...overrides,
  };
}

const intervention = (fields: Record<string, unknown>, file = 'interventies/x.md') =>
  raw('Intervention', file, { municipality: 'ede', themes: ['armoede'], schoolTypes: ['po'], source: 'Voortgangrapportage 2022', ...fields });

describe('validateContent: municipalities and regions', () => {
  const municipality = (fields: Record<string, unknown>, file = 'gemeenten/ede.md') => raw('Municipality', file, { title: 'Ede', cbsCode: 'GM0228', themes: [], ...fields });

  it('wants a CBS code that exists, and suggests the right one from the title', () => {
    const [problem] = validateContent(contentSet({ allMunicipalities: [municipality({ cbsCode: 'GM9999' })] }));
    expect(problem).toMatchObject({ file: 'content/gemeenten/ede.md', field: 'cbsCode', fix: 'voor Ede is het GM0228' });
  });

  it('wants the title to be a name of that municipality (an alternative name is fine)', () => {
    expect(validateContent(contentSet({ allMunicipalities: [municipality({ title: 'Den Haag', cbsCode: 'GM0518' }, 'gemeenten/den-haag.md')] }))).toEqual([]);
    const [problem] = validateContent(contentSet({ allMunicipalities: [municipality({ title: 'Edam' })] }));
    expect(problem).toMatchObject({ field: 'title', fix: 'schrijf title: Ede, of controleer de CBS-code' });
  });

  it('allows one page per municipality', () => {
    const problems = validateContent(contentSet({ allMunicipalities: [municipality({}), municipality({}, 'gemeenten/ede-2.md')] }));
    expect(problems).toEqual([expect.objectContaining({ file: 'content/gemeenten/ede-2.md', field: 'cbsCode', message: expect.stringContaining('heeft al een pagina') })]);
  });

  it('puts every province in exactly one region, and checks the CBS codes a region lists', () => {
    const rest = PROVINCES.filter((p) => p !== 'Gelderland' && p !== 'Limburg');
    const problems = validateContent(
      contentSet({
        allRegions: [region('regios/noord.md', [...rest, 'Gelderland']), region('regios/oost.md', ['Gelderland'], { municipalities: ['GM0000'] })],
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'content/regios/oost.md', field: 'municipalities.0', message: expect.stringContaining('GM0000') }),
        expect.objectContaining({ file: 'content/regios/oost.md', field: 'provinces', message: expect.stringContaining('Gelderland hoort al bij content/regios/noord.md') }),
        expect.objectContaining({ field: 'provinces', message: 'geen regio voor Limburg' }),
      ]),
    );
  });

  it('accepts a photo only with a name and a description', () => {
    const problems = validateContent(contentSet({ allRegions: [region('regios/oost.md', [...PROVINCES], { photo: './oost.jpg', contactPhoto: { src: './oost.jpg' } })] }));
    expect(problems.map((p) => p.field).sort()).toEqual(['photo', 'photoAlt']);
  });
});

describe('validateContent', () => {
  it('accepts valid content', () => {
    expect(validateContent(contentSet({ allInterventions: [intervention({})] }))).toEqual([]);
  });

  it('names file, field and the closest theme for an unknown theme', () => {
    const [problem] = validateContent(contentSet({ allInterventions: [intervention({ themes: ['armoed'] })] }));
    expect(problem).toMatchObject({ file: 'content/interventies/x.md', field: 'themes.0' });
    expect(problem.message).toBe('onbekend thema "armoed"');
    expect(problem.fix).toBe('bedoel je "armoede"? Kies uit: armoede, taalbevordering');
  });

  it('rejects an unknown municipality, school type and evidence level', () => {
    const problems = validateContent(contentSet({ allInterventions: [intervention({ municipality: 'atlantis', schoolTypes: ['hbo'], evidenceLevel: 'bewezen' })] }));
    expect(problems.map((p) => p.field).sort()).toEqual(['evidenceLevel', 'municipality', 'schoolTypes.0']);
  });

  it('wants the source of an intervention: an empty one is refused with the file and the field', () => {
    for (const source of ['', '   ']) {
      const [problem, ...rest] = validateContent(contentSet({ allInterventions: [intervention({ source })] }));
      expect(rest).toEqual([]);
      expect(problem).toMatchObject({ file: 'content/interventies/x.md', field: 'source', message: 'de bron is leeg' });
      expect(problem.fix).toContain('waar het feit vandaan komt');
    }
    expect(validateContent(contentSet({ allInterventions: [intervention({ source: undefined })] }))).toEqual([
      expect.objectContaining({ file: 'content/interventies/x.md', field: 'source', message: 'de bron ontbreekt' }),
    ]);
  });

  it('accepts an intervention without school types when the source names none', () => {
    expect(validateContent(contentSet({ allInterventions: [intervention({ schoolTypes: [] })] }))).toEqual([]);
  });

  it('rejects an invalid date and an event that ends before it starts', () => {
    const problems = validateContent(
      contentSet({
        allNews: [raw('News', 'nieuws/a.md', { date: '2023-02-30', themes: [], municipalities: [], legacyPaths: [] })],
        allEvents: [raw('Event', 'activiteiten/b.md', { start: '2024-01-18T20:00', end: '2024-01-18T16:00', audience: ['leraren'], themes: [], municipalities: [], sessions: [] })],
      }),
    );
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/nieuws/a.md', field: 'date' }),
      expect.objectContaining({ file: 'content/activiteiten/b.md', field: 'end', message: expect.stringContaining('vóór de start') }),
    ]);
  });

  it('rejects duplicate addresses and duplicate news slugs', () => {
    const news = (file: string, date: string) => raw('News', file, { date, themes: [], municipalities: [], legacyPaths: [] });
    const a = news('nieuws/a.md', '2023-01-01');
    const b = { ...news('nieuws/sub/a.md', '2023-01-02'), url: '/other' };
    const problems = validateContent(contentSet({ allNews: [a, b] }));
    expect(problems).toEqual([expect.objectContaining({ field: 'slug', message: expect.stringContaining('bestaat al') })]);
  });

  it('rejects a bad file name and a page that takes a section\'s address', () => {
    const problems = validateContent(contentSet({ allPages: [raw('Page', 'paginas/Gemeenten Lijst.md', { path: 'gemeenten/lijst' })] }));
    expect(problems.map((p) => p.field).sort()).toEqual(['bestandsnaam', 'path']);
  });
});
