import { translator } from '@/i18n/translate';
import { CardList } from '@/components/content/CardList';
import { DateText } from '@/components/content/DateText';
import { PageHeader } from '@/components/layout/PageHeader';
import { FeedLink } from '@/components/lists/FeedLink';
import { FilteredList } from '@/components/lists/FilteredList';
import { FilterPanel } from '@/components/search/FilterPanel';
import { newsList, pageOf } from '@/lib/lists';
import { pageMetadata } from '@/lib/seo/metadata';
import { urls } from '@/lib/urls';
import type { PageInput, PageView } from './types';

export function newsIndexPage({ locale, query, content }: PageInput): PageView {
  const t = translator(locale);
  const list = newsList(content, query, locale);
  const page = pageOf(list.items, query);
  const filtered = Object.keys(list.selection).length > 0;
  return {
    // A page the list does not have is not found: 404, with the same helpful page.
    status: page.missing !== undefined ? 404 : 200,
    metadata: pageMetadata({
      title: t('news.title'),
      description: t('news.lead'),
      path: urls.newsIndex(),
      kind: 'nieuws',
      feeds: {
        'application/rss+xml': [{ url: urls.newsRss(), title: t('feeds.newsRss') }],
        'application/atom+xml': [{ url: urls.newsAtom(), title: t('feeds.newsAtom') }],
      },
      noindex: filtered || page.page !== 1,
    }),
    body: (
      <>
        <PageHeader title={t('news.title')} trail={[{ label: t('current.title'), href: urls.current() }]} lead={t('news.lead')} locale={locale} />
        <FilteredList
          locale={locale}
          page={page}
          hrefFor={(p) => urls.newsIndex({ pagina: p > 1 ? String(p) : undefined, ...list.selection })}
          status={t('news.count', { count: page.total })}
          after={
            <FeedLink
              feed={urls.newsSelectionRss(list.selection)}
              alert={{ address: urls.newsIndex(list.selection), label: t('alerts.link.news') }}
              locale={locale}
            />
          }
          filters={<FilterPanel action={urls.newsIndex()} locale={locale} clearHref={filtered ? urls.newsIndex() : undefined} groups={list.groups} />}
        >
          {page.total === 0 ? (
            <p>{t('news.filters.none')}</p>
          ) : (
            <CardList
              locale={locale}
              items={page.items.map((n) => ({ href: n.url, title: n.title, meta: <DateText value={n.date} locale={locale} />, summary: n.summary }))}
            />
          )}
        </FilteredList>
      </>
    ),
  };
}
