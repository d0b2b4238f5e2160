// The filtered lists behind /interventies, /actueel/nieuws and /actueel/activiteiten, shared by
// the pages and by their RSS feeds, so a feed always has exactly the items of its page.
import { events, interventions, municipalities, municipalitiesWithRegion, news, publications, regions, themes } from './content';
import { splitEvents } from './content/queries';
import { z } from 'zod';
import { facetFilter, paramList, parseSelection, type Selection } from './facets';
import { filterInterventions, SORTS, TARGET_GROUPS, type Sort } from './interventions';
import { siteSearch } from './search';
import { MAX_QUERY_LENGTH, queryText } from './search/params';
import { AUDIENCES, EVIDENCE_LEVELS, PROVINCES, SCHOOL_TYPES } from './vocabulary';

type Raw = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => paramList.parse(v)[0] ?? '';
const cleanQuery = (v: string | string[] | undefined) =>
  [...queryText.parse(first(v))].slice(0, MAX_QUERY_LENGTH).join('');
const sortParam = z.enum(SORTS).optional().catch(undefined);

export function interventionList(raw: Raw) {
  const { selection, ignored } = parseSelection(raw, {
    thema: themes.map((t) => t.slug),
    gemeente: municipalities.map((m) => m.slug),
    provincie: PROVINCES,
    regio: regions.map((r) => r.slug),
    onderwijstype: SCHOOL_TYPES,
    doelgroep: TARGET_GROUPS,
    bewijsniveau: EVIDENCE_LEVELS,
  });
  const q = cleanQuery(raw.q);
  const sort: Sort | 'relevantie' = sortParam.parse(first(raw.sorteer) || undefined) ?? (q ? 'relevantie' : 'titel');
  let pool = interventions;
  let order: Map<string, number> | undefined;
  if (q) {
    const hits = siteSearch().search({ q, filters: { type: ['interventie'] }, perPage: interventions.length }).hits;
    order = new Map(hits.map((h, i) => [h.doc.url, i]));
    pool = interventions.filter((i) => order!.has(i.url));
  }
  const { items, counts } = filterInterventions(pool, municipalitiesWithRegion, selection, sort === 'relevantie' ? 'titel' : sort);
  if (sort === 'relevantie' && order) items.sort((a, b) => order!.get(a.url)! - order!.get(b.url)!);
  return { items, counts, selection, ignored, q, sort };
}

export function newsList(raw: Raw) {
  const years = [...new Set(news.map((n) => n.date.slice(0, 4)))];
  const { selection, ignored } = parseSelection(raw, { jaar: years, thema: themes.map((t) => t.slug) });
  const { items, counts } = facetFilter(news, { jaar: (n) => [n.date.slice(0, 4)], thema: (n) => n.themes }, selection);
  return { items, counts, selection, ignored };
}

/** The GKA municipalities on /gemeenten (map and table), by province, region and theme. */
export function municipalityList(raw: Raw) {
  const { selection, ignored } = parseSelection(raw, { provincie: PROVINCES, regio: regions.map((r) => r.slug), thema: themes.map((t) => t.slug) });
  const { items, counts } = facetFilter(municipalitiesWithRegion, { provincie: (m) => [m.province], regio: (m) => (m.region ? [m.region] : []), thema: (m) => m.themes }, selection);
  return { items, counts, selection, ignored };
}

/** Publications, filtered by theme only: the list page has no filters, its feeds do (?thema=). */
export function publicationList(raw: Raw) {
  const { selection, ignored } = parseSelection(raw, { thema: themes.map((t) => t.slug) });
  const { items, counts } = facetFilter(publications, { thema: (p) => p.themes }, selection);
  return { items, counts, selection, ignored };
}

export const WHEN = ['komend', 'afgelopen'] as const;

export function eventList(raw: Raw, now: Date) {
  const { selection, ignored } = parseSelection(raw, { wanneer: WHEN, doelgroep: AUDIENCES });
  const { upcoming, past } = splitEvents(events, now);
  const upcomingSet = new Set(upcoming);
  const ordered = [...upcoming, ...past];
  const { items, counts } = facetFilter(ordered, { wanneer: (e) => [upcomingSet.has(e) ? 'komend' : 'afgelopen'], doelgroep: (e) => e.audience }, selection);
  return { upcoming: items.filter((e) => upcomingSet.has(e)), past: items.filter((e) => !upcomingSet.has(e)), counts, selection, ignored };
}

export type { Selection };
