// The route table: every public address whose answer comes from the content, in one list, and
// what answers it. The production server (and `npm run dev`) renders these itself from the
// release it serves (server/rendered.ts); Next keeps what needs it: the forms (they hydrate a
// client component), /beheer, the POST endpoints, the search API, and a few files that never
// change with the content (share images, the map outline, the finder's list, the feed stylesheet).
//
// A page is a view of components/pages (`View`: content, language, query, moment, parameters →
// metadata and body, or undefined when its parameters name nothing). A file is a web Response
// made by lib/ (feeds, calendars, open data, sitemap, the PDF bundle).
import type http from 'node:http';
import { agendaPage, agendasPage } from '@/components/pages/agendas';
import { alertCheckMailPage, alertProblemPage, alertRevokedPage, alertUnsubscribedPage } from '@/components/pages/alerts';
import { bundlePage } from '@/components/pages/bundle';
import { calendarHelpPage } from '@/components/pages/calendar-help';
import { contentPage } from '@/components/pages/content-page';
import { coordinatorsPage } from '@/components/pages/coordinators';
import { currentPage } from '@/components/pages/current';
import { eventPage } from '@/components/pages/event';
import { eventsIndexPage } from '@/components/pages/events';
import { homePage } from '@/components/pages/home';
import { interventionPage } from '@/components/pages/intervention';
import { interventionsPage } from '@/components/pages/interventions';
import { municipalitiesPage } from '@/components/pages/municipalities';
import { municipalityPage } from '@/components/pages/municipality';
import { newsIndexPage } from '@/components/pages/news';
import { newsItemPage, type DatedSlug } from '@/components/pages/news-item';
import { openDataPage } from '@/components/pages/open-data';
import { episodePage, podcastPage } from '@/components/pages/podcast';
import { publicationPage, publicationsPage } from '@/components/pages/publications';
import { regionPage } from '@/components/pages/region';
import { searchPage } from '@/components/pages/search';
import { themePage, themesPage } from '@/components/pages/themes';
import type { View, ViewInput } from '@/components/pages/types';
import { bundleFacts, bundlePdfs } from '@/lib/bundle';
import type { Snapshot } from '@/lib/content/release';
import { findByDateAndSlug, findBySlug } from '@/lib/content/queries';
import { calendarFile, calendarResponse } from '@/lib/feeds/calendar';
import { eventsFeed, interventionsFeed, newsFeed, podcastFeed, publicationsFeed } from '@/lib/feeds';
import { feedResponse, siteOrigin } from '@/lib/feeds/format';
import { signupFormFor } from '@/lib/forms';
import { canonicalQuery, PAGE_PARAMS, type ParamSpec, type RawQuery } from '@/lib/http/query';
import { compilePattern, firstMatch, type CompiledPattern, type RouteParams } from '@/lib/http/route-pattern';
import { modifiedOf, siteDatasets } from '@/lib/open-data';
import { dcatCatalog, toCsv, toJson } from '@/lib/open-data/format';
import { sitemapEntries, sitemapXml } from '@/lib/seo/sitemap';
import { configuredOrigin, localeOf, withoutLocale } from '@/lib/urls';
import { routing } from '@/i18n/routing';

type PageRoute = {
  kind: 'page';
  pattern: CompiledPattern;
  // The table holds views of many parameter types; each entry's pattern names the view's parameters.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  view: View<any>;
  /** Rendered again at every clock transition and kept ready (home, events); else kept in the bounded cache. */
  timed?: boolean;
  /** The query parameters the page reads (lib/http/query.ts); others are dropped from its cache key. */
  query?: ParamSpec;
  /** Made before the page, once per snapshot, and handed to the view as parameters (the bundle's PDFs). */
  load?: (content: Snapshot) => Promise<Record<string, unknown>>;
  /** When the view finds nothing: Next's turn (the content pages share their addresses with Next's forms). */
  fallThrough?: boolean;
};

export type FileContext = { content: Snapshot; now: Date; request: Request; params: RouteParams };

type FileRoute = {
  kind: 'file';
  pattern: CompiledPattern;
  answer: (context: FileContext) => Response | undefined | Promise<Response | undefined>;
  /** What besides the address the answer depends on (a feed: whether a browser asks for HTML). */
  varies?: (req: http.IncomingMessage) => string;
};

/** Answered by Next, but only when the content has what the address names (a sign-up form); else not found here. */
type GuardRoute = { kind: 'guard'; pattern: CompiledPattern; exists: (content: Snapshot, params: RouteParams) => boolean };

