import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { PageHeader } from '@/components/layout/PageHeader';
import { NetherlandsMap } from '@/components/map/NetherlandsMap';
import { FilterPanel, type FilterGroup } from '@/components/search/FilterPanel';
import { municipalitiesWithRegion, regionBySlug, regions, themes, themesOf } from '@/lib/content';
import { selectionQuery } from '@/lib/facets';
import { FIGURES } from '@/lib/figures';
import { municipalityList } from '@/lib/lists';
import { MAP_SOURCE } from '@/lib/map';
import { pageMetadata } from '@/lib/metadata';
import { REGISTER, registerMunicipality } from '@/lib/municipality-register';
import { urls } from '@/lib/urls';
import { PROVINCES } from '@/lib/vocabulary';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('municipalities');
  return pageMetadata({ title: t('title'), description: t('lead'), path: urls.municipalities(), kind: 'gemeenten' });
}

export default async function MunicipalitiesPage({ params, searchParams }: PageProps<'/[locale]/gemeenten'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('municipalities');
  const list = municipalityList(await searchParams);
  const sel = list.selection;
  const option = (name: string, value: string, label: string) => ({ value, label, count: list.counts[name].get(value) ?? 0, selected: !!sel[name]?.includes(value) });
  const groups: FilterGroup[] = [
    { name: 'provincie', legend: t('province'), options: PROVINCES.map((p) => option('provincie', p, p)) },
    { name: 'regio', legend: t('region'), options: regions.map((r) => option('regio', r.slug, r.title)) },
    { name: 'thema', legend: t('themes'), options: themes.map((th) => option('thema', th.slug, th.title)) },
  ].map((g) => ({ ...g, options: g.options.filter((o) => o.count > 0 || o.selected) }));
  const filtered = selectionQuery(sel) !== '';
  const total = municipalitiesWithRegion.length;
  const marks = list.items.flatMap((m) => {
    const known = registerMunicipality(m.cbsCode);
    return known ? [{ code: m.cbsCode, name: m.title, point: known.point, href: m.url }] : [];
  });

  return (
    <>
      <PageHeader title={t('title')} trail={[]} lead={t('lead')} />
      <div className="container-page mt-8 space-y-8">
        <div className="rounded-md border border-brand-100 p-5">
          <FilterPanel action={urls.municipalities()} groups={groups} clearHref={filtered ? urls.municipalities() : undefined} columns />
        </div>
        <div className="space-y-3">
          <p role="status" className="text-lg font-semibold">
            {filtered ? t('countFiltered', { count: list.items.length, total }) : t('countOfAll', { count: total, all: REGISTER.length })}
          </p>
          {total < FIGURES.municipalities && <p className="max-w-3xl">{t('incomplete', { count: total, gka: FIGURES.municipalities })}</p>}
          <p>
            <Link href={urls.coordinators()} className="font-semibold">
              {t('findCoordinator')}
            </Link>
          </p>
        </div>
        <div className="grid items-start gap-8 lg:grid-cols-[minmax(0,22rem)_1fr]">
          <figure className="min-w-0 lg:sticky lg:top-4">
            <a href="#gemeenten-tabel" className="sr-only focus:not-sr-only">
              {t('skipMap')}
            </a>
            <NetherlandsMap marks={marks} label={t('mapLabel', { count: marks.length })} className="mx-auto max-w-sm" />
            <figcaption className="mt-2 text-sm text-muted">
              {t('mapCaption')} {t('mapSource', { source: MAP_SOURCE })}
            </figcaption>
          </figure>
          {/* A table scrolls sideways on narrow screens rather than squeezing its columns. */}
          <div id="gemeenten-tabel" className="min-w-0 overflow-x-auto" role="region" aria-labelledby="gemeenten-caption" tabIndex={0}>
            <table className="w-full min-w-[36rem] border-collapse text-left">
              <caption id="gemeenten-caption" className="sr-only">
                {t('tableCaption')}
              </caption>
              <thead>
                <tr className="border-b-2 border-brand-700">
                  <th scope="col" className="py-2 pr-4">{t('name')}</th>
                  <th scope="col" className="py-2 pr-4">{t('province')}</th>
                  <th scope="col" className="py-2 pr-4">{t('region')}</th>
                  <th scope="col" className="py-2 pr-4">{t('since')}</th>
                  <th scope="col" className="py-2">{t('themes')}</th>
                </tr>
              </thead>
              <tbody>
                {list.items.map((m) => (
                  <tr key={m.slug} className="border-b border-brand-100 align-top">
                    <th scope="row" className="py-2 pr-4 font-normal whitespace-nowrap">
                      <Link href={m.url}>{m.title}</Link>
                    </th>
                    <td className="py-2 pr-4">{m.province}</td>
                    <td className="py-2 pr-4 whitespace-nowrap">{regionBySlug(m.region)?.title ?? '–'}</td>
                    <td className="py-2 pr-4">{m.gkaSince ?? '–'}</td>
                    <td className="py-2">{themesOf(m.themes).map((th) => th.title).join(', ') || '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {list.items.length === 0 && <p className="mt-4">{t('none')}</p>}
          </div>
        </div>
      </div>
    </>
  );
}
