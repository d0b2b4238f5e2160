import { describe, expect, it } from 'vitest';
import { currentContent } from '@/lib/content';
import { FIXED_PATHS, sitemapEntries } from '@/lib/seo/sitemap';
import { configuredOrigin, urls } from '@/lib/urls';

const ORIGIN = 'https://gka.example';

describe('sitemap', () => {
  const { themes, news, events, agendas, podcastEpisodes, municipalities, regions, interventions, publications, pages } = currentContent();
  const content = { themes, news, events, agendas, podcastEpisodes, municipalities, regions, interventions, publications, pages };
  const entries = sitemapEntries(ORIGIN, content);
  const listed = new Set(entries.map((e) => e.url));

  it('contains every published document and every fixed page', () => {
    const documents = Object.values(content).flatMap((docs: readonly { url: string }[]) => docs.map((d) => d.url));
    expect(documents.length).toBeGreaterThan(50);
    for (const url of [...documents, ...FIXED_PATHS]) expect(listed.has(`${ORIGIN}${url}`), url).toBe(true);
    for (const r of regions) expect(listed.has(`${ORIGIN}${urls.region(r.slug)}`)).toBe(true);
  });

  it('lists each URL once, Dutch only, and not the search page', () => {
    expect(listed.size).toBe(entries.length);
    expect(entries.some((e) => e.url.startsWith(`${ORIGIN}/en`))).toBe(false);
    expect(listed.has(`${ORIGIN}${urls.search()}`)).toBe(false);
  });

  it('uses SITE_URL without a trailing slash, or localhost', () => {
    expect(configuredOrigin({ SITE_URL: 'https://www.gelijkekansen.nl/' })).toBe('https://www.gelijkekansen.nl');
    expect(configuredOrigin({})).toBe('http://localhost:3000');
  });
});
