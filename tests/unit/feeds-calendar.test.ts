import { XMLParser } from 'fast-xml-parser';
import ical, { type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import { GET as eventCalendarRoute } from '@/app/(feeds)/agenda/[file]/route';
import { calendarEntries, calendarFile } from '@/lib/feeds/calendar';
import { agendas, events, interventions, municipalities, news, pages, podcastEpisodes, publications, regions, themes } from '@/lib/content';
import { atomFeed, rssFeed } from '@/lib/feeds/format';
import { newsFeed, podcastFeed, publicationsFeed } from '@/lib/feeds';
import { FIXED_PATHS, sitemapEntries } from '@/lib/seo/sitemap';
import { configuredOrigin, urls } from '@/lib/urls';

const ORIGIN = 'https://gka.example';
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name, jpath) => ['item', 'entry'].includes(name) || ['feed.link', 'feed.entry.link'].includes(String(jpath)) });

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
    const channel = rss(rssFeed(newsFeed(feedUrl(urls.newsRss()), ORIGIN)));
    expect(channel.item?.map((i) => i.link)).toEqual(news.map((n) => `${ORIGIN}${n.url}`));
    expect(channel.item?.[0].title).toBe(news[0].title);
  });

  it('Atom lists the same news items and links to itself', () => {
    const feed = atom(atomFeed(newsFeed(feedUrl(urls.newsAtom()), ORIGIN)));
    expect(feed.entry?.map((e) => e.link[0]['@href'])).toEqual(news.map((n) => `${ORIGIN}${n.url}`));
    expect(feed.entry?.map(entryTitle)).toEqual(news.map((n) => n.title));
    expect(feed.link.find((l) => l['@rel'] === 'self')?.['@href']).toBe(`${ORIGIN}${urls.newsAtom()}`);
  });

  it('filters news per theme in both formats', () => {
    const slug = partialTheme(news);
    const expected = news.filter((n) => n.themes.includes(slug)).map((n) => `${ORIGIN}${n.url}`);
    expect(rss(rssFeed(newsFeed(feedUrl(urls.newsRss(slug)), ORIGIN))).item?.map((i) => i.link)).toEqual(expected);
    expect(atom(atomFeed(newsFeed(feedUrl(urls.newsAtom(slug)), ORIGIN))).entry?.map((e) => e.link[0]['@href'])).toEqual(expected);
    expect(expected.length).toBeLessThan(news.length);
  });

  it('lists publications, site-wide and per theme, in RSS and Atom', () => {
    expect(rss(rssFeed(publicationsFeed(feedUrl(urls.publicationsRss()), ORIGIN))).item?.map((i) => i.title)).toEqual(publications.map((p) => p.title));
    expect(atom(atomFeed(publicationsFeed(feedUrl(urls.publicationsAtom()), ORIGIN))).entry?.map(entryTitle)).toEqual(publications.map((p) => p.title));
    // Every theme, so both a theme with publications and one without are covered.
    for (const theme of themes) {
      const feed = rss(rssFeed(publicationsFeed(feedUrl(urls.publicationsRss(theme.slug)), ORIGIN)));
      expect(feed.item?.map((i) => i.link) ?? []).toEqual(publications.filter((p) => p.themes.includes(theme.slug)).map((p) => `${ORIGIN}${p.url}`));
      expect(feed.title).toContain(theme.title);
    }
    expect(themes.some((t) => !publications.some((p) => p.themes.includes(t.slug)))).toBe(true);
  });

  it('ignores an unknown theme instead of failing', () => {
    expect(rss(rssFeed(publicationsFeed(feedUrl('/publicaties/rss.xml?thema=bestaat-niet'), ORIGIN))).item).toHaveLength(publications.length);
  });
});

describe('podcast feed', () => {
  it('lists the 5 episodes by number, with the title only when it is known', () => {
    const items = rss(rssFeed(podcastFeed(feedUrl(urls.podcastRss()), ORIGIN))).item ?? [];
    expect(items).toHaveLength(5);
    expect(items[0].title).toBe('Aflevering 1: Een woud aan factoren');
    expect(items[1].title).toBe('Aflevering 2');
    expect(items[4].title).toBe('Aflevering 5: Tweedeling');
    expect(items[0].description).toBe(podcastEpisodes[0].description);
  });

  it('has an enclosure only for episodes with audio', () => {
    const episodes = podcastEpisodes.map((e, i) => (i === 0 ? { ...e, audio: '/audio/aflevering-1.mp3' } : i === 1 ? { ...e, audio: 'https://cdn.example/2.m4a' } : e));
    const items = rss(rssFeed(podcastFeed(feedUrl(urls.podcastRss()), ORIGIN, episodes))).item ?? [];
    expect(items[0].enclosure).toMatchObject({ '@url': `${ORIGIN}/audio/aflevering-1.mp3`, '@type': 'audio/mpeg' });
    expect(items[1].enclosure).toMatchObject({ '@url': 'https://cdn.example/2.m4a', '@type': 'audio/mp4' });
    expect(items.slice(2).every((i) => i.enclosure === undefined)).toBe(true);
    // The real content has no audio yet, so the real feed has no enclosures at all.
    expect(podcastFeed(feedUrl(urls.podcastRss()), ORIGIN).items.filter((i) => i.enclosure)).toHaveLength(podcastEpisodes.filter((e) => e.audio).length);
  });
});

