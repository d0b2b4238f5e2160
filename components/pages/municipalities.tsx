import { translator } from '@/i18n/translate';
import { contentLang } from '@/components/ui/Dutch';
import { Pagination } from '@/components/content/Pagination';
import { PageHeader } from '@/components/layout/PageHeader';
import { ListScript } from '@/components/lists/ListScript';
import { MissingPage } from '@/components/lists/MissingPage';
import { NetherlandsMap } from '@/components/map/NetherlandsMap';
import { FilterPanel } from '@/components/search/FilterPanel';
import { Link } from '@/components/ui/Link';
import { LinkRow } from '@/components/content/LinkRow';
import { Coverage } from '@/components/content/Coverage';
import { municipalityList, pageOf } from '@/lib/lists';
import { MAP_SOURCE } from '@/lib/municipalities/map';
import { pageMetadata } from '@/lib/seo/metadata';
import { REGISTER, registerMunicipality } from '@/lib/municipalities/register';
import { urls } from '@/lib/urls';
import type { PageInput, PageView } from './types';

/** The GKA municipalities: filters, the map of every match and the table a page at a time. */
export function municipalitiesPage({ locale, query, content: c }: PageInput): PageView {
  const t = translator(locale);
  const list = municipalityList(c, query, locale);
  const page = pageOf(list.items, query);
  const sel = list.selection;
  const filtered = Object.keys(sel).length > 0;
  const total = list.all.length;
  const regionName = new Map(c.regions.map((r) => [r.slug, r.title]));
  const themeName = new Map(c.themes.map((th) => [th.slug, th.title]));
  const marked = list.items.filter((m) => registerMunicipality(m.cbsCode));
  const marks = list.items.flatMap((m) => {
    const known = registerMunicipality(m.cbsCode);
    return known ? [{ code: m.cbsCode, name: m.title, point: known.point, href: m.url }] : [];
  });
  const hrefFor = (p: number) => `${urls.municipalities({ pagina: p > 1 ? String(p) : undefined, ...sel })}#gemeenten-tabel`;

  return {
    // A page the list does not have is not found: 404, with the same helpful page.
    status: page.missing !== undefined ? 404 : 200,
    metadata: pageMetadata({
      title: t('municipalities.title'),
      description: t('municipalities.lead'),
      path: urls.municipalities(),
      kind: 'gemeenten',
      noindex: filtered || page.page !== 1,
    }),
    body: (
      <>
        <PageHeader title={t('municipalities.title')} trail={[]} lead={t('municipalities.lead')} locale={locale} />
        <div className="container-page mt-8 space-y-8" data-swap="lijst">
          <div className="rounded-md border border-brand-100 p-5">
            <FilterPanel action={urls.municipalities()} groups={list.groups} locale={locale} clearHref={filtered ? urls.municipalities() : undefined} columns />
          </div>
          <div className="space-y-3">
            <p role="status" className="text-lg font-semibold">
              {filtered
                ? t('municipalities.countFiltered', { count: list.items.length, total })
                : t('municipalities.countOfAll', { count: total, all: REGISTER.length })}
            </p>
            <Coverage kind="municipalities" count={total} locale={locale} />
            <p>
              <Link href={urls.coordinators()} locale={locale} className="font-semibold">
                {t('municipalities.findCoordinator')}
              </Link>
            </p>
          </div>
          <div className="grid items-start gap-8 lg:grid-cols-[minmax(0,22rem)_1fr]">
            <div className="min-w-0">
              <h2 id="gemeenten-kaart" className="mb-3 text-xl font-bold text-brand-900">
                {t('municipalities.mapHeading')}
              </h2>
              <figure>
                <a href="#gemeenten-tabel" className="sr-only focus:not-sr-only">
                  {t('municipalities.skipMap')}
                </a>
                <NetherlandsMap marks={marks} label={t('municipalities.mapLabel', { count: marks.length })} locale={locale} className="mx-auto max-w-sm" />
                <figcaption className="mt-2 text-sm text-muted">
                  {t('municipalities.mapCaption')} {t('municipalities.mapSource', { source: MAP_SOURCE })}
                </figcaption>
              </figure>
              {/* Every mark as a link of the size WCAG 2.5.8 asks, for the dots too close together to
                  have that much room on a small map (the table holds one page at a time). */}
              {marked.length > 0 && (
                <>
                  <p className="mt-4 text-sm">{t('municipalities.mapList', { count: marked.length })}</p>
                  <LinkRow locale={locale} items={marked} className="mt-2 text-sm" />
                </>
              )}
            </div>
            <div className="min-w-0">
              <h2 id="gemeenten-tabel-titel" className="mb-3 text-xl font-bold text-brand-900">
                {t('municipalities.tableHeading')}
              </h2>
              {page.missing !== undefined ? (
                <MissingPage id="gemeenten-tabel" requested={page.missing} pageCount={page.pageCount} hrefFor={hrefFor} locale={locale} />
              ) : (
                <>
                  {/* A table scrolls sideways on narrow screens rather than squeezing its columns. */}
                  <div id="gemeenten-tabel" className="overflow-x-auto" role="region" aria-labelledby="gemeenten-caption" tabIndex={0}>
                    <table className="w-full min-w-[36rem] border-collapse text-left">
                      <caption id="gemeenten-caption" className="sr-only">
                        {t('municipalities.tableCaption')}
                        {page.pageCount > 1 && `, ${t('pagination.page', { page: page.page, count: page.pageCount })}`}
                      </caption>
                      <thead>
                        <tr className="border-b-2 border-brand-700">
                          <th scope="col" className="py-2 pr-4">
                            {t('municipalities.name')}
                          </th>
                          <th scope="col" className="py-2 pr-4">
                            {t('municipalities.province')}
                          </th>
                          <th scope="col" className="py-2 pr-4">
                            {t('municipalities.region')}
                          </th>
                          <th scope="col" className="py-2 pr-4">
                            {t('municipalities.since')}
                          </th>
                          <th scope="col" className="py-2">
                            {t('municipalities.themes')}
                          </th>
                        </tr>
                      </thead>
                      <tbody>
                        {page.items.map((m) => (
                          <tr key={m.slug} className="border-b border-brand-100 align-top">
                            <th scope="row" lang={contentLang(locale)} className="py-2 pr-4 font-normal whitespace-nowrap">
                              <Link href={m.url} locale={locale}>
                                {m.title}
                              </Link>
                            </th>
                            <td lang={contentLang(locale)} className="py-2 pr-4">
                              {m.province}
                            </td>
                            <td lang={contentLang(locale)} className="py-2 pr-4 whitespace-nowrap">
                              {regionName.get(m.region) ?? '–'}
                            </td>
                            <td className="py-2 pr-4">{m.gkaSince ?? '–'}</td>
                            <td lang={contentLang(locale)} className="py-2">
                              {m.themes
                                .map((th) => themeName.get(th))
                                .filter(Boolean)
                                .join(', ') || '–'}
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                    {list.items.length === 0 && <p className="mt-4">{t('municipalities.none')}</p>}
                  </div>
                  <Pagination page={page.page} pageCount={page.pageCount} hrefFor={hrefFor} locale={locale} />
                </>
              )}
            </div>
          </div>
          <ListScript />
        </div>
      </>
    ),
  };
}
