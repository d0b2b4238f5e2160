import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { CardList } from '@/components/content/CardList';
import { ExampleBadge, ExampleNotice } from '@/components/content/Example';
import { PageHeader } from '@/components/layout/PageHeader';
import { FeedLink } from '@/components/lists/FeedLink';
import { FilterPanel, ToFilters, type FilterGroup } from '@/components/search/FilterPanel';
import { municipalities, municipalityBySlug, regions, themes, themesOf } from '@/lib/content';
import { selectionQuery } from '@/lib/facets';
import { SORTS } from '@/lib/interventions';
import { interventionList } from '@/lib/lists';
import { urls } from '@/lib/urls';
import { pageMetadata } from '@/lib/metadata';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('interventions');
  return pageMetadata({ title: t('title'), description: t('lead'), path: urls.interventions(), kind: 'interventies', feeds: { 'application/rss+xml': '/interventies/rss.xml' } });
}

export default async function InterventionsPage({ params, searchParams }: PageProps<'/[locale]/interventies'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  const list = interventionList(await searchParams);
  const sel = list.selection;
  const option = (name: string, value: string, label: string) => ({ value, label, count: list.counts[name].get(value) ?? 0, selected: !!sel[name]?.includes(value) });
  const groups: FilterGroup[] = [
    { name: 'thema', legend: t('interventions.filters.thema'), options: themes.map((x) => option('thema', x.slug, x.title)) },
    { name: 'onderwijstype', legend: t('interventions.filters.onderwijstype'), options: (['vve', 'po', 'vo', 'mbo'] as const).map((v) => option('onderwijstype', v, t(`interventions.schoolType.${v}`))) },
    { name: 'doelgroep', legend: t('interventions.filters.doelgroep'), options: [...list.counts.doelgroep.keys()].map((v) => option('doelgroep', v, t(`interventions.targetGroups.${v}` as 'interventions.targetGroups.ouders'))) },
    { name: 'provincie', legend: t('interventions.filters.provincie'), options: [...new Set(municipalities.map((m) => m.province))].sort().map((v) => option('provincie', v, v)) },
    { name: 'regio', legend: t('interventions.filters.regio'), options: regions.map((r) => option('regio', r.slug, r.title)) },
    { name: 'gemeente', legend: t('interventions.filters.gemeente'), options: municipalities.filter((m) => list.counts.gemeente.has(m.slug) || sel.gemeente?.includes(m.slug)).map((m) => option('gemeente', m.slug, m.title)) },
    { name: 'bewijsniveau', legend: t('interventions.filters.bewijsniveau'), options: [...list.counts.bewijsniveau.keys()].map((v) => option('bewijsniveau', v, t(`interventions.evidenceLevel.${v}` as 'interventions.evidenceLevel.goed-onderbouwd'))) },
  ].map((g) => ({ ...g, options: g.options.filter((o) => o.count > 0 || o.selected) }));
  const query = selectionQuery(sel, { q: list.q, sorteer: list.sort === 'titel' || list.sort === 'relevantie' ? undefined : list.sort });
  const filtered = query !== '';

  return (
    <>
      <PageHeader title={t('interventions.title')} trail={[]} lead={t('interventions.lead')} />
      <div className="container-page mt-8 grid gap-10 lg:grid-cols-[18rem_1fr]">
        <div className="min-w-0 space-y-6 lg:col-start-2 lg:row-start-1">
          <ToFilters />
          <ExampleNotice text={t('common.exampleListNotice')} />
          <p>
            <Link href={urls.bundle()} className="font-semibold">
              {t('bundle.download')}
            </Link>
          </p>
          <p role="status" className="text-lg font-semibold">
            {t('interventions.count', { count: list.items.length })}
          </p>
          {list.items.length === 0 ? (
            <p>{t('interventions.none')}</p>
          ) : (
            <CardList
              columns={2}
              items={list.items.map((i) => ({
                href: i.url,
                title: i.title,
                meta: [municipalityBySlug(i.municipality)?.title, themesOf(i.themes).map((th) => th.title).join(', ')].filter(Boolean).join(' · '),
                summary: i.summary,
                badge: i.example ? <ExampleBadge /> : undefined,
              }))}
            />
          )}
          <FeedLink href={`/interventies/rss.xml${query}`} />
        </div>
        <div className="lg:col-start-1 lg:row-start-1">
          <FilterPanel action={urls.interventions()} groups={groups} clearHref={filtered ? urls.interventions() : undefined} applyLabel={t('interventions.filters.apply')}>
            <div>
              <label htmlFor="interventies-q" className="block font-semibold">
                {t('interventions.filters.q')}
              </label>
              <input id="interventies-q" name="q" type="search" defaultValue={list.q} maxLength={400} className="mt-1 w-full rounded-md border-2 border-ink px-3 py-2" />
            </div>
            <div>
              <label htmlFor="interventies-sorteer" className="block font-semibold">
                {t('interventions.filters.sort')}
              </label>
              <select id="interventies-sorteer" name="sorteer" defaultValue={list.sort === 'relevantie' ? '' : list.sort} className="mt-1 w-full rounded-md border-2 border-ink bg-white px-3 py-2">
                {list.q && <option value="">{t('interventions.sort.relevantie')}</option>}
                {SORTS.map((s) => (
                  <option key={s} value={s}>
                    {t(`interventions.sort.${s}`)}
                  </option>
                ))}
              </select>
            </div>
          </FilterPanel>
        </div>
      </div>
    </>
  );
}
