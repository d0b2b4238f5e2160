import { translator } from '@/i18n/translate';
import { contentLang } from '@/components/ui/Dutch';
import { DateText } from '@/components/content/DateText';
import { PageHeader } from '@/components/layout/PageHeader';
import { FeedLink } from '@/components/lists/FeedLink';
import { FilteredList } from '@/components/lists/FilteredList';
import { ActiveFilters } from '@/components/search/ActiveFilters';
import { FilterPanel } from '@/components/search/FilterPanel';
import { Highlighted } from '@/components/search/Highlighted';
import { SearchForm } from '@/components/search/SearchForm';
import { Link } from '@/components/ui/Link';
import { page as pageParam, MAX_QUERY_LENGTH } from '@/lib/http/query';
import { PER_PAGE } from '@/lib/lists';
import { pageMetadata } from '@/lib/seo/metadata';
import { allowedFilterValues, FACETS, siteSearch, type Facet } from '@/lib/search';
import { facetValueLabel } from '@/lib/search';
import { parseSearchParams, searchFilter, toggleFilter } from '@/lib/search/params';
import { urls } from '@/lib/urls';
import type { PageInput, PageView } from './types';
import { Notice } from '@/components/ui/Notice';
import { finderIndex } from '@/lib/municipalities/register';
import { placeHint } from '@/lib/search/hints';

export function searchPage({ locale, query, content }: PageInput): PageView {
  const t = translator(locale);
  const parsed = parseSearchParams(query, allowedFilterValues(content));
  const wanted = pageParam(query);
  const result = siteSearch(content).search({ q: parsed.q, filters: parsed.filters, page: wanted.n ?? 1, perPage: PER_PAGE });
  const missing = wanted.given !== '' && (wanted.n === undefined || wanted.n > result.pageCount) ? wanted.given : undefined;
  const href = (p: Parameters<typeof searchFilter>[0]) => urls.search(searchFilter(p));
  const label = (facet: Facet, value: string) => facetValueLabel(content, facet, value, locale);
  const active = FACETS.flatMap((facet) =>
    (parsed.filters[facet] ?? []).map((value) => ({
      label: `${t(`search.facets.${facet}`)}: ${label(facet, value)}`,
      removeHref: href({ q: parsed.q, filters: toggleFilter(parsed.filters, facet, value) }),
    })),
  );
  // Nothing found for a place name: where to turn for that municipality.
  const place = result.total === 0 && parsed.q ? placeHint(finderIndex, parsed.q, content.municipalities) : undefined;
  const page = { items: result.hits, page: missing ? 0 : result.page, pageCount: result.pageCount, total: result.total, missing };

  return {
    // A page the list does not have is not found: 404, with the same helpful page.
    status: page.missing !== undefined ? 404 : 200,
    // Result pages are for visitors, not for search engines.
    metadata: pageMetadata({ title: parsed.q ? `${t('search.title')}: ${parsed.q}` : t('search.title'), path: urls.search(), kind: 'home', noindex: true }),
    body: (
      <>
        <PageHeader title={t('search.title')} trail={[]} locale={locale}>
          <div className="mt-5">
            <SearchForm locale={locale} q={parsed.q} variant="page" />
          </div>
        </PageHeader>
        <FilteredList
          locale={locale}
          page={page}
          hrefFor={(p) => href({ q: parsed.q, filters: parsed.filters, page: p })}
          status={
            result.mode === 'empty'
              ? t('search.empty')
              : parsed.q
                ? t('search.countFor', { count: result.total, q: parsed.q })
                : t('search.count', { count: result.total })
          }
          before={
            <>
              {parsed.truncated && <Notice as="p">{t('search.truncated', { max: MAX_QUERY_LENGTH })}</Notice>}
              {parsed.ignored.length > 0 && (
                <Notice as="p">{t('search.ignored', { values: parsed.ignored.map((i) => `${t(`search.facets.${i.facet}`)} “${i.value}”`).join(', ') })}</Notice>
              )}
              <ActiveFilters items={active} locale={locale} />
            </>
          }
          // The search as asked, to follow by e-mail; an empty search follows nothing in particular.
          after={
            result.mode !== 'empty' && (
              <FeedLink alert={{ address: href({ q: parsed.q, filters: parsed.filters }), label: t('alerts.link.search') }} locale={locale} />
            )
          }
          filters={
            // Nothing found: no panel of empty groups (chosen filters stay removable above).
            result.total > 0 && (
              <FilterPanel
                action={urls.search()}
                locale={locale}
                hidden={{ q: parsed.q }}
                clearHref={active.length ? href({ q: parsed.q, filters: {} }) : undefined}
                groups={FACETS.map((facet) => ({
                  name: facet,
                  legend: t(`search.facets.${facet}`),
                  options: result.facets[facet].map((f) => ({ ...f, label: label(facet, f.value) })),
                }))}
              />
            )
          }
        >
          {result.mode === 'or' && result.total > 0 && <p className="text-muted">{t('search.orNote')}</p>}
          {result.parts?.map((c) => (
            <p key={c.word} className="text-muted">
              {t('search.partsNote', { word: c.word, parts: c.parts.join(', ') })}
            </p>
          ))}
          {result.suggestion && (
            <p>
              {t('search.didYouMean')}{' '}
              <Link href={href({ q: result.suggestion, filters: parsed.filters })} locale={locale}>
                {result.suggestion}
              </Link>
            </p>
          )}
          {result.total === 0 && result.mode !== 'empty' && (
            <div>
              <p>{place ? t('search.placeNone', { name: place.name }) : t('search.noResults', { q: parsed.q })}</p>
              {place && (
                <ul className="mt-2 list-disc pl-6">
                  <li>
                    <Link href={place.finder} locale={locale}>
                      {t('search.placeFinder', { name: place.name })}
                    </Link>
                  </li>
                  {place.page && (
                    <li>
                      <Link href={place.page} locale={locale}>
                        {t('search.placePage', { name: place.name })}
                      </Link>
                    </li>
                  )}
                </ul>
              )}
              {locale !== 'nl' && (
                <>
                  <p className="mt-2">{t('search.dutchWords')}</p>
                  <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1" lang="nl">
                    {content.themes.map((theme) => (
                      <li key={theme.slug}>
                        <Link href={href({ q: theme.title, filters: {} })} locale={locale}>
                          {theme.title}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </>
              )}
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
                    <Link href={to} locale={locale}>
                      {text}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {result.hits.length > 0 && (
            <section aria-label={t('search.results')}>
              <ol className="divide-y divide-brand-100">
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
                    </p>
                    <h2 lang={contentLang(locale)} className="mt-1 text-lg font-semibold">
                      <Link href={hit.doc.url} locale={locale}>
                        <Highlighted segments={hit.title} />
                      </Link>
                    </h2>
                    <p lang={contentLang(locale)} className="mt-1">
                      <Highlighted segments={hit.snippet} />
                    </p>
                  </li>
                ))}
              </ol>
            </section>
          )}
        </FilteredList>
      </>
    ),
  };
}
