// Detail views look their document up in the snapshot they are handed: one not yet published
// there is not found, whatever the build contains.
import { describe, expect, it } from 'vitest';
import { openRelease, type Documents } from '@/lib/content/release';
import { interventionPage } from './intervention';
import { newsItemPage } from './news-item';

const documents = {
  themes: [],
  publications: [],
  agendas: [],
  municipalities: [],
  regions: [],
  events: [],
  podcastEpisodes: [],
  pages: [],
  news: [
    { slug: 'nu', url: '/actueel/nieuws/2024/01/02/nu', title: 'Nu', date: '2024-01-02', themes: [], municipalities: [] },
    { slug: 'later', url: '/actueel/nieuws/2030/03/01/later', title: 'Later', date: '2030-03-01', publishDate: '2030-03-01', themes: [], municipalities: [] },
  ],
  interventions: [
    {
      slug: 'later',
      url: '/interventies/later',
      title: 'Later',
      summary: '',
      municipality: 'x',
      themes: [],
      schoolTypes: [],
      partners: [],
      source: '',
      publishDate: '2030-03-01',
    },
  ],
} as unknown as Documents;
const release = openRelease({ id: 'r1', createdAt: '', documents });
const input = <P,>(now: Date, params: P) => ({ content: release.at(now), locale: 'nl', query: {}, now, params });
const before = new Date(Date.UTC(2026, 0, 1));
const after = new Date(Date.UTC(2030, 2, 1));

describe('detail views', () => {
  it('find a published document by its parameters', () => {
    const page = newsItemPage(input(before, { year: '2024', month: '01', day: '02', slug: 'nu' }));
    expect(page?.metadata.title).toBe('Nu');
  });

  it('do not find a document under another date, or one scheduled for later, until its day', () => {
    expect(newsItemPage(input(before, { year: '2024', month: '01', day: '03', slug: 'nu' }))).toBeUndefined();
    expect(newsItemPage(input(before, { year: '2030', month: '03', day: '01', slug: 'later' }))).toBeUndefined();
    expect(interventionPage(input(before, { slug: 'later' }))).toBeUndefined();
    expect(newsItemPage(input(after, { year: '2030', month: '03', day: '01', slug: 'later' }))?.metadata.title).toBe('Later');
    expect(interventionPage(input(after, { slug: 'later' }))?.metadata.title).toBe('Later');
  });
});
