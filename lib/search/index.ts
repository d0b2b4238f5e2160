// The site's search index, built once per content snapshot it is asked of.
import type { Snapshot } from '../content';
import { perSnapshot } from '../content/per-snapshot';
import { translator } from '../../i18n/translate';
import { schoolTypeLabel } from '../labels';
import { urls } from '../urls';
import { PROVINCES, SCHOOL_TYPES } from '../vocabulary';
import nl from '../../messages/nl.json';
import { toSearchDocuments, type SearchDoc } from './documents';
import { createSearchIndex, type Facet, type SearchIndex } from './engine';
import { DOC_TYPES, type DocType } from './documents';
import { siteLanguage } from './language';

/**
 * The overview pages, downloads and forms are not content documents, but people search for them
 * ("regiocoördinator", "interventiebundel", "open data", "vraag stellen").
 */
function sectionDocs(): SearchDoc[] {
  const sections: [string, { title: string; lead: string }][] = [
    [urls.bundle(), nl.bundle],
    [urls.openData(), nl.openData],
    [urls.questionForm(), nl.forms.question],
    [urls.initiativeForm(), nl.forms.initiative],
    [urls.dashboardForm(), nl.forms.dashboard],
    [urls.coordinators(), nl.regions],
    [urls.municipalities(), nl.municipalities],
    [urls.interventions(), nl.interventions],
    [urls.themes(), nl.themes],
    [urls.newsIndex(), nl.news],
    [urls.eventsIndex(), nl.events],
    [urls.agendasIndex(), nl.agendas],
    [urls.podcastIndex(), nl.podcast],
    [urls.publications(), nl.publications],
  ];
  return sections.map(([url, m]) => ({
    id: url,
    type: 'pagina',
    title: m.title,
    summary: m.lead,
    text: '',
    // The words of the address, as the links to it say them ("initiatief melden").
    keywords: url.split('/').pop()!.replace(/-/g, ' '),
    url,
    themes: [],
    municipalities: [],
    provinces: [],
    schoolTypes: [],
    // "regiocoördinator" asks for the overview first, not for one of the regions under it.
    boost: 1.1,
  }));
}

/**
 * The index of one snapshot of the content (a release at one publication state): built once, on
 * first use, never per request. A scheduled document enters the index on its day.
 */
export const siteSearch: (content: Snapshot) => SearchIndex = perSnapshot((content) => {
  // The region pages differ in their provinces only: more than one found is the overview.
  const regions = { url: urls.coordinators(), title: nl.regions.title };
  const docs = toSearchDocuments(content).map((d) => (d.type === 'regio' ? { ...d, group: regions } : d));
  return createSearchIndex([...docs, ...sectionDocs()], siteLanguage());
});

/** The values each filter may take; anything else in a query string is ignored. */
export function allowedFilterValues(content: Snapshot): Record<Facet, readonly string[]> {
  const { news, publications, events, themes, municipalities } = content;
  const years = new Set([...news, ...publications].map((d) => d.date.slice(0, 4)).concat(events.map((e) => e.start.slice(0, 4))));
  return {
    type: DOC_TYPES,
    thema: themes.map((t) => t.slug),
    gemeente: municipalities.map((m) => m.slug),
    provincie: PROVINCES,
    onderwijstype: SCHOOL_TYPES,
    jaar: [...years].sort().reverse(),
  };
}

export { FACETS, type Facet, type Filters, type SearchResponse, type Hit, type Segment } from './engine';
export { DOC_TYPES, type DocType } from './documents';

/** Human labels for filter values, shared by the search page and the JSON API. */
const isDocType = (v: string): v is DocType => (DOC_TYPES as readonly string[]).includes(v);

export function facetValueLabel(content: Snapshot, facet: Facet, value: string, locale: string): string {
  switch (facet) {
    case 'type':
      return isDocType(value) ? translator(locale)(`search.types.${value}`) : value;
    case 'thema':
      return content.themes.find((x) => x.slug === value)?.title ?? value;
    case 'gemeente':
      return content.municipalities.find((x) => x.slug === value)?.title ?? value;
    case 'onderwijstype':
      return schoolTypeLabel(value, locale);
    default:
      return value;
  }
}
