// The filtered lists behind /interventies, /actueel/nieuws, /actueel/activiteiten and /gemeenten,
// shared by the pages and by their RSS feeds, so a feed has exactly the selection of its page
// (every item of it, not one page). Each is made from the content snapshot it is handed (what is
// published follows the clock: lib/content/release.ts); the events also from the moment rendered for.
import type { Snapshot } from '../content';
import { perSnapshot } from '../content/per-snapshot';
import { paginate, splitEvents } from '../content/queries';
import { choice, MAX_QUERY_LENGTH, page as pageParam, selection as parseSelection, text, type RawQuery as Raw, type Selection } from '../http/query';
import { translator } from '../../i18n/translate';
import { facetGroups, facetIndex } from './facets';
import { interventionTable, SORTS, TARGET_GROUPS, type Sort } from './interventions';
import { siteSearch } from '../search';
import { AUDIENCES, EVIDENCE_LEVELS, PROVINCES, SCHOOL_TYPES } from '../vocabulary';

/** Items on one page of every list (search included). */
export const PER_PAGE = 20;

export type ListPage<T> = {
  items: T[];
  page: number;
  pageCount: number;
  total: number;
  /** A `?pagina=` the list does not have ("0", "9" of 3, "abc"), cut to 20 characters: the page says so. */
  missing?: string;
};

/** One page of a list from `?pagina=`: 1 when absent; a page that does not exist is named, not guessed. */
export function pageOf<T>(items: readonly T[], raw: Raw, perPage = PER_PAGE): ListPage<T> {
  const { given, n } = pageParam(raw);
  const pageCount = Math.max(1, Math.ceil(items.length / perPage));
  if (given === '') return paginate(items, 1, perPage);
  if (n !== undefined && n <= pageCount) return paginate(items, n, perPage);
  return { items: [], page: 0, pageCount, total: items.length, missing: given };
}

const interventionTableOf = perSnapshot((c) => interventionTable(c.interventions, c.municipalitiesWithRegion));

export function interventionList(c: Snapshot, raw: Raw, locale = 'nl') {
  const { selection, ignored } = parseSelection(raw, {
    thema: c.themes.map((t) => t.slug),
    gemeente: c.municipalities.map((m) => m.slug),
    provincie: PROVINCES,
    regio: c.regions.map((r) => r.slug),
    onderwijstype: SCHOOL_TYPES,
    doelgroep: TARGET_GROUPS,
    bewijsniveau: EVIDENCE_LEVELS,
  });
  const q = text(raw, 'q', MAX_QUERY_LENGTH).value;
  const sort: Sort | 'relevantie' = choice(raw, 'sorteer', SORTS, undefined) ?? (q ? 'relevantie' : 'titel');
  let order: Sort | Int32Array = sort === 'relevantie' ? 'titel' : sort;
  if (q) {
    // Relevance from the site search; any other sort keeps its own order over the matches.
    const position = new Map(c.interventions.map((d, i) => [d.url, i]));
    const ranked = siteSearch(c)
      .rank({ q, filters: { type: ['interventie'] } })
      .map((url) => position.get(url) ?? -1);
    const matching = Int32Array.from(ranked.filter((i) => i >= 0));
    if (sort === 'relevantie') order = matching;
    else {
      const keep = new Set(matching);
      order = Int32Array.from(interventionTableOf(c).order(sort)).filter((i) => keep.has(i));
    }
  }
  const { items, counts } = interventionTableOf(c).query(selection, order);
  const t = translator(locale);
  const groups = facetGroups(
    [
      { name: 'thema', legend: t('interventions.filters.thema'), values: c.themes.map((x) => ({ value: x.slug, label: x.title, dutch: true })) },
      {
        name: 'onderwijstype',
        legend: t('interventions.filters.onderwijstype'),
        values: SCHOOL_TYPES.map((v) => ({ value: v, label: t(`interventions.schoolType.${v}`) })),
      },
      {
        name: 'doelgroep',
        legend: t('interventions.filters.doelgroep'),
        values: TARGET_GROUPS.map((v) => ({ value: v, label: t(`interventions.targetGroups.${v}`) })),
      },
      { name: 'provincie', legend: t('interventions.filters.provincie'), values: PROVINCES.map((v) => ({ value: v, label: v, dutch: true })) },
      { name: 'regio', legend: t('interventions.filters.regio'), values: c.regions.map((r) => ({ value: r.slug, label: r.title, dutch: true })) },
      { name: 'gemeente', legend: t('interventions.filters.gemeente'), values: c.municipalities.map((m) => ({ value: m.slug, label: m.title, dutch: true })) },
      {
        name: 'bewijsniveau',
        legend: t('interventions.filters.bewijsniveau'),
        values: EVIDENCE_LEVELS.map((v) => ({ value: v, label: t(`interventions.evidenceLevel.${v}`) })),
      },
    ],
    counts,
    selection,
  );
  return { items, groups, selection, ignored, q, sort };
}

