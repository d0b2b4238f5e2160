import { audienceLabel } from '@/lib/labels';
import { contentLang } from '@/components/ui/Dutch';
import { translator } from '@/i18n/translate';
import { DateText } from '@/components/content/DateText';
import { Facts } from '@/components/content/Facts';
import { formatTimeRange } from '@/lib/dates';
import type { Event } from '@/lib/content';

/** The "Activiteitendata" block: Datum / Tijd / Locatie / Voor wie, as on the existing site. */
export function EventFacts({ event, locale, past }: { event: Event; locale: string; past: boolean }) {
  const t = translator(locale);
  const sameDay = !event.end || event.end.slice(0, 10) === event.start.slice(0, 10);
  return (
    <Facts
      id="activiteitendata"
      title={t('events.facts')}
      facts={[
        {
          term: t('events.date'),
          value: sameDay ? (
            <DateText value={event.start} locale={locale} long />
          ) : (
            <>
              <DateText value={event.start} locale={locale} long /> – <DateText value={event.end!} locale={locale} long />
            </>
          ),
        },
        // "Nog niet bekend" only while it can still become known; a past event leaves the row out.
        { term: t('events.time'), value: formatTimeRange(event.start, event.end) ?? (past ? undefined : t('common.notKnown')) },
        {
          term: t('events.location'),
          value: event.location ?? (past ? undefined : t('common.notKnown')),
          lang: event.location ? contentLang(locale) : undefined,
        },
        { term: t('events.audience'), value: event.audience.map((a) => audienceLabel(a, locale)).join(', ') },
      ]}
    />
  );
}
