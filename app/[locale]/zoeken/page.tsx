import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { ExampleBadge } from '@/components/content/Example';
import { DateText } from '@/components/content/DateText';
import { Pagination } from '@/components/content/Pagination';
import { PageHeader } from '@/components/layout/PageHeader';
import { ActiveFilters } from '@/components/search/ActiveFilters';
import { FilterPanel, ToFilters } from '@/components/search/FilterPanel';
import { Highlighted } from '@/components/search/Highlighted';
import { LiveSearch } from '@/components/search/LiveSearch';
import { SearchForm } from '@/components/search/SearchForm';
import { allowedFilterValues, FACETS, siteSearch } from '@/lib/search';
import { facetValueLabel } from '@/lib/search/labels';
import { MAX_QUERY_LENGTH, parseSearchParams, searchQueryString, toggleFilter } from '@/lib/search/params';
import { urls } from '@/lib/urls';
import { pageMetadata } from '@/lib/metadata';

export async function generateMetadata({ searchParams }: PageProps<'/[locale]/zoeken'>): Promise<Metadata> {
  const t = await getTranslations('search');
  const { q } = parseSearchParams(await searchParams, allowedFilterValues());
  // Result pages are for visitors, not for search engines.
  return pageMetadata({ title: q ? `${t('title')}: ${q}` : t('title'), path: urls.search(), kind: 'home', noindex: true });
}

export default async function SearchPage({ params, searchParams }: PageProps<'/[locale]/zoeken'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  const parsed = parseSearchParams(await searchParams, allowedFilterValues());
  const result = siteSearch().search({ q: parsed.q, filters: parsed.filters, page: parsed.page });
  const href = (p: Parameters<typeof searchQueryString>[0]) => `${urls.search()}${searchQueryString(p)}`;
  const label = (facet: (typeof FACETS)[number], value: string) => facetValueLabel(facet, value, t as unknown as (k: string) => string);
  const active = FACETS.flatMap((facet) =>
    (parsed.filters[facet] ?? []).map((value) => ({
      label: `${t(`search.facets.${facet}`)}: ${label(facet, value)}`,
      removeHref: href({ q: parsed.q, filters: toggleFilter(parsed.filters, facet, value) }),
    })),
  );

  return (
    <>
      <PageHeader title={t('search.title')} trail={[]}>
        <div className="mt-5">
          <LiveSearch>
            <SearchForm locale={locale} q={parsed.q} variant="page" />
          </LiveSearch>
        </div>
      </PageHeader>
      <div className="container-page mt-8 grid gap-10 lg:grid-cols-[18rem_1fr]">
        <div className="lg:col-start-2 lg:row-start-1 min-w-0">
          {parsed.truncated && <p className="mb-3 border-l-4 border-accent-500 bg-accent-100 p-3">{t('search.truncated', { max: MAX_QUERY_LENGTH })}</p>}
          {parsed.ignored.length > 0 && (
            <p className="mb-3 border-l-4 border-accent-500 bg-accent-100 p-3">
              {t('search.ignored', { values: parsed.ignored.map((i) => `${t(`search.facets.${i.facet}`)} “${i.value}”`).join(', ') })}
            </p>
          )}
          {result.mode !== 'empty' && <ToFilters />}
          <ActiveFilters items={active} />
          <p role="status" className="text-lg font-semibold">
            {result.mode === 'empty' ? t('search.empty') : parsed.q ? t('search.countFor', { count: result.total, q: parsed.q }) : t('search.count', { count: result.total })}
          </p>
          {result.mode === 'or' && result.total > 0 && <p className="mt-2 text-muted">{t('search.orNote')}</p>}
          {result.suggestion && (
            <p className="mt-2">
              {t('search.didYouMean')} <Link href={href({ q: result.suggestion, filters: parsed.filters })}>{result.suggestion}</Link>
            </p>
          )}
          {result.total === 0 && result.mode !== 'empty' && (
            <div className="mt-4">
              <p>{t('search.noResults', { q: parsed.q })}</p>
              <p className="mt-2">{t('search.noResultsTips')}</p>
              <ul className="mt-2 list-disc pl-6">
                {(
                  [
                    [t('nav.themes'), urls.themes()],
                    [t('nav.municipalities'), urls.municipalities()],
                    [t('nav.interventions'), urls.interventions()],
                    [t('nav.current'), urls.current()],
                    [t('nav.forSchools'), urls.forSchools()],
                  ] as const
                ).map(([text, to]) => (
                  <li key={to}>
                    <Link href={to}>{text}</Link>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {result.hits.length > 0 && (
            <section aria-label={t('search.results')}>
              <ol className="mt-4 divide-y divide-brand-100">
                {result.hits.map((hit) => (
                  <li key={hit.doc.id} className="py-4">
                    <p className="flex flex-wrap items-center gap-2 text-sm text-muted">
                      <span className="font-semibold text-brand-800">{t(`search.types.${hit.doc.type}`)}</span>
                      {hit.doc.date && (
                        <>
                          <span aria-hidden="true">·</span>
                          <DateText value={hit.doc.date} locale={locale} />
                        </>
                      )}
                      {hit.doc.example && <ExampleBadge />}
                    </p>
                    <h2 className="mt-1 text-lg font-semibold">
                      <Link href={hit.doc.url}>
                        <Highlighted segments={hit.title} />
                      </Link>
                    </h2>
                    <p className="mt-1">
                      <Highlighted segments={hit.snippet} />
                    </p>
                  </li>
                ))}
              </ol>
            </section>
          )}
          <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(p) => href({ q: parsed.q, filters: parsed.filters, page: p })} />
          <p className="mt-8 text-sm text-muted">
            {t('search.api')}{' '}
            <a href={`/api/zoeken${searchQueryString({ q: parsed.q, filters: parsed.filters, page: result.page })}`}>/api/zoeken</a> ·{' '}
            <Link href={urls.page('ontwikkelaars')}>{t('search.apiDocs')}</Link>
          </p>
        </div>
        {result.mode !== 'empty' && (
          <div className="lg:col-start-1 lg:row-start-1">
            <FilterPanel
              action={urls.search()}
              hidden={{ q: parsed.q }}
              clearHref={active.length ? href({ q: parsed.q, filters: {} }) : undefined}
              groups={FACETS.map((facet) => ({
                name: facet,
                legend: t(`search.facets.${facet}`),
                options: result.facets[facet].map((f) => ({ ...f, label: label(facet, f.value) })),
              }))}
            />
          </div>
        )}
      </div>
    </>
  );
}
