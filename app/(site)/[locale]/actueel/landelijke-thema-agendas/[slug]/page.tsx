import type { Metadata } from 'next';
import { contentLang } from '@/components/ui/Dutch';
import { SignupLink } from '@/components/forms/SignupStatus';
import { notFound } from 'next/navigation';
import { translator } from '@/i18n/translate';
import { CardList } from '@/components/content/CardList';
import { DateText } from '@/components/content/DateText';
import { Facts } from '@/components/content/Facts';
import { Prose } from '@/components/content/Prose';
import { Section } from '@/components/content/Section';
import { ThemeTags } from '@/components/content/ThemeTags';
import { DetailLayout } from '@/components/layout/DetailLayout';
import { PageHeader } from '@/components/layout/PageHeader';
import { built, events, themesOf } from '@/lib/content';
import { findBySlug } from '@/lib/content/queries';
import { urls } from '@/lib/urls';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = PageProps<'/[locale]/actueel/landelijke-thema-agendas/[slug]'>;

export const dynamicParams = false;

// Scheduled documents too: the production server holds them back until their publishDate.
export function generateStaticParams() {
  return built.agendas.map((a) => ({ slug: a.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const agenda = findBySlug(built.agendas, (await params).slug);
  return agenda ? pageMetadata({ title: agenda.title, description: agenda.summary, path: agenda.url, kind: 'agendas' }) : {};
}

export default async function AgendaPage({ params }: Props) {
  const { locale, slug } = await params;
  const agenda = findBySlug(built.agendas, slug);
  if (!agenda) notFound();
  const t = translator(locale);
  const related = events.filter((e) => agenda.relatedEvents.includes(e.slug));
  return (
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
            <ThemeTags locale={locale} themes={themesOf(agenda.themes)} />
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
                <SignupLink doc={agenda} locale={locale} now={new Date()} />
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
  );
}
