import { describe, expect, it } from 'vitest';
import { emptyDocuments, openRelease, type Documents } from './release';

const empty = emptyDocuments;

const news = (slug: string, extra: Record<string, unknown> = {}) =>
  ({ slug, url: `/actueel/nieuws/2024/01/02/${slug}`, title: slug, date: '2024-01-02', themes: [], municipalities: [], legacyPaths: [], ...extra }) as unknown as Documents['news'][number];

describe('openRelease', () => {
  const documents = { ...empty(), news: [news('nu'), news('later', { publishDate: '2030-03-01' }), news('concept', { draft: true, legacyPaths: ['/oud/concept'] }), news('oud', { legacyPaths: ['/nieuws/oud/'] })] };
  const release = openRelease({ id: 'r1', createdAt: '2026-12-07T08:00:00.000Z', documents });

  it('shows a scheduled document from the start of its Amsterdam day, and concepts never', () => {
    const before = release.at(Date.UTC(2030, 1, 28, 22, 59));
    const after = release.at(Date.UTC(2030, 1, 28, 23, 0));
    expect(before.news.map((n) => n.slug)).toEqual(['nu', 'oud']);
    expect(after.news.map((n) => n.slug).sort()).toEqual(['later', 'nu', 'oud']);
    expect(release.built.news.map((n) => n.slug)).not.toContain('concept');
  });

  it('is one snapshot per publication state, so what is derived can be kept per snapshot', () => {
    expect(release.at(Date.UTC(2026, 0, 1))).toBe(release.at(Date.UTC(2027, 0, 1)));
    expect(release.at(Date.UTC(2031, 0, 1))).toBe(release.built);
    expect(release.at(0).release).toEqual({ id: 'r1', createdAt: '2026-12-07T08:00:00.000Z' });
  });

  it('names the addresses built but not yet published, and the day they change as a transition', () => {
    expect([...release.unpublishedUrls(Date.UTC(2026, 0, 1))]).toEqual(['/actueel/nieuws/2024/01/02/later']);
    expect(release.unpublishedUrls(Date.UTC(2031, 0, 1)).size).toBe(0);
    expect(release.transitions).toContain(Date.UTC(2030, 1, 28, 23, 0));
  });

  it('redirects the old addresses of published news only, without a trailing slash', () => {
    expect(Object.fromEntries(release.redirects)).toEqual({ '/nieuws/oud': '/actueel/nieuws/2024/01/02/oud' });
    const dev = openRelease({ id: 'r1', createdAt: '', documents }, { showDrafts: true });
    expect(dev.redirects.get('/oud/concept')).toBe('/actueel/nieuws/2024/01/02/concept');
  });
});
