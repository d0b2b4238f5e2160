// JSON-LD (schema.org) for search engines: the organisation, news articles, events and
// breadcrumb trails. Pure builders; components/seo/JsonLd puts them in the page.
import { isoWithOffset } from '../dates';
import { GKA_MAILBOX, SITE_NAME } from '../site';
import { shareImageUrl } from './share-images';

type Thing = Record<string, unknown>;

function publisher(origin: string): Thing {
  return { '@type': 'Organization', name: SITE_NAME, url: `${origin}/` };
}

export function organization(origin: string): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': `${origin}/#organisatie`,
    name: SITE_NAME,
    alternateName: 'GKA',
    url: `${origin}/`,
    email: GKA_MAILBOX,
    image: `${origin}${shareImageUrl('home')}`,
    parentOrganization: {
      '@type': 'GovernmentOrganization',
      name: 'Ministerie van Onderwijs, Cultuur en Wetenschap',
      url: 'https://www.rijksoverheid.nl/ministeries/ministerie-van-onderwijs-cultuur-en-wetenschap',
    },
  };
}

/** The trail as shown on the page; the current page (last) has no address, as schema.org allows. */
export function breadcrumbList(origin: string, trail: readonly { name: string; path?: string }[]): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      ...(crumb.path ? { item: `${origin}${crumb.path}` } : {}),
    })),
  };
}

export function newsArticle(origin: string, item: { title: string; summary: string; date: string; url: string }): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: item.title,
    description: item.summary,
    datePublished: item.date,
    url: `${origin}${item.url}`,
    mainEntityOfPage: `${origin}${item.url}`,
    inLanguage: 'nl',
    image: [`${origin}${shareImageUrl('nieuws')}`],
    author: publisher(origin),
    publisher: publisher(origin),
  };
}

type EventInput = {
  title: string;
  summary: string;
  url: string;
  start: string;
  end?: string;
  location?: string;
  sessions: readonly { title: string; start?: string; end?: string }[];
};

/** An event; a series (learning network) lists its dated sessions as sub-events. */
export function event(origin: string, item: EventInput): Thing {
  const place = item.location ? { '@type': 'Place', name: item.location, address: item.location } : undefined;
  const timed = (start: string, end?: string) => ({ startDate: isoWithOffset(start), ...(end ? { endDate: isoWithOffset(end) } : {}) });
  const sessions = item.sessions.filter((s): s is typeof s & { start: string } => !!s.start);
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: item.title,
    description: item.summary,
    url: `${origin}${item.url}`,
    inLanguage: 'nl',
    image: [`${origin}${shareImageUrl('activiteiten')}`],
    ...timed(item.start, item.end),
    eventStatus: 'https://schema.org/EventScheduled',
    ...(place ? { location: place } : {}),
    organizer: { ...publisher(origin), email: GKA_MAILBOX },
    ...(sessions.length > 0
      ? { subEvent: sessions.map((s) => ({ '@type': 'Event', name: s.title, ...timed(s.start, s.end), ...(place ? { location: place } : {}) })) }
      : {}),
  };
}

/** JSON for inside <script>: `<` escaped so content can never close the script element. */
export function serializeJsonLd(data: Thing | Thing[]): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
