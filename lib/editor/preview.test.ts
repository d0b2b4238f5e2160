import { describe, expect, it } from 'vitest';
import { emptyDocuments, openRelease, type Documents } from '../content/release';
import { previewInstant, previewRelease } from './preview';

const news = (slug: string, extra: Record<string, unknown> = {}) =>
  ({
    type: 'News',
    _raw: { sourceFilePath: `nieuws/${slug}.md` },
    slug,
    url: `/actueel/nieuws/2024/01/02/${slug}`,
    title: slug,
    date: '2024-01-02',
    themes: [],
    municipalities: [],
    legacyPaths: [],
    ...extra,
  }) as unknown as Documents['news'][number];

describe('the preview of a change', () => {
  const release = openRelease({ id: 'r1', createdAt: '2026-12-07T08:00:00.000Z', documents: { ...emptyDocuments(), news: [news('a'), news('b')] } });

  it('replaces the document of the same file, adds a new one, and shows a concept as published', () => {
    const preview = previewRelease(release, [news('a', { title: 'A nieuw' }), news('c', { draft: true })] as never);
    const now = preview.at(Date.UTC(2026, 11, 7));
    expect(now.news.map((n) => n.title).sort()).toEqual(['A nieuw', 'b', 'c']);
    // The served release itself is untouched.
    expect(
      release
        .at(Date.UTC(2026, 11, 7))
        .news.map((n) => n.title)
        .sort(),
    ).toEqual(['a', 'b']);
  });

  it('leaves out a withdrawn file, and shows a scheduled one at its day', () => {
    expect(
      previewRelease(release, [], ['nieuws/b.md'])
        .at(Date.UTC(2026, 11, 7))
        .news.map((n) => n.slug),
    ).toEqual(['a']);
    const now = new Date(Date.UTC(2026, 11, 7, 12));
    expect(previewInstant([{ publishDate: '2027-01-05' }], now).toISOString()).toBe('2027-01-04T23:00:00.000Z');
    expect(previewInstant([{ publishDate: '2020-01-05' }, {}], now)).toEqual(now);
  });
});
