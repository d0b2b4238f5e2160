import { translator } from '@/i18n/translate';
import { DateText } from '@/components/content/DateText';
import { Prose } from '@/components/content/Prose';
import { Section } from '@/components/content/Section';
import { ThemeTags } from '@/components/content/ThemeTags';
import { EventFacts } from '@/components/events/EventFacts';
import { SessionList } from '@/components/events/SessionList';
import { SignupLink } from '@/components/forms/SignupStatus';
import { DetailLayout } from '@/components/layout/DetailLayout';
import { PageHeader } from '@/components/layout/PageHeader';
import { JsonLd } from '@/components/seo/JsonLd';
import type { Event, Snapshot } from '@/lib/content';
import { endInstant, isPast } from '@/lib/dates';
import { pageMetadata } from '@/lib/seo/metadata';
import { event as eventLd } from '@/lib/seo/structured-data';
import { configuredOrigin, urls } from '@/lib/urls';
import type { PageView } from './types';
import { Notice } from '@/components/ui/Notice';

/** An event: "heeft al plaatsgevonden" and whether sign-up is open follow the clock. */
export function eventPage({ event, locale, content, now }: { event: Event; locale: string; content: Snapshot; now: Date }): PageView {
  const t = translator(locale);
  const past = isPast(event.start, event.end, now);
  const registration = event.registration;
  const deadlinePassed = registration?.deadline ? endInstant(registration.deadline).getTime() <= now.getTime() : past;
  return {
    metadata: pageMetadata({ title: event.title, description: event.summary, path: event.url, kind: 'activiteiten' }),
    body: (
      <article>
        <JsonLd data={eventLd(configuredOrigin(), { ...event, sessions: Array.from(event.sessions ?? []) })} />
        <PageHeader
          draft={event.draft}
          dutch
          title={event.title}
          locale={locale}
          trail={[
            { label: t('current.title'), href: urls.current() },
            { label: t('events.title'), href: urls.eventsIndex() },
          ]}
          lead={event.summary}
        >
          {past && (
            <Notice as="p" className="mt-5 max-w-3xl font-semibold">
              {t('events.hasPassed')}
            </Notice>
          )}
        </PageHeader>
        <DetailLayout
          asideLabel={t('events.facts')}
          aside={
            <>
              <EventFacts event={event} locale={locale} past={past} />
              {!past && (
                <p className="mt-4">
                  <a href={urls.eventCalendar(event.slug)} download={`${event.slug}.ics`} type="text/calendar">
                    {t('events.addToCalendar')}
                  </a>
                </p>
              )}
              <ThemeTags themes={content.themesOf(event.themes)} locale={locale} />
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
                  <SignupLink doc={event} locale={locale} now={now} />
                </div>
              )}
            </Section>
          )}
        </DetailLayout>
      </article>
    ),
  };
}
