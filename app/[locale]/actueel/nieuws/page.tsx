import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CardList } from '@/components/content/CardList';
import { DateText } from '@/components/content/DateText';
import { Pagination } from '@/components/content/Pagination';
import { PageHeader } from '@/components/layout/PageHeader';
import { FeedLink } from '@/components/lists/FeedLink';
import { FilterPanel, ToFilters } from '@/components/search/FilterPanel';
import { themes } from '@/lib/content';
import { paginate } from '@/lib/content/queries';
import { selectionQuery } from '@/lib/facets';
import { newsList } from '@/lib/lists';
import { parsePage } from '@/lib/params';
import { urls } from '@/lib/urls';
import { pageMetadata } from '@/lib/metadata';

const PER_PAGE = 10;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return pageMetadata({
    title: t('news.title'),
    description: t('news.lead'),
    path: urls.newsIndex(),
    kind: 'nieuws',
    feeds: {
      'application/rss+xml': [{ url: urls.newsRss(), title: t('feeds.newsRss') }],
      'application/atom+xml': [{ url: urls.newsAtom(), title: t('feeds.newsAtom') }],
    },
  });
}

export default async function NewsIndexPage({ params, searchParams }: PageProps<'/[locale]/actueel/nieuws'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  const raw = await searchParams;
  const list = newsList(raw);
  const paged = paginate(list.items, parsePage(raw.pagina), PER_PAGE);
  const query = selectionQuery(list.selection);
  const option = (name: string, value: string, label: string) => ({ value, label, count: list.counts[name].get(value) ?? 0, selected: !!list.selection[name]?.includes(value) });
  const years = [...list.counts.jaar.keys(), ...(list.selection.jaar ?? [])].filter((v, i, a) => a.indexOf(v) === i).sort().reverse();
  return (
    <>
      <PageHeader title={t('news.title')} trail={[{ label: t('current.title'), href: urls.current() }]} lead={t('news.lead')} />
      <div className="container-page mt-8 grid gap-10 lg:grid-cols-[18rem_1fr]">
        <div className="min-w-0 lg:col-start-2 lg:row-start-1">
          <ToFilters />
          <p role="status" className="mb-4 font-semibold">
            {t('news.count', { count: paged.total })}
            {paged.pageCount > 1 && <> · {t('pagination.page', { page: paged.page, count: paged.pageCount })}</>}
          </p>
          {paged.total === 0 ? (
            <p>{t('news.filters.none')}</p>
          ) : (
            <CardList items={paged.items.map((n) => ({ href: n.url, title: n.title, meta: <DateText value={n.date} locale={locale} />, summary: n.summary }))} />
          )}
          <Pagination
            page={paged.page}
            pageCount={paged.pageCount}
            hrefFor={(p) => `${urls.newsIndex()}${selectionQuery(list.selection, { pagina: p > 1 ? String(p) : undefined })}`}
          />
          <FeedLink href={`/actueel/nieuws/rss.xml${query}`} />
        </div>
        <div className="lg:col-start-1 lg:row-start-1">
          <FilterPanel
            action={urls.newsIndex()}
            clearHref={query ? urls.newsIndex() : undefined}
            groups={[
              { name: 'jaar', legend: t('news.filters.jaar'), options: years.map((y) => option('jaar', y, y)) },
              { name: 'thema', legend: t('news.filters.thema'), options: themes.map((x) => option('thema', x.slug, x.title)).filter((o) => o.count > 0 || o.selected) },
            ]}
          />
        </div>
      </div>
    </>
  );
}
