import type { Metadata } from 'next';
import { SignupLink } from '@/components/forms/SignupStatus';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DateText } from '@/components/content/DateText';
import { Prose } from '@/components/content/Prose';
import { Section } from '@/components/content/Section';
import { ThemeTags } from '@/components/content/ThemeTags';
import { EventFacts } from '@/components/events/EventFacts';
import { SessionList } from '@/components/events/SessionList';
import { DetailLayout } from '@/components/layout/DetailLayout';
import { PageHeader } from '@/components/layout/PageHeader';
import { events } from '@/lib/content';
import { findByDateAndSlug } from '@/lib/content/queries';
import { endInstant, isPast } from '@/lib/dates';
import { configuredOrigin, urls } from '@/lib/urls';
import { pageMetadata } from '@/lib/metadata';
import { JsonLd } from '@/components/seo/JsonLd';
import { event as eventLd } from '@/lib/structured-data';

type Props = PageProps<'/[locale]/actueel/activiteiten/[year]/[month]/[day]/[slug]'>;

export const dynamicParams = false;
// "Heeft al plaatsgevonden" is decided when the page is rendered, and pages re-render every 10 minutes.
export const revalidate = 600;

export function generateStaticParams() {
  return events.map((e) => {
    const [year, month, day] = e.start.slice(0, 10).split('-');
    return { year, month, day, slug: e.slug };
  });
}

async function find(params: Props['params']) {
  const { year, month, day, slug } = await params;
  return findByDateAndSlug(events, (e) => e.start, { year, month, day }, slug);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await find(params);
  return event ? pageMetadata({ title: event.title, description: event.summary, path: event.url, kind: 'activiteiten' }) : {};
}

export default async function EventPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const event = await find(params);
  if (!event) notFound();
  const t = await getTranslations();
  const now = new Date();
  const past = isPast(event.start, event.end, now);
  const registration = event.registration;
  const deadlinePassed = registration?.deadline ? endInstant(registration.deadline).getTime() <= now.getTime() : past;
  return (
    <article>
      <JsonLd data={eventLd(configuredOrigin(), { ...event, sessions: Array.from(event.sessions ?? []) })} />
      <PageHeader
        draft={event.draft}
        title={event.title}
        trail={[
          { label: t('current.title'), href: urls.current() },
          { label: t('events.title'), href: urls.eventsIndex() },
        ]}
        lead={event.summary}
      >
        {past && (
          <p role="note" className="mt-5 max-w-3xl border-l-4 border-accent-500 bg-accent-100 p-4 font-semibold">
            {t('events.hasPassed')}
          </p>
        )}
      </PageHeader>
      <DetailLayout asideLabel={t('events.facts')}
        aside={
          <>
          <EventFacts event={event} locale={locale} />
          <p className="mt-4">
            <a href={urls.eventCalendar(event.slug)} download={`${event.slug}.ics`} type="text/calendar">
              {t('events.addToCalendar')}
            </a>
          </p>
          <ThemeTags slugs={event.themes} />
          </>
        }
      >
          <Prose doc={event} />
          {event.sessions.length > 0 && (
            <Section id="programma" title={t('events.sessions')}>
              <SessionList sessions={event.sessions} locale={locale} />
            </Section>
          )}
          {registration && (
            <Section id="aanmelden" title={t('events.registration')}>
              {!deadlinePassed && <p className="max-w-3xl">{registration.how}</p>}
              {registration.deadline && (
                <p className="mt-3 max-w-3xl font-semibold">
                  {t(deadlinePassed ? 'events.deadlinePassed' : 'events.deadline')} <DateText value={registration.deadline} locale={locale} long />.
                  {deadlinePassed && ` ${t('events.registrationClosed')}`}
                </p>
              )}
              {!deadlinePassed && registration.email && (
                <p className="mt-3">
                  {t('common.email')}: <a href={`mailto:${registration.email}`}>{registration.email}</a>
                </p>
              )}
              {!deadlinePassed && registration.form && (
                <div className="mt-4">
                  <SignupLink slug={event.slug} />
                </div>
              )}
            </Section>
          )}
      </DetailLayout>
    </article>
  );
}
