import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { currentContent } from '@/lib/content';
import { atomFeed, rssFeed } from '@/lib/feeds/format';
import { newsFeed, podcastFeed, publicationsFeed } from '@/lib/feeds';
import { urls } from '@/lib/urls';

const ORIGIN = 'https://gka.example';
const content = currentContent();
const { news, podcastEpisodeList, podcastEpisodes, publications, themes } = content;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name, jpath) => ['item', 'entry'].includes(name) || ['feed.link', 'feed.entry.link'].includes(String(jpath)),
});

type RssItem = { title: string; link: string; description: string; enclosure?: { '@url': string; '@type': string } };

type AtomEntry = { title: string | { '#text': string }; id: string; link: { '@href': string; '@rel'?: string }[] };

const rss = (xml: string) => parser.parse(xml).rss.channel as { title: string; item?: RssItem[] };

const atom = (xml: string) => parser.parse(xml).feed as { title: string; entry?: AtomEntry[]; link: { '@href': string; '@rel'?: string }[] };

const feedUrl = (path: string) => new URL(`${ORIGIN}${path}`);

const entryTitle = (e: AtomEntry) => (typeof e.title === 'string' ? e.title : e.title['#text']);

/** A theme that filters: some but not all documents of the collection carry it. */
function partialTheme(docs: readonly { themes: string[] }[]): string {
  const slug = themes.map((t) => t.slug).find((s) => docs.some((d) => d.themes.includes(s)) && docs.some((d) => !d.themes.includes(s)));
  if (!slug) throw new Error('no theme that filters this collection');
  return slug;
}

describe('news and publication feeds', () => {
  it('RSS lists every news item with absolute links', () => {
    const channel = rss(rssFeed(newsFeed(content, feedUrl(urls.newsRss()), ORIGIN)));
    expect(channel.item?.map((i) => i.link)).toEqual(news.map((n) => `${ORIGIN}${n.url}`));
    expect(channel.item?.[0].title).toBe(news[0].title);
  });

  it('Atom lists the same news items and links to itself', () => {
    const feed = atom(atomFeed(newsFeed(content, feedUrl(urls.newsAtom()), ORIGIN)));
    expect(feed.entry?.map((e) => e.link[0]['@href'])).toEqual(news.map((n) => `${ORIGIN}${n.url}`));
    expect(feed.entry?.map(entryTitle)).toEqual(news.map((n) => n.title));
    expect(feed.link.find((l) => l['@rel'] === 'self')?.['@href']).toBe(`${ORIGIN}${urls.newsAtom()}`);
  });

  it('filters news per theme in both formats', () => {
    const slug = partialTheme(news);
    const expected = news.filter((n) => n.themes.includes(slug)).map((n) => `${ORIGIN}${n.url}`);
    expect(rss(rssFeed(newsFeed(content, feedUrl(urls.newsRss(slug)), ORIGIN))).item?.map((i) => i.link)).toEqual(expected);
    expect(atom(atomFeed(newsFeed(content, feedUrl(urls.newsAtom(slug)), ORIGIN))).entry?.map((e) => e.link[0]['@href'])).toEqual(expected);
    expect(expected.length).toBeLessThan(news.length);
  });

  it('lists publications, site-wide and per theme, in RSS and Atom', () => {
    expect(rss(rssFeed(publicationsFeed(content, feedUrl(urls.publicationsRss()), ORIGIN))).item?.map((i) => i.title)).toEqual(
      publications.map((p) => p.title),
    );
    expect(atom(atomFeed(publicationsFeed(content, feedUrl(urls.publicationsAtom()), ORIGIN))).entry?.map(entryTitle)).toEqual(
      publications.map((p) => p.title),
    );
    // Every theme, so both a theme with publications and one without are covered.
    for (const theme of themes) {
      const feed = rss(rssFeed(publicationsFeed(content, feedUrl(urls.publicationsRss(theme.slug)), ORIGIN)));
      expect(feed.item?.map((i) => i.link) ?? []).toEqual(publications.filter((p) => p.themes.includes(theme.slug)).map((p) => `${ORIGIN}${p.url}`));
      expect(feed.title).toContain(theme.title);
    }
    expect(themes.some((t) => !publications.some((p) => p.themes.includes(t.slug)))).toBe(true);
  });

  it('ignores an unknown theme instead of failing', () => {
    expect(rss(rssFeed(publicationsFeed(content, feedUrl('/publicaties/rss.xml?thema=bestaat-niet'), ORIGIN))).item).toHaveLength(publications.length);
  });
});

describe('podcast feed', () => {
  it('lists the episodes with a known title by number: one without a title has no page, so no item', () => {
    const items = rss(rssFeed(podcastFeed(content, feedUrl(urls.podcastRss()), ORIGIN))).item ?? [];
    expect(items.map((i) => i.title)).toEqual(['Aflevering 1: Een woud aan factoren', 'Aflevering 5: Tweedeling']);
    expect(items[0].description).toBe(podcastEpisodes[0].description);
    const all = podcastEpisodeList.map((e) => ({ ...e, titleKnown: e.number !== 1 }));
    expect((rss(rssFeed(podcastFeed({ podcastEpisodes: all }, feedUrl(urls.podcastRss()), ORIGIN))).item ?? []).map((i) => i.link)).not.toContain(
      `${ORIGIN}/actueel/podcast/aflevering-1`,
    );
  });

  it('has an enclosure only for episodes with audio', () => {
    const episodes = podcastEpisodeList.map((e, i) =>
      i === 0 ? { ...e, audio: '/audio/aflevering-1.mp3' } : i === 1 ? { ...e, titleKnown: true, audio: 'https://cdn.example/2.m4a' } : e,
    );
    const items = rss(rssFeed(podcastFeed({ podcastEpisodes: episodes }, feedUrl(urls.podcastRss()), ORIGIN))).item ?? [];
    expect(items[0].enclosure).toMatchObject({ '@url': `${ORIGIN}/audio/aflevering-1.mp3`, '@type': 'audio/mpeg' });
    expect(items[1].enclosure).toMatchObject({ '@url': 'https://cdn.example/2.m4a', '@type': 'audio/mp4' });
    expect(items.slice(2).every((i) => i.enclosure === undefined)).toBe(true);
    // The real content has no audio yet, so the real feed has no enclosures at all.
    expect(podcastFeed(content, feedUrl(urls.podcastRss()), ORIGIN).items.filter((i) => i.enclosure)).toHaveLength(
      podcastEpisodes.filter((e) => e.audio).length,
    );
  });
});
