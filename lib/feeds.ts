// RSS 2.0 for the filtered lists ("volg deze selectie"), built with the `feed` package.
import { Feed } from 'feed';
import { amsterdamToInstant } from './dates';

/** Items without a date of their own (most interventions) carry the time this server started. */
const STARTED = new Date();

export type FeedItem = { title: string; url: string; summary: string; date?: string };

export function rssFeed({ title, description, origin, pageUrl, selfUrl, items }: { title: string; description: string; origin: string; pageUrl: string; selfUrl: string; items: FeedItem[] }): string {
  const dated = items.filter((i) => i.date).map((i) => amsterdamToInstant(i.date!));
  const feed = new Feed({
    title,
    description,
    id: `${origin}${pageUrl}`,
    link: `${origin}${pageUrl}`,
    language: 'nl',
    copyright: 'Ministerie van Onderwijs, Cultuur en Wetenschap',
    updated: dated.length ? new Date(Math.max(...dated.map((d) => d.getTime()))) : undefined,
    feedLinks: { rss: `${origin}${selfUrl}` },
    generator: 'GKA-portal',
  });
  for (const item of items) {
    feed.addItem({
      title: item.title,
      id: `${origin}${item.url}`,
      link: `${origin}${item.url}`,
      description: item.summary,
      date: item.date ? amsterdamToInstant(item.date) : STARTED,
    });
  }
  return feed.rss2();
}

/** Where the site lives, for absolute links: SITE_URL in production, else the request's origin. */
export function siteOrigin(request: Request): string {
  return (process.env.SITE_URL ?? new URL(request.url).origin).replace(/\/$/, '');
}

export function rssResponse(xml: string): Response {
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' } });
}
