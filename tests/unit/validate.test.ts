import { describe, expect, it } from 'vitest';
import { validateContent, type ContentSet } from '@/lib/content/validate';

const raw = (type: string, file: string, fields: Record<string, unknown>) => {
  const slug = file.split('/').pop()!.replace(/\.md$/, '');
  return { type, slug, url: `/${type}/${slug}`, _raw: { sourceFilePath: file }, ...fields };
};

function contentSet(overrides: Partial<ContentSet> = {}): ContentSet {
  return {
    allThemes: [raw('Theme', 'themas/armoede.md', { order: 1 }), raw('Theme', 'themas/taalbevordering.md', { order: 2 })],
    allNews: [],
    allPublications: [],
    allAgendas: [],
    allMunicipalities: [raw('Municipality', 'gemeenten/ede.md', { province: 'Gelderland', region: 'oost', themes: ['armoede'] })],
    allRegions: [raw('Region', 'regios/oost.md', { provinces: ['Gelderland'], email: 'gelijkekansen@minocw.nl' })],
    allInterventions: [],
    allEvents: [],
    allPodcastEpisodes: [],
    allPages: [],
    ...overrides,
  };
}

const intervention = (fields: Record<string, unknown>, file = 'interventies/x.md') =>
  raw('Intervention', file, { municipality: 'ede', themes: ['armoede'], schoolTypes: ['po'], example: true, ...fields });

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

  it('rejects an invalid date and an event that ends before it starts', () => {
    const problems = validateContent(
      contentSet({
        allNews: [raw('News', 'nieuws/a.md', { date: '2023-02-30', themes: [], municipalities: [], legacyPaths: [] })],
        allEvents: [raw('Event', 'activiteiten/b.md', { start: '2024-01-18T20:00', end: '2024-01-18T16:00', audience: ['leraren'], themes: [], sessions: [] })],
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