const vevents = (text: string) => Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === 'VEVENT');
const bySlug = (slug: string) => {
  const event = events.find((e) => e.slug === slug);
  if (!event) throw new Error(`no event ${slug}`);
  return event;
};

describe('calendar', () => {
  it('gives a learning network one VEVENT per dated session, in UTC across summer time', () => {
    const list = vevents(calendarFile([bySlug('startbijeenkomst-gka-leernetwerken')], ORIGIN));
    expect(list).toHaveLength(5);
    const starts = list.map((e) => e.start.toISOString()).sort();
    expect(starts[0]).toBe('2024-01-18T15:00:00.000Z'); // 16:00 winter time
    expect(starts).toContain('2024-05-16T14:00:00.000Z'); // 16:00 summer time
    const may = list.find((e) => e.start.toISOString() === '2024-05-16T14:00:00.000Z')!;
    expect(may.end?.toISOString()).toBe('2024-05-16T18:00:00.000Z');
    expect(String(may.summary)).toContain('Derde bijeenkomst');
    expect(String(may.description)).toContain(`${ORIGIN}${bySlug('startbijeenkomst-gka-leernetwerken').url}`);
  });

  it('gives stable, unique UIDs', () => {
    const event = bySlug('startbijeenkomst-gka-leernetwerken');
    const uids = calendarEntries(event, ORIGIN).map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids.every((u) => /^startbijeenkomst-gka-leernetwerken-\d+@gelijkekansen$/.test(u!))).toBe(true);
    expect(calendarEntries(event, 'https://other.example').map((e) => e.uid)).toEqual(uids);
  });

  it('makes a day without time an all-day event', () => {
    const [conference] = vevents(calendarFile([bySlug('de-gka-conferentie')], ORIGIN));
    expect(conference.datetype).toBe('date');
    expect(conference.start.getFullYear()).toBe(2022);
    expect(conference.start.getMonth()).toBe(9);
    expect(conference.start.getDate()).toBe(31);
    expect(String(conference.location)).toBe('Van Nelle Fabriek, Rotterdam');
  });

  it('puts every event in the subscribable feed', () => {
    const expected = events.flatMap((e) => calendarEntries(e, ORIGIN)).length;
    expect(vevents(calendarFile(events, ORIGIN))).toHaveLength(expected);
  });

  it('serves /agenda/<slug>.ics as a download and 404s unknown slugs', async () => {
    const slug = 'startbijeenkomst-gka-leernetwerken';
    const ok = await eventCalendarRoute(new Request(`${ORIGIN}${urls.eventCalendar(slug)}`), { params: Promise.resolve({ file: `${slug}.ics` }) });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('Content-Type')).toBe('text/calendar; charset=utf-8');
    expect(ok.headers.get('Content-Disposition')).toBe(`attachment; filename="${slug}.ics"`);
    expect(vevents(await ok.text())).toHaveLength(5);
    const missing = await eventCalendarRoute(new Request(`${ORIGIN}/agenda/bestaat-niet.ics`), { params: Promise.resolve({ file: 'bestaat-niet.ics' }) });
    expect(missing.status).toBe(404);
    const noExtension = await eventCalendarRoute(new Request(`${ORIGIN}/agenda/${slug}`), { params: Promise.resolve({ file: slug }) });
    expect(noExtension.status).toBe(404);
  });
});

describe('sitemap', () => {
  const content = { themes, news, events, agendas, podcastEpisodes, municipalities, regions, interventions, publications, pages };
  const entries = sitemapEntries(ORIGIN, content);
  const listed = new Set(entries.map((e) => e.url));

  it('contains every published document and every fixed page', () => {
    const documents = Object.values(content).flatMap((docs: readonly { url: string }[]) => docs.map((d) => d.url));
    expect(documents.length).toBeGreaterThan(100);
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
