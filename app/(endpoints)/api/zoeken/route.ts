// Public search API: the parameters of /zoeken, answered as JSON. Documented on /ontwikkelaars.
import { translator } from '@/i18n/translate';
import { currentContent } from '@/lib/content';
import { allowedFilterValues, FACETS, siteSearch } from '@/lib/search';
import { facetValueLabel } from '@/lib/search';
import { parseSearchParams } from '@/lib/search/params';
import { integer, MAX_QUERY_LENGTH, pageNumber, queryRecord } from '@/lib/http/query';
import { siteOrigin } from '@/lib/feeds/format';

const t = translator('nl');

export function GET(request: Request) {
  const url = new URL(request.url);
  const raw = queryRecord(url);
  const content = currentContent();
  const parsed = parseSearchParams(raw, allowedFilterValues(content));
  const perPage = integer(raw, 'per_pagina', { min: 1, max: 50, fallback: 10 });
  const page = pageNumber(raw);
  const result = siteSearch(content).search({ q: parsed.q, filters: parsed.filters, page, perPage });
  const origin = siteOrigin(request);
  const body = {
    query: result.query,
    mode: result.mode,
    total: result.total,
    page: result.page,
    page_count: result.pageCount,
    per_page: perPage,
    suggestion: result.suggestion ?? null,
    parts: result.parts ?? null,
    warnings: [
      ...(parsed.truncated ? [`De zoekvraag is ingekort tot ${MAX_QUERY_LENGTH} tekens.`] : []),
      ...parsed.ignored.map((i) => `Onbekende waarde genegeerd: ${i.facet}=${i.value}`),
    ],
    results: result.hits.map((h) => ({
      type: h.doc.type,
      type_label: t(`search.types.${h.doc.type}`),
      title: h.doc.title,
      url: `${origin}${h.doc.url}`,
      date: h.doc.date ?? null,
      summary: h.doc.summary,
      highlight: { title: h.title, snippet: h.snippet },
      score: Math.round(h.score * 1000) / 1000,
    })),
    facets: Object.fromEntries(
      FACETS.map((facet) => [facet, result.facets[facet].map((f) => ({ ...f, label: facetValueLabel(content, facet, f.value, 'nl') }))]),
    ),
  };
  // <, > and & as \u escapes: the ignored values echo what the client sent, and this way no byte
  // of it can ever be read as markup, whatever a browser or proxy makes of the type.
  const json = JSON.stringify(body).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return new Response(json, {
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'public, max-age=60', 'Access-Control-Allow-Origin': '*' },
  });
}
