// The site's content, typed by contentlayer and queried through lib/content/queries.ts.
import {
  allAgendas,
  allEvents,
  allInterventions,
  allMunicipalities,
  allNews,
  allPages,
  allPodcastEpisodes,
  allPublications,
  allRegions,
  allThemes,
} from 'contentlayer/generated';
import type { Municipality, Region, Theme } from 'contentlayer/generated';
import { amsterdamToInstant } from '../dates';
import { REGISTER } from '../municipalities/register';
import { regionFor } from '../municipalities/regions';
import { transitionsOf } from './clock';
import { byTitle, findBySlug, isPublished, newestFirst, withTheme } from './queries';

export type {
  Agenda,
  Event,
  Intervention,
  Municipality,
  News,
  Page,
  PodcastEpisode,
  Publication,
  Region,
  Theme,
} from 'contentlayer/generated';

// Concepts (draft: true) only in the development server.
const SHOW_DRAFTS = process.env.NODE_ENV === 'development';

/** The collections as published on an Amsterdam day (YYYY-MM-DD). */
function collections(day: string) {
  const f = <T extends { draft?: boolean; publishDate?: string }>(docs: T[]) => docs.filter((d) => isPublished(d, day, SHOW_DRAFTS));
  const episodes = f(allPodcastEpisodes).sort((a, b) => a.number - b.number);
  return {
    themes: f(allThemes).sort((a, b) => a.order - b.order),
    news: newestFirst(f(allNews)),
    publications: newestFirst(f(allPublications)),
    agendas: byTitle(f(allAgendas)),
    municipalities: byTitle(f(allMunicipalities)),
    regions: byTitle(f(allRegions)),
    interventions: byTitle(f(allInterventions)),
    events: f(allEvents),
    // An episode whose title is unknown is a line in the episode list, never a page: not in the
    // sitemap, the feed or search either, which all read podcastEpisodes.
    podcastEpisodes: episodes.filter((e) => e.titleKnown),
    podcastEpisodeList: episodes,
    pages: f(allPages),
  };
}
export type Collections = ReturnType<typeof collections>;

/**
 * Everything this build contains, scheduled documents (publishDate) included: their pages are
 * built ahead so that they exist on their day. The production server holds them back until then.
 */
export const built: Collections = collections('9999-12-31');

const PUBLICATION_DAYS = [...new Set(Object.values(built).flatMap((docs: { publishDate?: string }[]) => docs.flatMap((d) => (d.publishDate ? [d.publishDate] : []))))].sort();
/** Midnight in Amsterdam of each publication day in the content, ascending: moments the site changes. */
const PUBLICATION_INSTANTS: readonly number[] = PUBLICATION_DAYS.map((day) => amsterdamToInstant(day).getTime());

const snapshots = new Map<number, Collections>();

/**
 * The site as published at an instant: a scheduled document from the start of its Amsterdam day.
 * One object per publication state, so what is derived from it (a search index, a facet table)
 * can be kept per snapshot.
 */
export function contentAt(instant: Date | number): Collections {
  const t = typeof instant === 'number' ? instant : instant.getTime();
  let passed = 0;
  while (passed < PUBLICATION_INSTANTS.length && PUBLICATION_INSTANTS[passed] <= t) passed++;
  let snapshot = snapshots.get(passed);
  if (!snapshot) {
    snapshot = passed === PUBLICATION_DAYS.length ? built : collections(passed === 0 ? '0000-01-01' : PUBLICATION_DAYS[passed - 1]);
    snapshots.set(passed, snapshot);
  }
  return snapshot;
}

/** Addresses of the documents that are built but not yet published at an instant. */
export function unpublishedUrls(instant: Date | number): Set<string> {
  const now = contentAt(instant);
  const urlsOf = (c: Collections) => Object.values(c).flatMap((docs: { url: string }[]) => docs.map((d) => d.url));
  const published = new Set(urlsOf(now));
  return new Set(urlsOf(built).filter((url) => !published.has(url)));
}

// What pages prerendered at build show: the content as published when the build (or, for pages
// rendered per request, the server) started. Time-dependent pages ask contentAt(now) instead.
export const { themes, news, publications, agendas, municipalities, regions, interventions, events, podcastEpisodes, podcastEpisodeList, pages } = contentAt(Date.now());

export const municipalityBySlug = (slug: string) => findBySlug(municipalities, slug);
export const pageByPath = (path: string) => pages.find((p) => p.path === path);
export const municipalityByCode = (code: string) => municipalities.find((m) => m.cbsCode === code);

/** The region of any municipality, GKA or not: by CBS code, else by province (lib/municipalities/regions.ts). */
export function regionOf(municipality: { code: string; province: string }): Region | undefined {
  return regionFor(regions, municipality);
}

export const regionOfMunicipality = (m: Municipality) => regionOf({ code: m.cbsCode, province: m.province });

/** All municipalities of a region (CBS register) and the GKA municipalities among them. */
export function municipalitiesInRegion(region: Region) {
  const all = REGISTER.filter((m) => regionOf(m)?.slug === region.slug);
  const members = municipalities.filter((m) => regionOfMunicipality(m)?.slug === region.slug);
  return { all, members };
}

/** GKA municipalities with the slug of their region, for filters and open data. */
export const withRegion = (list: readonly Municipality[]) => list.map((m) => ({ ...m, region: regionOfMunicipality(m)?.slug ?? '' }));
export const municipalitiesWithRegion = withRegion(municipalities);

export function themesOf(slugs: readonly string[]): Theme[] {
  return themes.filter((t) => slugs.includes(t.slug));
}

export function municipalitiesOf(slugs: readonly string[]): Municipality[] {
  return municipalities.filter((m) => slugs.includes(m.slug));
}

/** Everything on one theme, for /themas/[slug]. */
export function contentOnTheme(theme: string) {
  return {
    interventions: withTheme(interventions, theme),
    news: withTheme(news, theme),
    publications: withTheme(publications, theme),
    agendas: withTheme(agendas, theme),
    events: withTheme(events, theme),
    municipalities: withTheme(municipalities, theme),
  };
}

/** Everything that mentions one municipality, for /gemeenten/[slug]. */
export function contentForMunicipality(slug: string) {
  return {
    interventions: interventions.filter((i) => i.municipality === slug),
    news: news.filter((n) => n.municipalities.includes(slug)),
    events: events.filter((e) => e.municipalities.includes(slug)),
  };
}

/** When what the site shows changes by itself (lib/content/clock.ts), for the whole build. */
export const CLOCK_TRANSITIONS: readonly number[] = transitionsOf([...built.events, ...built.agendas, ...built.pages], PUBLICATION_INSTANTS);
