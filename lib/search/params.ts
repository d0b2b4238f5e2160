// Search and filter query strings, validated. Nothing a visitor types can make a page fail:
// overlong input is cut, control characters are dropped, unknown filter values are ignored
// and reported, so the page can say so.
import { z } from 'zod';
import { paramList } from '../lists/facets';
import { parsePage } from '../params';
import { FACETS, type Facet, type Filters } from './engine';

export const MAX_QUERY_LENGTH = 200;

type Raw = Record<string, string | string[] | undefined>;


export const queryText = z
  .string()
  .transform((s) => s.replace(/[\p{Cc}\p{Cf}]/gu, ' ').replace(/\s+/g, ' ').trim());

export type ParsedSearch = {
  q: string;
  filters: Filters;
  page: number;
  truncated: boolean;
  ignored: { facet: Facet; value: string }[];
};

export function parseSearchParams(raw: Raw, allowed: Record<Facet, readonly string[]>): ParsedSearch {
  const full = queryText.parse(paramList.parse(raw.q)[0] ?? '');
  const q = [...full].slice(0, MAX_QUERY_LENGTH).join('');
  const filters: Filters = {};
  const ignored: ParsedSearch['ignored'] = [];
  for (const facet of FACETS) {
    const values = [...new Set(paramList.parse(raw[facet]).filter(Boolean))];
    const known = values.filter((v) => allowed[facet].includes(v));
    for (const v of values) if (!allowed[facet].includes(v)) ignored.push({ facet, value: [...v].slice(0, 60).join('') });
    if (known.length) filters[facet] = known;
  }
  return { q, filters, page: parsePage(raw.pagina), truncated: [...full].length > MAX_QUERY_LENGTH, ignored };
}

/** The query string for a search, for links that change one thing (a page, a filter). */
export function searchQueryString(p: { q: string; filters: Filters; page?: number }): string {
  const params = new URLSearchParams();
  if (p.q) params.set('q', p.q);
  for (const facet of FACETS) for (const v of p.filters[facet] ?? []) params.append(facet, v);
  if (p.page && p.page > 1) params.set('pagina', String(p.page));
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function toggleFilter(filters: Filters, facet: Facet, value: string): Filters {
  const current = filters[facet] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...filters, [facet]: next };
}
