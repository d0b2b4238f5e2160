// The pages the production server renders itself, without Next's request pipeline: those that
// depend on their query string (search, lists, the coordinator finder) or on the clock (home, events). The route in app/
// renders the same view (components/pages) for `next dev`; here it is rendered once per address
// and then kept until the next clock transition (server/index.ts).
import { coordinatorsPage } from '@/components/pages/coordinators';
import { eventPage } from '@/components/pages/event';
import { eventsIndexPage } from '@/components/pages/events';
import { homePage } from '@/components/pages/home';
import { interventionsPage } from '@/components/pages/interventions';
import { municipalitiesPage } from '@/components/pages/municipalities';
import { newsIndexPage } from '@/components/pages/news';
import { searchPage } from '@/components/pages/search';
import type { PageInput, PageView, Query } from '@/components/pages/types';
import type { Snapshot } from '@/lib/content';
import { findByDateAndSlug } from '@/lib/content/queries';
import { canonicalQuery, PAGE_PARAMS, type ParamSpec } from '@/lib/http/query';
import { localized, urls } from '@/lib/urls';
import { routing } from '@/i18n/routing';

type View = (input: PageInput) => PageView;

/**
 * `timed`: one address, rendered again at every clock transition and kept ready in memory.
 * `query`: rendered per distinct (canonical) query string on first request, kept in a bounded cache.
 */
type Route = { kind: 'timed'; view: View } | { kind: 'query'; params: ParamSpec; view: View };

const ROUTES: Record<string, Route> = {
  [urls.home()]: { kind: 'timed', view: homePage },
  [urls.interventions()]: { kind: 'query', params: PAGE_PARAMS.interventions, view: interventionsPage },
  [urls.search()]: { kind: 'query', params: PAGE_PARAMS.search, view: searchPage },
  [urls.newsIndex()]: { kind: 'query', params: PAGE_PARAMS.news, view: newsIndexPage },
  [urls.eventsIndex()]: { kind: 'query', params: PAGE_PARAMS.events, view: eventsIndexPage },
  [urls.municipalities()]: { kind: 'query', params: PAGE_PARAMS.municipalities, view: municipalitiesPage },
  [urls.coordinators()]: { kind: 'query', params: PAGE_PARAMS.coordinators, view: coordinatorsPage },
};

const EVENT = /^\/actueel\/activiteiten\/(\d{4})\/(\d{2})\/(\d{2})\/([a-z0-9-]+)$/;

export type Match = {
  kind: Route['kind'];
  locale: string;
  /** The address without locale prefix, with the page's own query (the language link keeps it). */
  address: string;
  /** One cache entry per key: the address, with the canonical query string for query pages. */
  key: string;
  /** The page from one snapshot of the content, at the moment it is rendered for. */
  render: (content: Snapshot, now: Date) => PageView | undefined;
};

function split(pathname: string): { locale: string; path: string } | undefined {
  for (const locale of routing.locales) {
    if (locale === routing.defaultLocale) continue;
    if (pathname === `/${locale}`) return { locale, path: '/' };
    if (pathname.startsWith(`/${locale}/`)) return { locale, path: pathname.slice(locale.length + 1) };
  }
  // `/nl/…` is Next's internal form; the proxy redirects it, so it is not answered here.
  if (pathname === `/${routing.defaultLocale}` || pathname.startsWith(`/${routing.defaultLocale}/`)) return undefined;
  return { locale: routing.defaultLocale, path: pathname };
}

/** The page for an address, if this server renders it; everything else is Next's. */
export function matchPage(pathname: string, search: URLSearchParams): Match | undefined {
  const at = split(pathname);
  if (!at) return undefined;
  const { locale, path } = at;
  const route = ROUTES[path];
  if (route?.kind === 'query') {
    const query = canonicalQuery(search, route.params);
    const parsed = Object.fromEntries(Object.keys(route.params).map((name) => [name, search.getAll(name)])) as Query;
    return {
      kind: 'query',
      locale,
      address: query ? `${path}?${query}` : path,
      key: `${pathname}?${query}`,
      render: (content, now) => route.view({ locale, query: parsed, content, now }),
    };
  }
  if (route?.kind === 'timed')
    return { kind: 'timed', locale, address: path, key: pathname, render: (content, now) => route.view({ locale, query: {}, content, now }) };
  const event = EVENT.exec(path);
  if (event) {
    const [, year, month, day, slug] = event;
    return {
      kind: 'timed',
      locale,
      address: path,
      key: pathname,
      // Unknown or not yet published: Next answers (a 404, or the held-back page rule).
      render: (content, now) => {
        const found = findByDateAndSlug(content.events, (e) => e.start, { year, month, day }, slug);
        return found && eventPage({ event: found, locale, content, now });
      },
    };
  }
  return undefined;
}

/** Every timed address of a snapshot, to render at start and at each transition. */
export function timedPaths(content: Snapshot): string[] {
  const paths = [urls.home(), ...content.events.map((e) => e.url)];
  return routing.locales.flatMap((locale) => paths.map((p) => localized(p, locale)));
}
