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
import { configuredOrigin, urls } from '@/lib/urls';
import { Link } from '@/components/ui/Link';
import type { PageInput, PageView } from './types';

/** Upcoming events first, then past ones, one page of them at a time. */
export function eventsIndexPage({ locale, query, content, now }: PageInput): PageView {
  const t = translator(locale);
  const list = eventList(content, query, now, locale);
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
              <FeedLink
                feed={urls.eventsRss(list.selection)}
                alert={{ address: urls.eventsIndex(list.selection), label: t('alerts.link.events') }}
                locale={locale}
              />
              {/* The whole agenda, not this selection: calendar apps subscribe to one fixed address.
                  webcal: opens a calendar app that subscribes; the https address downloads a copy. */}
              <ul className="mt-2 space-y-1">
                <li>
                  <a href={urls.calendarSubscription(configuredOrigin())}>{t('events.subscribeCalendar')}</a>
                </li>
                <li>
                  <a href={urls.calendarFeed()} download="agenda.ics" type="text/calendar">
                    {t('events.downloadCalendar')}
                  </a>
                </li>
                <li>
                  <Link href={urls.calendarHelp()} locale={locale}>
                    {t('events.calendarHelpLink')}
                  </Link>
                </li>
              </ul>
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
