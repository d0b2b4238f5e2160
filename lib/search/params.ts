// The search's query string, read with lib/http/query: overlong input is cut, control
// characters are dropped, unknown filter values are ignored and reported, so the page can say so.
import { MAX_QUERY_LENGTH, text, values, type RawQuery } from '../http/query';
import type { Filter } from '../urls';
import { FACETS, type Facet, type Filters } from './engine';

export type ParsedSearch = {
  q: string;
  filters: Filters;
  truncated: boolean;
  ignored: { facet: Facet; value: string }[];
};

/** The search of /zoeken and /api/zoeken; the page number is read by each (lib/http/query page). */
export function parseSearchParams(raw: RawQuery, allowed: Record<Facet, readonly string[]>): ParsedSearch {
  const { value: q, truncated } = text(raw, 'q', MAX_QUERY_LENGTH);
  const filters: Filters = {};
  const ignored: ParsedSearch['ignored'] = [];
  for (const facet of FACETS) {
    const given = [...new Set(values(raw, facet).filter(Boolean))];
    const known = given.filter((v) => allowed[facet].includes(v));
    for (const v of given) if (!allowed[facet].includes(v)) ignored.push({ facet, value: [...v].slice(0, 60).join('') });
    if (known.length) filters[facet] = known;
  }
  return { q, filters, truncated, ignored };
}

/** The parameters of a search, for links that change one thing (a page, a filter): lib/urls.ts search(). */
export function searchFilter(p: { q: string; filters: Filters; page?: number }): Filter {
  return { q: p.q, ...Object.fromEntries(FACETS.map((facet) => [facet, p.filters[facet] ?? []])), pagina: p.page && p.page > 1 ? String(p.page) : undefined };
}

export function toggleFilter(filters: Filters, facet: Facet, value: string): Filters {
  const current = filters[facet] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...filters, [facet]: next };
}
