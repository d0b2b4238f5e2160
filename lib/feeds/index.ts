// What the site's feeds contain (news, publications, interventions, events, the podcast). Each function describes one feed;
// the route handlers only pick the format (RSS or Atom), so both formats always list the same items.
// Each is made from the content snapshot the route hands it.
import type { Snapshot } from '../content';
import type { FeedInput } from './format';
import { eventList, interventionList, newsList, publicationList } from '../lists';
import { queryRecord } from '../http/query';
import { urls } from '../urls';

/** " — thema Armoede" for a feed filtered on themes, so a subscription says what it follows. */
function themeSuffix(content: Snapshot, selected: readonly string[] | undefined): string {
  if (!selected?.length) return '';
  const names = content.themes.filter((t) => selected.includes(t.slug)).map((t) => t.title);
  return ` — ${names.length > 1 ? "thema's" : 'thema'} ${names.join(', ')}`;
}

/** Links back to the page and to the feed itself keep the request's filters. */
const links = (url: URL, page: string) => ({ pageUrl: `${page}${url.search}`, selfUrl: `${url.pathname}${url.search}` });

/** News, with the filters of /actueel/nieuws (?thema=, ?jaar=). */
export function newsFeed(content: Snapshot, url: URL, origin: string): FeedInput {
  const { items, selection } = newsList(content, queryRecord(url));
  return {
    title: `Nieuws van de Gelijke Kansen Alliantie${themeSuffix(content, selection.thema)}`,
    description: 'Nieuwsberichten van de Gelijke Kansen Alliantie (GKA), met de filters van deze selectie.',
    origin,
    ...links(url, urls.newsIndex()),
    items: items.map((n) => ({ title: n.title, url: n.url, summary: n.summary, date: n.date })),
  };
}

/** Interventions, with the filters of /interventies: the whole selection of the list. */
export function interventionsFeed(content: Snapshot, url: URL, origin: string): FeedInput {
  const { items } = interventionList(content, queryRecord(url));
  return {
    title: 'Interventies van GKA-gemeenten',
    description: "Interventies uit de GKA-agenda's van gemeenten, met de filters van deze selectie.",
    origin,
    ...links(url, urls.interventions()),
    items: items.map((i) => ({ title: i.title, url: i.url, summary: i.summary, date: i.date })),
  };
}

/** Events, with the filters of /actueel/activiteiten: upcoming first, then past (at `now`). */
export function eventsFeed(content: Snapshot, url: URL, origin: string, now: Date): FeedInput {
  const { upcoming, past } = eventList(content, queryRecord(url), now);
  return {
    title: 'Activiteiten van de Gelijke Kansen Alliantie',
    description: 'Bijeenkomsten, leernetwerken en conferenties van de GKA, met de filters van deze selectie.',
    origin,
    ...links(url, urls.eventsIndex()),
    items: [...upcoming, ...past].map((e) => ({ title: e.title, url: e.url, summary: e.summary, date: e.start })),
  };
}

/** Publications, optionally of one or more themes (?thema=). */
export function publicationsFeed(content: Snapshot, url: URL, origin: string): FeedInput {
  const { items, selection } = publicationList(content, queryRecord(url));
  return {
    title: `Publicaties van de Gelijke Kansen Alliantie${themeSuffix(content, selection.thema)}`,
    description: 'Rapporten en andere publicaties van de Gelijke Kansen Alliantie (GKA).',
    origin,
    // The publications page itself has no filters, so it is linked without them.
    pageUrl: urls.publications(),
    selfUrl: `${url.pathname}${url.search}`,
    items: items.map((p) => ({ title: p.title, url: p.url, summary: p.summary, date: p.date })),
  };
}

const AUDIO_TYPES: Record<string, string> = { mp3: 'audio/mpeg', m4a: 'audio/mp4', aac: 'audio/aac', ogg: 'audio/ogg', opus: 'audio/ogg', wav: 'audio/wav' };

/** The `feed` package would guess "audio/mp3" from the extension; podcast apps expect real MIME types. */
function audioType(file: string): string {
  const ext = /\.([a-z0-9]+)(?:[?#].*)?$/i.exec(file)?.[1]?.toLowerCase() ?? '';
  return AUDIO_TYPES[ext] ?? 'audio/mpeg';
}

type Episode = { number: number; title: string; titleKnown: boolean; url: string; description: string; date?: string; audio?: string };

/** The podcast Ieder Talent Telt, episodes by number; only those with a page (a known title), audio only where the file is known. */
export function podcastFeed({ podcastEpisodes: episodes }: { podcastEpisodes: readonly Episode[] }, url: URL, origin: string): FeedInput {
  return {
    title: 'Ieder Talent Telt — podcast van de Gelijke Kansen Alliantie',
    description: 'In de podcast Ieder Talent Telt keert Allard Amelink kansengelijkheid binnenstebuiten.',
    origin,
    pageUrl: urls.podcastIndex(),
    selfUrl: url.pathname,
    items: episodes
      .filter((e) => e.titleKnown)
      .map((e) => ({
        title: `Aflevering ${e.number}: ${e.title}`,
        url: e.url,
        summary: e.description,
        date: e.date,
        enclosure: e.audio ? { url: /^https?:\/\//.test(e.audio) ? e.audio : `${origin}${e.audio}`, type: audioType(e.audio) } : undefined,
      })),
  };
}
