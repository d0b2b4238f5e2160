import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { translator } from '@/i18n/translate';
import { CardList } from '@/components/content/CardList';
import { DateText } from '@/components/content/DateText';
import { Prose } from '@/components/content/Prose';
import { Section } from '@/components/content/Section';
import { RELATED_MAX, SeeAll } from '@/components/lists/SeeAll';
import { PageHeader } from '@/components/layout/PageHeader';
import { findBySlug } from '@/lib/content/queries';
import { built, contentOnTheme } from '@/lib/content';
import { urls } from '@/lib/urls';
import { pageMetadata } from '@/lib/seo/metadata';
import { LinkRow } from '@/components/content/LinkRow';

export const dynamicParams = false;

// Scheduled documents too: the production server holds them back until their publishDate.
export function generateStaticParams() {
  return built.themes.map((t) => ({ slug: t.slug }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/themas/[slug]'>): Promise<Metadata> {
  const { locale, slug } = await params;
  const theme = findBySlug(built.themes, slug);
  if (!theme) return {};
  const t = translator(locale);
  return pageMetadata({
    title: theme.title,
    description: theme.summary,
    path: theme.url,
    kind: 'themas',
    feeds: {
      'application/rss+xml': [
        { url: urls.newsRss(theme.slug), title: t('feeds.themeNews', { theme: theme.title }) },
        { url: urls.publicationsRss(theme.slug), title: t('feeds.themePublications', { theme: theme.title }) },
      ],
    },
  });
}

export default async function ThemePage({ params }: PageProps<'/[locale]/themas/[slug]'>) {
  const { locale, slug } = await params;
  const theme = findBySlug(built.themes, slug);
  if (!theme) notFound();
  const t = translator(locale);
  const on = contentOnTheme(slug);
  return (
    <>
      <PageHeader
        locale={locale}
        draft={theme.draft}
        dutch
        title={theme.title}
        trail={[{ label: t('themes.title'), href: urls.themes() }]}
        lead={theme.summary}
      />
      <div className="container-page mt-8">
        <Prose doc={theme} />
        {on.interventions.length > 0 && (
          <Section id="interventies" title={`${t('themes.interventions')} (${on.interventions.length})`}>
            <CardList
              locale={locale}
              headingLevel={3}
              columns={2}
              items={on.interventions.slice(0, RELATED_MAX).map((i) => ({ href: i.url, title: i.title, summary: i.summary }))}
            />
            <SeeAll
              count={on.interventions.length}
              href={urls.interventions({ thema: slug })}
              label={t('common.seeAllInterventions', { count: on.interventions.length })}
              locale={locale}
            />
          </Section>
        )}
        {on.agendas.length > 0 && (
          <Section id="agendas" title={t('themes.agendas')}>
            <CardList locale={locale} headingLevel={3} items={on.agendas.map((a) => ({ href: a.url, title: a.title, summary: a.summary }))} />
          </Section>
        )}
        {on.news.length > 0 && (
          <Section id="nieuws" title={t('themes.news')}>
            <CardList
              locale={locale}
              headingLevel={3}
              items={on.news
                .slice(0, RELATED_MAX)
                .map((n) => ({ href: n.url, title: n.title, meta: <DateText value={n.date} locale={locale} />, summary: n.summary }))}
            />
            <SeeAll count={on.news.length} href={urls.newsIndex({ thema: slug })} label={t('common.seeAllNews', { count: on.news.length })} locale={locale} />
          </Section>
        )}
        {on.publications.length > 0 && (
          <Section id="publicaties" title={t('themes.publications')}>
            <CardList
              locale={locale}
              headingLevel={3}
              items={on.publications
                .slice(0, RELATED_MAX)
                .map((p) => ({ href: p.url, title: p.title, meta: <DateText value={p.date} locale={locale} />, summary: p.summary }))}
            />
            <SeeAll
              count={on.publications.length}
              href={urls.search({ type: 'publicatie', thema: slug })}
              label={t('common.seeAll', { count: on.publications.length })}
              locale={locale}
            />
          </Section>
        )}
        {on.events.length > 0 && (
          <Section id="activiteiten" title={t('themes.events')}>
            <CardList
              locale={locale}
              headingLevel={3}
              items={on.events
                .slice(0, RELATED_MAX)
                .map((e) => ({ href: e.url, title: e.title, meta: <DateText value={e.start} locale={locale} long />, summary: e.summary }))}
            />
            <SeeAll
              count={on.events.length}
              href={urls.search({ type: 'activiteit', thema: slug })}
              label={t('common.seeAll', { count: on.events.length })}
              locale={locale}
            />
          </Section>
        )}
        {on.municipalities.length > 0 && (
          <Section id="gemeenten" title={t('themes.municipalities')}>
            <LinkRow locale={locale} items={on.municipalities} />
          </Section>
        )}
      </div>
    </>
  );
}
