import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CardList } from '@/components/content/CardList';
import { DateText } from '@/components/content/DateText';
import { Section } from '@/components/content/Section';
import { PageHeader } from '@/components/layout/PageHeader';
import { events, type Event } from '@/lib/content';
import { splitEvents } from '@/lib/content/queries';
import { urls } from '@/lib/urls';

// Whether an event is upcoming or past depends on the clock: re-render at least every 10 minutes.
export const revalidate = 600;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('events');
  return { title: t('title'), description: t('lead') };
}

export default async function EventsPage({ params }: PageProps<'/[locale]/actueel/activiteiten'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  const { upcoming, past } = splitEvents(events, new Date());
  const cards = (list: Event[]) =>
    list.map((e) => ({ href: e.url, title: e.title, meta: <DateText value={e.start} locale={locale} long />, summary: e.summary }));
  return (
    <>
      <PageHeader title={t('events.title')} trail={[{ label: t('current.title'), href: urls.current() }]} lead={t('events.lead')} />
      <div className="container-page">
        <Section id="komend" title={t('events.upcoming')}>
          {upcoming.length > 0 ? <CardList headingLevel={3} items={cards(upcoming)} /> : <p>{t('events.noUpcoming')}</p>}
        </Section>
        {past.length > 0 && (
          <Section id="afgelopen" title={t('events.past')}>
            <CardList headingLevel={3} items={cards(past)} />
          </Section>
        )}
      </div>
    </>
  );
}
