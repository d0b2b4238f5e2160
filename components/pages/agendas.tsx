import { translator } from '@/i18n/translate';
import { CardList } from '@/components/content/CardList';
import { DateText } from '@/components/content/DateText';
import { Facts } from '@/components/content/Facts';
import { Prose } from '@/components/content/Prose';
import { Section } from '@/components/content/Section';
import { ThemeTags } from '@/components/content/ThemeTags';
import { SignupLink } from '@/components/forms/SignupStatus';
import { DetailLayout } from '@/components/layout/DetailLayout';
import { PageHeader } from '@/components/layout/PageHeader';
import { contentLang } from '@/components/ui/Dutch';
import { findBySlug } from '@/lib/content/queries';
import { pageMetadata } from '@/lib/seo/metadata';
import { urls } from '@/lib/urls';
import type { PageView, ViewInput } from './types';

export function agendasPage({ content, locale }: ViewInput): PageView {
  const t = translator(locale);
  return {
    metadata: pageMetadata({ title: t('agendas.title'), description: t('agendas.lead'), path: urls.agendasIndex(), kind: 'agendas' }),
    body: (
      <>
        <PageHeader locale={locale} title={t('agendas.title')} trail={[{ label: t('current.title'), href: urls.current() }]} lead={t('agendas.lead')} />
        <div className="container-page mt-8">
          <CardList locale={locale} columns={3} items={content.agendas.map((a) => ({ href: a.url, title: a.title, summary: a.summary, meta: a.period }))} />
        </div>
      </>
    ),
  };
}

export function agendaPage({ content, locale, now, params }: ViewInput<{ slug: string }>): PageView | undefined {
  const agenda = findBySlug(content.agendas, params.slug);
  if (!agenda) return undefined;
  const t = translator(locale);
  const related = content.events.filter((e) => agenda.relatedEvents.includes(e.slug));
  return {
    metadata: pageMetadata({ title: agenda.title, description: agenda.summary, path: agenda.url, kind: 'agendas' }),
    body: (
      <article>
        <PageHeader
          locale={locale}
          draft={agenda.draft}
          dutch
          title={agenda.title}
          trail={[
            { label: t('current.title'), href: urls.current() },
            { label: t('agendas.title'), href: urls.agendasIndex() },
          ]}
          lead={agenda.summary}
        />
        <DetailLayout
          aside={
            <>
              <Facts
                facts={[
                  { term: t('agendas.aim'), value: agenda.aim, lang: contentLang(locale) },
                  { term: t('agendas.period'), value: agenda.period, lang: contentLang(locale) },
                  { term: t('agendas.partners'), value: agenda.partners.join(', '), lang: contentLang(locale) },
                ]}
              />
              <ThemeTags locale={locale} themes={content.themesOf(agenda.themes)} />
            </>
          }
        >
          {/* One call to action, before the text: who can join, and how. */}
          <Section id="meedoen" title={t('agendas.howToJoin')} className="mt-0">
            <div className="max-w-3xl space-y-3">
              <p className="font-semibold">{agenda.status}</p>
              {agenda.openToNonGka && <p>{t('agendas.openToAll')}</p>}
              {agenda.registration?.form ? (
                <>
                  <p>{agenda.registration.how}</p>
                  <SignupLink doc={agenda} locale={locale} now={now} />
                </>
              ) : (
                <p>{agenda.howToJoin}</p>
              )}
            </div>
          </Section>
          <div className="mt-10">
            <Prose doc={agenda} />
          </div>
          <Section id="instrumenten" title={t('agendas.instruments')}>
            <ul className="max-w-3xl list-disc space-y-1 pl-6">
              {agenda.instruments.map((i) => (
                <li key={i}>{i}</li>
              ))}
            </ul>
          </Section>
          {related.length > 0 && (
            <Section id="activiteiten" title={t('agendas.relatedEvents')}>
              <CardList
                locale={locale}
                headingLevel={3}
                items={related.map((e) => ({ href: e.url, title: e.title, meta: <DateText value={e.start} locale={locale} long /> }))}
              />
            </Section>
          )}
        </DetailLayout>
      </article>
    ),
  };
}
