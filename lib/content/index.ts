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
import { toAmsterdamDay } from '../dates';
import { REGISTER } from '../municipality-register';
import { regionFor } from '../regions';
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

// Decided once per server process, i.e. at build and start: a scheduled document appears after
// the first build or restart on or after its publishDate (docs/redactie.md says so).
const SHOW_DRAFTS = process.env.NODE_ENV === 'development';
const TODAY = toAmsterdamDay(new Date());
const live = <T extends { draft?: boolean; publishDate?: string }>(docs: T[]) => docs.filter((d) => isPublished(d, TODAY, SHOW_DRAFTS));

export const themes = live(allThemes).sort((a, b) => a.order - b.order);
export const news = newestFirst(live(allNews));
export const publications = newestFirst(live(allPublications));
export const agendas = byTitle(live(allAgendas));
export const municipalities = byTitle(live(allMunicipalities));
export const regions = byTitle(live(allRegions));
export const interventions = byTitle(live(allInterventions));
export const events = live(allEvents);
export const podcastEpisodes = live(allPodcastEpisodes).sort((a, b) => a.number - b.number);
export const pages = live(allPages);

export const themeBySlug = (slug: string) => findBySlug(themes, slug);
export const municipalityBySlug = (slug: string) => findBySlug(municipalities, slug);
export const regionBySlug = (slug: string) => findBySlug(regions, slug);
export const pageByPath = (path: string) => pages.find((p) => p.path === path);
export const municipalityByCode = (code: string) => municipalities.find((m) => m.cbsCode === code);

/** The region of any municipality, GKA or not: by CBS code, else by province (lib/regions.ts). */
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
export const municipalitiesWithRegion = municipalities.map((m) => ({ ...m, region: regionOfMunicipality(m)?.slug ?? '' }));

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
