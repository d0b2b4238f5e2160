// RSS 2.0 and Atom for the lists ("volg deze selectie"), built with the `feed` package. Both
// formats come from one feed description, so an RSS and an Atom feed of a list never differ.
import { Feed } from 'feed';
import { amsterdamToInstant } from '../dates';
import { withStylesheet } from './stylesheet';

/** Items without a date of their own (most interventions) carry the time this server started. */
const STARTED = new Date();

export type FeedItem = {
  title: string;
  url: string;
  summary: string;
  date?: string;
  /** Absolute URL and MIME type of a media file (podcast audio). */
  enclosure?: { url: string; type: string };
};

export type FeedInput = { title: string; description: string; origin: string; pageUrl: string; selfUrl: string; items: FeedItem[] };

export type FeedFormat = 'rss' | 'atom';

const CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
};

function buildFeed({ title, description, origin, pageUrl, selfUrl, items }: FeedInput, format: FeedFormat): Feed {
  const dated = items.filter((i) => i.date).map((i) => amsterdamToInstant(i.date!));
  const feed = new Feed({
    title,
    description,
    id: `${origin}${pageUrl}`,
    link: `${origin}${pageUrl}`,
    language: 'nl',
    copyright: 'Ministerie van Onderwijs, Cultuur en Wetenschap',
    // Atom requires an author for the feed unless every entry has one.
    author: { name: 'Gelijke Kansen Alliantie', link: origin },
    updated: dated.length ? new Date(Math.max(...dated.map((d) => d.getTime()))) : STARTED,
    // The self link names the format actually served, so readers subscribe to what they fetched.
    feedLinks: { [format]: `${origin}${selfUrl}` },
    generator: 'GKA-portal',
  });
  for (const item of items) {
    feed.addItem({
      title: item.title,
      id: `${origin}${item.url}`,
      link: `${origin}${item.url}`,
      description: item.summary,
      date: item.date ? amsterdamToInstant(item.date) : STARTED,
      // `length: 0` is what RSS prescribes when the size is not known.
      enclosure: item.enclosure ? { url: item.enclosure.url, type: item.enclosure.type, length: 0 } : undefined,
    });
  }
  return feed;
}

export function rssFeed(input: FeedInput): string {
  return buildFeed(input, 'rss').rss2();
}

export function atomFeed(input: FeedInput): string {
  return buildFeed(input, 'atom').atom1();
}

function renderFeed(input: FeedInput, format: FeedFormat): string {
  return format === 'rss' ? rssFeed(input) : atomFeed(input);
}

/** Where the site lives, for absolute links: SITE_URL in production, else the request's origin. */
export function siteOrigin(request: Request): string {
  return (process.env.SITE_URL ?? new URL(request.url).origin).replace(/\/$/, '');
}

/**
 * A browser shows application/rss+xml and application/atom+xml as plain text, without applying
 * the stylesheet; as application/xml it applies it. So a request that asks for HTML first (a
 * browser opening the link) gets the same bytes as application/xml; a feed reader gets the feed
 * type as before.
 */
export function feedContentType(format: FeedFormat, accept: string | null): string {
  return /^\s*text\/html\b/i.test(accept ?? '') ? 'application/xml; charset=utf-8' : CONTENT_TYPES[format];
}

/** The whole answer of a feed route: the feed in the requested format with its content type. */
export function feedResponse(input: FeedInput, format: FeedFormat, request?: Request): Response {
  return new Response(withStylesheet(renderFeed(input, format)), {
    headers: { 'Content-Type': feedContentType(format, request?.headers.get('accept') ?? null), 'Cache-Control': 'public, max-age=300', Vary: 'Accept' },
  });
}
