// Intervention queries for /interventies: filters, target groups, sorting.
import { facetIndex, type FacetSpec, type Selection } from './facets';

export const TARGET_GROUPS = ['peuters-en-kleuters', 'leerlingen', 'jongeren-en-studenten', 'ouders', 'leraren-en-schoolleiders'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

// The content describes the target group in words ("Ouders van peuters in de voorschool"); the
// filter needs a few fixed groups, recognised from those words.
const TARGET_GROUP_WORDS: [TargetGroup, RegExp][] = [
  ['peuters-en-kleuters', /peuter|kleuter|voorschool|jonge kinderen|baby|zwanger|0 tot 4/i],
  ['leerlingen', /leerling|groep \d|brugklas|kinderen|scholier|basisschool/i],
  ['jongeren-en-studenten', /jongere|student|mbo|tiener/i],
  ['ouders', /ouder|gezin|opvoeder/i],
  ['leraren-en-schoolleiders', /leraar|leraren|docent|schoolleider|leerkracht|schoolteam|professional|mentor/i],
];

export function targetGroupsOf(text: string): TargetGroup[] {
  return TARGET_GROUP_WORDS.filter(([, re]) => re.test(text)).map(([g]) => g);
}

export const SORTS = ['titel', 'gemeente', 'nieuwste'] as const;
export type Sort = (typeof SORTS)[number];

type Item = {
  title: string;
  themes: string[];
  municipality: string;
  schoolTypes: string[];
  targetGroup: string;
  evidenceLevel?: string;
  date?: string;
};
type Place = { slug: string; title: string; province: string; region: string };

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

function interventionFacets(places: readonly Place[]): FacetSpec<Item> {
  const bySlug = new Map(places.map((p) => [p.slug, p]));
  return {
    thema: (i) => i.themes,
    gemeente: (i) => [i.municipality],
    provincie: (i) => [bySlug.get(i.municipality)?.province ?? ''].filter(Boolean),
    regio: (i) => [bySlug.get(i.municipality)?.region ?? ''].filter(Boolean),
    onderwijstype: (i) => i.schoolTypes,
    doelgroep: (i) => targetGroupsOf(i.targetGroup),
    bewijsniveau: (i) => (i.evidenceLevel ? [i.evidenceLevel] : []),
  };
}

/**
 * An intervention list ready for requests: facet values read once, and each sort order computed
 * once, so a request filters in the order it wants and never sorts.
 */
export function interventionTable<T extends Item>(items: readonly T[], places: readonly Place[]) {
  const index = facetIndex(items, interventionFacets(places) as FacetSpec<T>);
  const placeName = new Map(places.map((p) => [p.slug, p.title.replace(/^'s-/i, '')]));
  const compare: Record<Sort, (a: T, b: T) => number> = {
    titel: (a, b) => collator.compare(a.title, b.title),
    gemeente: (a, b) => collator.compare(placeName.get(a.municipality) ?? '', placeName.get(b.municipality) ?? '') || collator.compare(a.title, b.title),
    nieuwste: (a, b) => (b.date ?? '').localeCompare(a.date ?? '') || collator.compare(a.title, b.title),
  };
  const orders = new Map<Sort, Int32Array>();
  const orderOf = (sort: Sort) => {
    let order = orders.get(sort);
    if (!order) {
      order = Int32Array.from(items.keys()).sort((a, b) => compare[sort](items[a], items[b]));
      orders.set(sort, order);
    }
    return order;
  };
  return {
    order: orderOf,
    /** The matching items, in the sort order or in the given order of positions (relevance). */
    query(selection: Selection, sort: Sort | ArrayLike<number>) {
      const { matches, counts } = index.query(selection, typeof sort === 'string' ? orderOf(sort) : sort);
      return { items: matches.map((i) => items[i]), counts };
    },
  };
}

export function filterInterventions<T extends Item>(items: readonly T[], places: readonly Place[], selection: Selection, sort: Sort) {
  return interventionTable(items, places).query(selection, sort);
}
