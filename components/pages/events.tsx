import { translator } from '@/i18n/translate';
import { CardList } from '@/components/content/CardList';
import { DateText } from '@/components/content/DateText';
import { Section } from '@/components/content/Section';
import { PageHeader } from '@/components/layout/PageHeader';
import { FeedLink } from '@/components/lists/FeedLink';
import { FilteredList } from '@/components/lists/FilteredList';
import { FilterPanel } from '@/components/search/FilterPanel';
import type { Event } from '@/lib/content';
import { eventList, pageOf } from '@/lib/lists';
import { pageMetadata } from '@/lib/seo/metadata';
import { urls } from '@/lib/urls';
import type { PageInput, PageView } from './types';

/** Upcoming events first, then past ones, one page of them at a time. */
export function eventsIndexPage({ locale, query, now }: PageInput): PageView {
  const t = translator(locale);
  const list = eventList(query, now, locale);
  const page = pageOf(list.items, query);
  const filtered = Object.keys(list.selection).length > 0;
  const cards = (items: Event[]) =>
    items.map((e) => ({ href: e.url, title: e.title, meta: <DateText value={e.start} locale={locale} long />, summary: e.summary }));
  const upcoming = new Set(list.upcoming);
  const shownUpcoming = page.items.filter((e) => upcoming.has(e));
  const shownPast = page.items.filter((e) => !upcoming.has(e));
  const showUpcoming = (!list.selection.wanneer || list.selection.wanneer.includes('komend')) && page.page <= 1;
  return {
    // A page the list does not have is not found: 404, with the same helpful page.
    status: page.missing !== undefined ? 404 : 200,
    metadata: pageMetadata({
      title: t('events.title'),
      description: t('events.lead'),
      path: urls.eventsIndex(),
      kind: 'activiteiten',
      feeds: { 'application/rss+xml': urls.eventsRss() },
      noindex: filtered || page.page !== 1,
    }),
    body: (
      <>
        <PageHeader title={t('events.title')} trail={[{ label: t('current.title'), href: urls.current() }]} lead={t('events.lead')} locale={locale} />
        <FilteredList
          locale={locale}
          page={page}
          hrefFor={(p) => urls.eventsIndex({ pagina: p > 1 ? String(p) : undefined, ...list.selection })}
          status={t('events.count', { count: page.total })}
          after={
            <>
              <FeedLink href={urls.eventsRss(list.selection)} locale={locale} />
              {/* The whole agenda, not this selection: calendar apps subscribe to one fixed address. */}
              <p className="mt-2">
                <a href={urls.calendarFeed()} type="text/calendar">
                  {t('events.subscribeCalendar')}
                </a>
              </p>
            </>
          }
          filters={<FilterPanel action={urls.eventsIndex()} locale={locale} clearHref={filtered ? urls.eventsIndex() : undefined} groups={list.groups} />}
        >
          {showUpcoming && (
            <Section id="komend" title={t('events.upcoming')} className="">
              {shownUpcoming.length > 0 ? <CardList headingLevel={3} locale={locale} items={cards(shownUpcoming)} /> : <p>{t('events.noUpcoming')}</p>}
            </Section>
          )}
          {shownPast.length > 0 && (
            <Section id="afgelopen" title={t('events.past')} className={showUpcoming ? 'mt-10' : ''}>
              <CardList headingLevel={3} locale={locale} items={cards(shownPast)} />
            </Section>
          )}
          {!showUpcoming && page.total === 0 && <p>{t('events.filters.none')}</p>}
        </FilteredList>
      </>
    ),
  };
}
