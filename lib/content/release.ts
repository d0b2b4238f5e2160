// A content release: every document of one content build, and what the site shows of it at any
// moment. Pure: it is handed the documents (from a release file, the build, or a test's fixtures)
// and never reaches for "the content" itself. A page, list, feed or index is made from one
// Snapshot, passed down explicitly, so a request sees one release and one publication state from
// start to end, whatever is published meanwhile.
import type {
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
import { amsterdamToInstant } from '../dates';
import { REGISTER } from '../municipalities/register';
import { regionFor } from '../municipalities/regions';
import { transitionsOf } from './clock';
import { byTitle, findBySlug, isPublished, newestFirst, withTheme } from './queries';

export type { Agenda, Event, Intervention, Municipality, News, Page, PodcastEpisode, Publication, Region, Theme };

/** Every document of a release, as the content build made them (drafts and scheduled ones included). */
export type Documents = {
  themes: Theme[];
  news: News[];
  publications: Publication[];
  agendas: Agenda[];
  municipalities: Municipality[];
  regions: Region[];
  interventions: Intervention[];
  events: Event[];
  podcastEpisodes: PodcastEpisode[];
  pages: Page[];
};

export const DOCUMENT_KINDS = [
  'themes',
  'news',
  'publications',
  'agendas',
  'municipalities',
  'regions',
  'interventions',
  'events',
  'podcastEpisodes',
  'pages',
] as const satisfies readonly (keyof Documents)[];

/** A release without documents, to start a fixture from. */
export const emptyDocuments = (): Documents => Object.fromEntries(DOCUMENT_KINDS.map((kind) => [kind, []])) as unknown as Documents;

type Listed = { url: string; draft?: boolean; publishDate?: string };

/**
 * The site as published at one moment of one release: the collections in the order the site lists
 * them, and the questions pages ask of them. One object per publication state, so what is derived
 * from it (a search index, a facet table, rendered pages) can be kept per snapshot (WeakMap).
 */
export class Snapshot {
  readonly themes: Theme[];
  readonly news: News[];
  readonly publications: Publication[];
  readonly agendas: Agenda[];
  readonly municipalities: Municipality[];
  readonly regions: Region[];
  readonly interventions: Intervention[];
  readonly events: Event[];
  /**
   * Episodes with a known title. One whose title is unknown is a line in the episode list
   * (`podcastEpisodeList`), never a page: not in the sitemap, the feed or search either.
   */
  readonly podcastEpisodes: PodcastEpisode[];
  readonly podcastEpisodeList: PodcastEpisode[];
  readonly pages: Page[];
  /** GKA municipalities with the slug of their region, for filters and open data. */
  readonly municipalitiesWithRegion: (Municipality & { region: string })[];

  constructor(
    /** The release this snapshot belongs to. */
    readonly release: { id: string; createdAt: string },
    documents: Documents,
    /** The Amsterdam day (YYYY-MM-DD) this is the site of. */
    readonly day: string,
    showDrafts: boolean,
  ) {
    const f = <T extends { draft?: boolean; publishDate?: string }>(docs: T[]) => docs.filter((d) => isPublished(d, day, showDrafts));
    const episodes = f(documents.podcastEpisodes).sort((a, b) => a.number - b.number);
    this.themes = f(documents.themes).sort((a, b) => a.order - b.order);
    this.news = newestFirst(f(documents.news));
    this.publications = newestFirst(f(documents.publications));
    this.agendas = byTitle(f(documents.agendas));
    this.municipalities = byTitle(f(documents.municipalities));
    this.regions = byTitle(f(documents.regions));
    this.interventions = byTitle(f(documents.interventions));
    this.events = f(documents.events);
    this.podcastEpisodes = episodes.filter((e) => e.titleKnown);
    this.podcastEpisodeList = episodes;
    this.pages = f(documents.pages);
    this.municipalitiesWithRegion = this.withRegion(this.municipalities);
  }

  /** Every document with an address, for the sitemap's and the held-back pages' sake. */
  listed(): Listed[] {
    return [
      ...this.themes,
      ...this.news,
      ...this.publications,
      ...this.agendas,
      ...this.municipalities,
      ...this.regions,
      ...this.interventions,
      ...this.events,
      ...this.podcastEpisodes,
      ...this.pages,
    ];
  }

  municipalityBySlug(slug: string): Municipality | undefined {
    return findBySlug(this.municipalities, slug);
  }

  municipalityByCode(code: string): Municipality | undefined {
    return this.municipalities.find((m) => m.cbsCode === code);
  }

  pageByPath(path: string): Page | undefined {
    return this.pages.find((p) => p.path === path);
  }

  /** The region of any municipality, GKA or not: by CBS code, else by province (lib/municipalities/regions.ts). */
  regionOf(municipality: { code: string; province: string }): Region | undefined {
    return regionFor(this.regions, municipality);
  }

  regionOfMunicipality(m: Municipality): Region | undefined {
    return this.regionOf({ code: m.cbsCode, province: m.province });
  }

  /** All municipalities of a region (CBS register) and the GKA municipalities among them. */
  municipalitiesInRegion(region: Region) {
    const all = REGISTER.filter((m) => this.regionOf(m)?.slug === region.slug);
    const members = this.municipalities.filter((m) => this.regionOfMunicipality(m)?.slug === region.slug);
    return { all, members };
  }

  withRegion(list: readonly Municipality[]): (Municipality & { region: string })[] {
    return list.map((m) => ({ ...m, region: this.regionOfMunicipality(m)?.slug ?? '' }));
  }

  themesOf(slugs: readonly string[]): Theme[] {
    return this.themes.filter((t) => slugs.includes(t.slug));
  }

  municipalitiesOf(slugs: readonly string[]): Municipality[] {
    return this.municipalities.filter((m) => slugs.includes(m.slug));
  }

  /** Everything on one theme, for /themas/[slug]. */
  contentOnTheme(theme: string) {
    return {
      interventions: withTheme(this.interventions, theme),
      news: withTheme(this.news, theme),
      publications: withTheme(this.publications, theme),
      agendas: withTheme(this.agendas, theme),
      events: withTheme(this.events, theme),
      municipalities: withTheme(this.municipalities, theme),
    };
  }

  /** Everything that mentions one municipality, for /gemeenten/[slug]. */
  contentForMunicipality(slug: string) {
    return {
      interventions: this.interventions.filter((i) => i.municipality === slug),
      news: this.news.filter((n) => n.municipalities.includes(slug)),
      events: this.events.filter((e) => e.municipalities.includes(slug)),
    };
  }
}

/** One release, opened: its snapshots per publication state and what the server needs to hold it. */
export type Release = {
  id: string;
  createdAt: string;
  /** The documents it was opened from (the editor's preview opens them again with a draft in place). */
  documents: Documents;
  /** Everything in the release, scheduled documents included (their day has not come yet). */
  built: Snapshot;
  /** The site as published at an instant: a scheduled document from the start of its Amsterdam day. */
  at(instant: Date | number): Snapshot;
  /** Addresses of documents in the release but not yet published at an instant. */
  unpublishedUrls(instant: Date | number): Set<string>;
  /** When what the site shows changes by itself (lib/content/clock.ts), ascending. */
  transitions: readonly number[];
  /** Old addresses (`legacyPaths` of news) → the news item's address: permanent redirects. */
  redirects: ReadonlyMap<string, string>;
};

export type ReleaseInput = { id: string; createdAt: string; documents: Documents };

/** Opens a release. `showDrafts`: concepts (draft: true) are shown, as the development server does. */
export function openRelease(input: ReleaseInput, { showDrafts = false }: { showDrafts?: boolean } = {}): Release {
  const meta = { id: input.id, createdAt: input.createdAt };
  const docs = input.documents;
  const built = new Snapshot(meta, docs, '9999-12-31', showDrafts);
  const days = [...new Set(built.listed().flatMap((d) => (d.publishDate ? [d.publishDate] : [])))].sort();
  /** Midnight in Amsterdam of each publication day: the moments the site changes. */
  const instants = days.map((day) => amsterdamToInstant(day).getTime());
  const snapshots = new Map<number, Snapshot>([[days.length, built]]);

  function at(instant: Date | number): Snapshot {
    const t = typeof instant === 'number' ? instant : instant.getTime();
    let passed = 0;
    while (passed < instants.length && instants[passed] <= t) passed++;
    let snapshot = snapshots.get(passed);
    if (!snapshot) {
      snapshot = new Snapshot(meta, docs, passed === 0 ? '0000-01-01' : days[passed - 1], showDrafts);
      snapshots.set(passed, snapshot);
    }
    return snapshot;
  }

  const redirects = new Map<string, string>();
  for (const n of docs.news) {
    if (n.draft && !showDrafts) continue;
    for (const source of n.legacyPaths ?? []) redirects.set(source.replace(/\/+$/, '') || '/', n.url);
  }

  return {
    ...meta,
    documents: docs,
    built,
    at,
    unpublishedUrls(instant) {
      const published = new Set(at(instant).listed().map((d) => d.url));
      return new Set(built.listed().flatMap((d) => (published.has(d.url) ? [] : [d.url])));
    },
    transitions: transitionsOf([...built.events, ...built.agendas, ...built.pages], instants),
    redirects,
  };
}
