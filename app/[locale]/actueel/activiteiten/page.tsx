import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CardList } from '@/components/content/CardList';
import { DateText } from '@/components/content/DateText';
import { Section } from '@/components/content/Section';
import { PageHeader } from '@/components/layout/PageHeader';
import { FeedLink } from '@/components/lists/FeedLink';
import { FilterPanel } from '@/components/search/FilterPanel';
import type { Event } from '@/lib/content';
import { selectionQuery } from '@/lib/facets';
import { eventList, WHEN } from '@/lib/lists';
import { urls } from '@/lib/urls';
import { AUDIENCES } from '@/lib/vocabulary';
import { pageMetadata } from '@/lib/metadata';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('events');
  return pageMetadata({ title: t('title'), description: t('lead'), path: urls.eventsIndex(), kind: 'activiteiten', feeds: { 'application/rss+xml': '/actueel/activiteiten/rss.xml' } });
}

// Rendered per request: which events are upcoming depends on the clock and on the filters.
export default async function EventsPage({ params, searchParams }: PageProps<'/[locale]/actueel/activiteiten'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  const list = eventList(await searchParams, new Date());
  const query = selectionQuery(list.selection);
  const option = (name: string, value: string, label: string) => ({ value, label, count: list.counts[name].get(value) ?? 0, selected: !!list.selection[name]?.includes(value) });
  const cards = (items: Event[]) => items.map((e) => ({ href: e.url, title: e.title, meta: <DateText value={e.start} locale={locale} long />, summary: e.summary }));
  const showUpcoming = !list.selection.wanneer || list.selection.wanneer.includes('komend');
  return (
    <>
      <PageHeader title={t('events.title')} trail={[{ label: t('current.title'), href: urls.current() }]} lead={t('events.lead')} />
      <div className="container-page grid gap-10 lg:grid-cols-[18rem_1fr]">
        <div className="min-w-0 lg:col-start-2 lg:row-start-1">
          <p role="status" className="mt-10 font-semibold">
            {t('events.count', { count: list.upcoming.length + list.past.length })}
          </p>
          {showUpcoming && (
            <Section id="komend" title={t('events.upcoming')}>
              {list.upcoming.length > 0 ? <CardList headingLevel={3} items={cards(list.upcoming)} /> : <p>{t('events.noUpcoming')}</p>}
            </Section>
          )}
          {list.past.length > 0 && (
            <Section id="afgelopen" title={t('events.past')}>
              <CardList headingLevel={3} items={cards(list.past)} />
            </Section>
          )}
          {!showUpcoming && list.past.length === 0 && <p className="mt-10">{t('events.filters.none')}</p>}
          <FeedLink href={`/actueel/activiteiten/rss.xml${query}`} />
          {/* The whole agenda, not this selection: calendar apps subscribe to one fixed address. */}
          <p className="mt-2">
            <a href={urls.calendarFeed()} type="text/calendar">
              {t('events.subscribeCalendar')}
            </a>
          </p>
        </div>
        <div className="mt-10 lg:col-start-1 lg:row-start-1">
          <FilterPanel
            action={urls.eventsIndex()}
            clearHref={query ? urls.eventsIndex() : undefined}
            groups={[
              { name: 'wanneer', legend: t('events.filters.wanneer'), options: WHEN.map((w) => option('wanneer', w, t(`events.filters.${w}`))) },
              {
                name: 'doelgroep',
                legend: t('events.filters.doelgroep'),
                options: AUDIENCES.map((a) => option('doelgroep', a, t(`events.audiences.${a}`))).filter((o) => o.count > 0 || o.selected),
              },
            ]}
          />
        </div>
      </div>
    </>
  );
}
