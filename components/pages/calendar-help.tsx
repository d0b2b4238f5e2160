import { translator } from '@/i18n/translate';
import { Section } from '@/components/content/Section';
import { PageHeader } from '@/components/layout/PageHeader';
import { pageMetadata } from '@/lib/seo/metadata';
import { configuredOrigin, localized, urls } from '@/lib/urls';
import type { PageView, ViewInput } from './types';

/** How to subscribe to the calendar feed (/agenda.ics) in the common calendar apps (issue 25). */
export function calendarHelpPage({ locale }: ViewInput): PageView {
  const t = translator(locale);
  const origin = configuredOrigin();
  const address = `${origin}${urls.calendarFeed()}`;
  return {
    metadata: pageMetadata({
      title: t('calendarHelp.title'),
      description: t('calendarHelp.lead'),
      path: localized(urls.calendarHelp(), locale),
      kind: 'activiteiten',
    }),
    body: (
      <>
        <PageHeader
          locale={locale}
          title={t('calendarHelp.title')}
          trail={[
            { label: t('current.title'), href: urls.current() },
            { label: t('events.title'), href: urls.eventsIndex() },
          ]}
          lead={t('calendarHelp.lead')}
        />
        <div className="container-page mt-8 max-w-3xl">
          <Section id="adres" title={t('calendarHelp.address')} className="mt-0">
            <p className="mt-3">{t('calendarHelp.addressHint')}</p>
            <p className="mt-3 rounded bg-brand-50 px-3 py-2 font-mono text-base break-all">{address}</p>
            <ul className="mt-4 space-y-2 font-semibold">
              <li>
                <a href={urls.calendarSubscription(origin)}>{t('calendarHelp.subscribe')}</a>
              </li>
              <li>
                <a href={urls.calendarFeed()} download="agenda.ics" type="text/calendar">
                  {t('calendarHelp.download')}
                </a>
              </li>
            </ul>
          </Section>
          {(['outlook', 'google', 'apple'] as const).map((app) => (
            <Section key={app} id={app} title={t(`calendarHelp.${app}Title`)}>
              <p className="mt-3">{t(`calendarHelp.${app}`)}</p>
            </Section>
          ))}
          <p className="mt-10">{t('calendarHelp.stop')}</p>
        </div>
      </>
    ),
  };
}
