// The content compiled into this build (contentlayer/generated), opened as a release
// (lib/content/release.ts). Routes handed to Next take one snapshot per request (currentContent)
// and pass it down; nothing else in lib/ or components/ reaches for the content itself.
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
import { openRelease, type Release, type Snapshot } from './release';

export type { Agenda, Event, Intervention, Municipality, News, Page, PodcastEpisode, Publication, Region, Theme } from './release';
export { Snapshot, openRelease, type Release, type Documents } from './release';

/** The content compiled into this build, as a release. Concepts (draft: true) only in the development server. */
export const bundledRelease = openRelease(
  {
    id: 'build',
    createdAt: new Date(0).toISOString(),
    documents: {
      themes: allThemes,
      news: allNews,
      publications: allPublications,
      agendas: allAgendas,
      municipalities: allMunicipalities,
      regions: allRegions,
      interventions: allInterventions,
      events: allEvents,
      podcastEpisodes: allPodcastEpisodes,
      pages: allPages,
    },
  },
  { showDrafts: process.env.NODE_ENV === 'development' },
);


// The production server (and `npm run dev`) loads releases at run time and says here which one it
// serves; Next runs in the same process. A global, not a module variable: Next bundles its routes
// apart from the server, so the two would otherwise hold two copies of this module.
const SERVED = Symbol.for('gka.servedRelease');
type WithServed = typeof globalThis & { [SERVED]?: () => Release };

/** Called once by the server: the release routes handed to Next read from now on. */
export function serveContentFrom(current: () => Release) {
  (globalThis as WithServed)[SERVED] = current;
}

/**
 * The content a route handed to Next reads, at `now`: one snapshot, taken once at the start of the
 * request and passed down. The only way in for app/; lib/ modules are handed a Snapshot. Outside
 * the server (next build, scripts, tests) it is the content compiled into the build.
 */
export const currentContent = (now: Date | number = Date.now()): Snapshot => currentRelease().at(now);

/** The release itself, for what must open it again (the web editor's preview: lib/editor/preview.ts). */
export const currentRelease = (): Release => (globalThis as WithServed)[SERVED]?.() ?? bundledRelease;