export type Route = PageRoute | FileRoute | GuardRoute;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const page = (pattern: string, view: View<any>, options: Omit<PageRoute, 'kind' | 'pattern' | 'view'> = {}): PageRoute => ({
  kind: 'page',
  pattern: compilePattern(pattern),
  view,
  ...options,
});

const file = (pattern: string, answer: FileRoute['answer'], varies?: FileRoute['varies']): FileRoute => ({
  kind: 'file',
  pattern: compilePattern(pattern, { dots: true }),
  answer,
  varies,
});

/** A feed's type follows the request's Accept: a browser gets it as XML with its stylesheet (lib/feeds/format.ts). */
const byAccept = (req: http.IncomingMessage) => (/^\s*text\/html\b/i.test(req.headers.accept ?? '') ? 'html' : 'feed');

const notFoundText = () => new Response('Niet gevonden', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

const eventByDate: View<DatedSlug> = (input: ViewInput<DatedSlug>) => {
  const { year, month, day, slug } = input.params;
  const event = findByDateAndSlug(input.content.events, (e) => e.start, { year, month, day }, slug);
  return event && eventPage({ ...input, event });
};

/** Pages, in both languages (`/en` before the address for English). Fixed addresses before patterns. */
const PAGES: PageRoute[] = [
  page('/', homePage, { timed: true }),
  page('/themas', themesPage),
  page('/themas/:slug', themePage),
  page('/actueel', currentPage),
  page('/actueel/nieuws', newsIndexPage, { query: PAGE_PARAMS.news }),
  page('/actueel/nieuws/:year/:month/:day/:slug', newsItemPage),
  page('/actueel/activiteiten', eventsIndexPage, { query: PAGE_PARAMS.events }),
  page('/actueel/activiteiten/abonneren', calendarHelpPage),
  page('/actueel/activiteiten/:year/:month/:day/:slug', eventByDate, { timed: true }),
  page('/actueel/landelijke-thema-agendas', agendasPage),
  page('/actueel/landelijke-thema-agendas/:slug', agendaPage),
  page('/actueel/podcast', podcastPage),
  page('/actueel/podcast/:slug', episodePage),
  page('/gemeenten', municipalitiesPage, { query: PAGE_PARAMS.municipalities }),
  page('/gemeenten/:slug', municipalityPage),
  page('/interventies', interventionsPage, { query: PAGE_PARAMS.interventions }),
  page('/interventies/bundel', bundlePage, { load: async (content) => ({ files: await bundleFacts(content) }) }),
  page('/interventies/:slug', interventionPage),
  page('/publicaties', publicationsPage),
  page('/publicaties/:slug', publicationPage),
  page('/regiocoordinatoren', coordinatorsPage, { query: PAGE_PARAMS.coordinators }),
  page('/regiocoordinatoren/:slug', regionPage),
  page('/zoeken', searchPage, { query: PAGE_PARAMS.search }),
  page('/open-data', openDataPage),
  // The e-mail alerts' pages without anything personal; those with an address or a form are Next's.
  page('/e-mailmeldingen/controleer-je-e-mail', alertCheckMailPage, { query: { na: 'one' } }),
  page('/e-mailmeldingen/afgemeld', alertUnsubscribedPage, { query: { selectie: 'one', alles: 'one' } }),
  page('/e-mailmeldingen/links-ingetrokken', alertRevokedPage),
  page('/e-mailmeldingen/niet-gelukt', alertProblemPage, { query: { reden: 'one' } }),
  page('/*path', contentPage, { fallThrough: true }),
];

/** Files, at one address each (no language prefix). */
const FILES: FileRoute[] = [
  file(
    '/sitemap.xml',
    ({ content }) =>
      new Response(sitemapXml(sitemapEntries(configuredOrigin(), content)), {
        headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
      }),
  ),
  file(
    '/actueel/nieuws/rss.xml',
    ({ content, request }) => feedResponse(newsFeed(content, new URL(request.url), siteOrigin(request)), 'rss', request),
    byAccept,
  ),
  file(
    '/actueel/nieuws/feed.xml',
    ({ content, request }) => feedResponse(newsFeed(content, new URL(request.url), siteOrigin(request)), 'atom', request),
    byAccept,
  ),
  file(
    '/actueel/activiteiten/rss.xml',
    ({ content, request, now }) => feedResponse(eventsFeed(content, new URL(request.url), siteOrigin(request), now), 'rss', request),
    byAccept,
  ),
  file(
    '/actueel/podcast/rss.xml',
    ({ content, request }) => feedResponse(podcastFeed(content, new URL(request.url), siteOrigin(request)), 'rss', request),
    byAccept,
  ),
  file(
    '/interventies/rss.xml',
    ({ content, request }) => feedResponse(interventionsFeed(content, new URL(request.url), siteOrigin(request)), 'rss', request),
    byAccept,
  ),
  file(
    '/publicaties/rss.xml',
    ({ content, request }) => feedResponse(publicationsFeed(content, new URL(request.url), siteOrigin(request)), 'rss', request),
    byAccept,
  ),
  file(
    '/publicaties/atom.xml',
    ({ content, request }) => feedResponse(publicationsFeed(content, new URL(request.url), siteOrigin(request)), 'atom', request),
    byAccept,
  ),
  file('/agenda.ics', ({ content, request }) => calendarResponse(calendarFile(content.events, siteOrigin(request)))),
  file('/agenda/:file', ({ content, request, params }) => {
    const name = String(params.file);
    const event = name.endsWith('.ics') ? findBySlug(content.events, name.slice(0, -'.ics'.length)) : undefined;
    return event ? calendarResponse(calendarFile([event], siteOrigin(request)), `${event.slug}.ics`) : notFoundText();
  }),
  file('/open-data/:file', ({ content, request, params }) => {
    const name = String(params.file);
    const origin = siteOrigin(request);
    const all = siteDatasets(content, origin);
    const modified = modifiedOf(content);
    const headers = (type: string) => ({ 'Content-Type': type, 'Content-Disposition': `inline; filename="${name}"`, 'Cache-Control': 'public, max-age=3600' });
    if (name === 'catalogus.jsonld')
      return new Response(JSON.stringify(dcatCatalog(all, origin, modified), null, 2), { headers: headers('application/ld+json; charset=utf-8') });
    const match = /^([a-z]+)\.(csv|json)$/.exec(name);
    const dataset = match && all.find((d) => d.id === match[1]);
    if (!match || !dataset) return notFoundText();
    return match[2] === 'csv'
      ? new Response(toCsv(dataset.rows), { headers: headers('text/csv; charset=utf-8') })
      : new Response(toJson(dataset, modified(dataset)), { headers: headers('application/json; charset=utf-8') });
  }),
  file('/downloads/bundel/:file', async ({ content, request }) => {
    const pdf = (await bundlePdfs(content)).get(new URL(request.url).pathname);
    if (!pdf) return notFoundText();
    return new Response(new Uint8Array(pdf), { headers: { 'Content-Type': 'application/pdf', 'Cache-Control': 'public, max-age=3600' } });
  }),
];

/** Next's sign-up forms exist for what the content asks sign-ups for; any other is not found. */
const GUARDS: GuardRoute[] = [
  { kind: 'guard', pattern: compilePattern('/aanmelden/:slug'), exists: (content, params) => !!signupFormFor(content, String(params.slug)) },
];

export const ROUTES: readonly Route[] = [...FILES, ...GUARDS, ...PAGES];

export type Match = {
  route: Route;
  params: RouteParams;
  locale: string;
  /** The address without language prefix, with the page's own query (the language link keeps it). */
  address: string;
  /** One cache entry per key: the address as asked, with the query the answer depends on. */
  key: string;
  /** The query string as the page reads it (its own parameters only). */
  query: RawQuery;
};

/** The route for an address, if the table has one; everything else is Next's. */
export function matchRoute(pathname: string, search: URLSearchParams, req?: http.IncomingMessage): Match | undefined {
  // `/nl/…` is Next's internal form of a Dutch address: the locale proxy redirects it.
  if (pathname === `/${routing.defaultLocale}` || pathname.startsWith(`/${routing.defaultLocale}/`)) return undefined;
  const locale = localeOf(pathname);
  const path = withoutLocale(pathname);
  const found = firstMatch(locale === routing.defaultLocale ? ROUTES : PAGES, path);
  if (!found) return undefined;
  const { route, params } = found;
  if (route.kind === 'file') {
    // Feeds read their filters from the query; every distinct query is its own (bounded) entry.
    const query = new URLSearchParams([...search].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))).toString();
    const vary = route.varies && req ? `#${route.varies(req)}` : '';
    return { route, params, locale, address: path, key: `${pathname}?${query}${vary}`, query: {} };
  }
  if (route.kind === 'page' && route.query) {
    const canonical = canonicalQuery(search, route.query);
    const query = Object.fromEntries(Object.keys(route.query).map((name) => [name, search.getAll(name)])) as RawQuery;
    return { route, params, locale, address: canonical ? `${path}?${canonical}` : path, key: `${pathname}?${canonical}`, query };
  }
  return { route, params, locale, address: path, key: pathname, query: {} };
}
