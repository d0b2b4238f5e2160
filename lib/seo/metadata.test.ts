import { describe, expect, it } from 'vitest';
import { pageMetadata } from '@/lib/seo/metadata';

describe('pageMetadata', () => {
  it('gives canonical, Open Graph and Twitter metadata with the share image of the page type', () => {
    const m = pageMetadata({ title: 'Nieuws', description: 'Het laatste nieuws', path: '/actueel/nieuws', kind: 'nieuws' });
    expect(m.alternates?.canonical).toBe('/actueel/nieuws');
    expect(m.openGraph).toMatchObject({ type: 'website', url: '/actueel/nieuws', title: 'Nieuws', locale: 'nl_NL', siteName: 'Gelijke Kansen Alliantie' });
    expect(m.openGraph?.images).toEqual([expect.objectContaining({ url: '/deelafbeeldingen/nieuws.png', width: 1200, height: 630 })]);
    expect(m.twitter).toMatchObject({ card: 'summary_large_image', images: ['/deelafbeeldingen/nieuws.png'] });
    expect(m.robots).toBeUndefined();
  });

  it('makes dated documents articles and keeps feed links beside the canonical address', () => {
    const feeds = { 'application/rss+xml': '/actueel/nieuws/rss.xml' };
    const m = pageMetadata({ title: 'x', path: '/a', kind: 'nieuws', published: '2023-03-14', feeds });
    expect(m.openGraph).toMatchObject({ type: 'article', publishedTime: '2023-03-14' });
    expect(m.alternates).toEqual({ canonical: '/a', types: feeds });
  });

  it('keeps search results out of search engines', () => {
    expect(pageMetadata({ title: 'Zoeken', path: '/zoeken', kind: 'home', noindex: true }).robots).toEqual({ index: false, follow: true });
  });
});