const newsIndexOf = perSnapshot((c) => facetIndex(c.news, { jaar: (n) => [n.date.slice(0, 4)], thema: (n) => n.themes }));

export function newsList(c: Snapshot, raw: Raw, locale = 'nl') {
  const years = [...new Set(c.news.map((n) => n.date.slice(0, 4)))].sort().reverse();
  const { selection, ignored } = parseSelection(raw, { jaar: years, thema: c.themes.map((t) => t.slug) });
  const { matches, counts } = newsIndexOf(c).query(selection);
  const t = translator(locale);
  const groups = facetGroups(
    [
      { name: 'jaar', legend: t('news.filters.jaar'), values: years.map((y) => ({ value: y, label: y })) },
      { name: 'thema', legend: t('news.filters.thema'), values: c.themes.map((x) => ({ value: x.slug, label: x.title, dutch: true })) },
    ],
    counts,
    selection,
  );
  return { items: matches.map((i) => c.news[i]), groups, selection, ignored };
}

const municipalityTableOf = perSnapshot((c) => {
  const items = c.municipalitiesWithRegion;
  return { items, index: facetIndex(items, { provincie: (m) => [m.province], regio: (m) => (m.region ? [m.region] : []), thema: (m) => m.themes }) };
});

/** The GKA municipalities on /gemeenten (map and table), by province, region and theme. */
export function municipalityList(c: Snapshot, raw: Raw, locale = 'nl') {
  const { selection, ignored } = parseSelection(raw, { provincie: PROVINCES, regio: c.regions.map((r) => r.slug), thema: c.themes.map((t) => t.slug) });
  const { items, index } = municipalityTableOf(c);
  const { matches, counts } = index.query(selection);
  const t = translator(locale);
  const groups = facetGroups(
    [
      { name: 'provincie', legend: t('municipalities.province'), values: PROVINCES.map((v) => ({ value: v, label: v, dutch: true })) },
      { name: 'regio', legend: t('municipalities.region'), values: c.regions.map((r) => ({ value: r.slug, label: r.title, dutch: true })) },
      { name: 'thema', legend: t('municipalities.themes'), values: c.themes.map((x) => ({ value: x.slug, label: x.title, dutch: true })) },
    ],
    counts,
    selection,
  );
  return { items: matches.map((i) => items[i]), all: items, groups, selection, ignored };
}

/** Publications, filtered by theme only: the list page has no filters, its feeds do (?thema=). */
export function publicationList(c: Snapshot, raw: Raw) {
  const { selection, ignored } = parseSelection(raw, { thema: c.themes.map((t) => t.slug) });
  const { matches, counts } = facetIndex(c.publications, { thema: (p) => p.themes }).query(selection);
  return { items: matches.map((i) => c.publications[i]), counts, selection, ignored };
}

const WHEN = ['komend', 'afgelopen'] as const;

/** `now`: what is upcoming and what is past. */
export function eventList(c: Snapshot, raw: Raw, now: Date, locale = 'nl') {
  const { selection, ignored } = parseSelection(raw, { wanneer: WHEN, doelgroep: AUDIENCES });
  const { upcoming, past } = splitEvents(c.events, now);
  const upcomingSet = new Set(upcoming);
  const ordered = [...upcoming, ...past];
  const { matches, counts } = facetIndex(ordered, { wanneer: (e) => [upcomingSet.has(e) ? 'komend' : 'afgelopen'], doelgroep: (e) => e.audience }).query(
    selection,
  );
  const items = matches.map((i) => ordered[i]);
  const t = translator(locale);
  const groups = facetGroups(
    [
      { name: 'wanneer', legend: t('events.filters.wanneer'), values: WHEN.map((w) => ({ value: w, label: t(`events.filters.${w}`) })) },
      { name: 'doelgroep', legend: t('events.filters.doelgroep'), values: AUDIENCES.map((a) => ({ value: a, label: t(`events.audiences.${a}`) })) },
    ],
    counts,
    selection,
  );
  return { items, upcoming: items.filter((e) => upcomingSet.has(e)), past: items.filter((e) => !upcomingSet.has(e)), groups, selection, ignored };
}

export type { Selection };
