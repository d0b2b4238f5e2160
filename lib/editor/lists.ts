// Where a document of each kind appears in a list on the site, for the preview "in de lijst".
import { urls } from '../urls';

const LISTS: Record<string, () => string> = {
  Theme: urls.themes,
  News: () => urls.newsIndex(),
  Publication: urls.publications,
  Agenda: urls.agendasIndex,
  Municipality: () => urls.municipalities(),
  Region: urls.coordinators,
  Intervention: () => urls.interventions(),
  Event: () => urls.eventsIndex(),
  PodcastEpisode: urls.podcastIndex,
};

/** The list a document of `type` is in; a generic page is in none, so its search result stands in. */
export const listUrlOf = (type: string, title: string): string => LISTS[type]?.() ?? urls.search({ q: title });
