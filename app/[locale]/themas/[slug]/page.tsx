import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { CardList } from '@/components/content/CardList';
import { DateText } from '@/components/content/DateText';
import { ExampleBadge } from '@/components/content/Example';
import { Prose } from '@/components/content/Prose';
import { Section } from '@/components/content/Section';
import { PageHeader } from '@/components/layout/PageHeader';
import { contentOnTheme, themeBySlug, themes } from '@/lib/content';
import { urls } from '@/lib/urls';
import { pageMetadata } from '@/lib/metadata';

export const dynamicParams = false;

export function generateStaticParams() {
  return themes.map((t) => ({ slug: t.slug }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/themas/[slug]'>): Promise<Metadata> {
  const theme = themeBySlug((await params).slug);
  if (!theme) return {};
  const t = await getTranslations('feeds');
  return pageMetadata({
    title: theme.title,
    description: theme.summary,
    path: theme.url,
    kind: 'themas',
    feeds: {
      'application/rss+xml': [
        { url: urls.newsRss(theme.slug), title: t('themeNews', { theme: theme.title }) },
        { url: urls.publicationsRss(theme.slug), title: t('themePublications', { theme: theme.title }) },
      ],
    },
  });
}

export default async function ThemePage({ params }: PageProps<'/[locale]/themas/[slug]'>) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const theme = themeBySlug(slug);
  if (!theme) notFound();
  const t = await getTranslations();
  const on = contentOnTheme(slug);
  return (
    <>
      <PageHeader
        draft={theme.draft} title={theme.title} trail={[{ label: t('themes.title'), href: urls.themes() }]} lead={theme.summary} />
      <div className="container-page mt-8">
        <Prose doc={theme} />
        {on.interventions.length > 0 && (
          <Section id="interventies" title={`${t('themes.interventions')} (${on.interventions.length})`}>
            <CardList
              headingLevel={3}
              columns={2}
              items={on.interventions.map((i) => ({ href: i.url, title: i.title, summary: i.summary, badge: i.example ? <ExampleBadge /> : undefined }))}
            />
          </Section>
        )}
        {on.agendas.length > 0 && (
          <Section id="agendas" title={t('themes.agendas')}>
            <CardList headingLevel={3} items={on.agendas.map((a) => ({ href: a.url, title: a.title, summary: a.summary }))} />
          </Section>
        )}
        {on.news.length > 0 && (
          <Section id="nieuws" title={t('themes.news')}>
            <CardList headingLevel={3} items={on.news.map((n) => ({ href: n.url, title: n.title, meta: <DateText value={n.date} locale={locale} />, summary: n.summary }))} />
          </Section>
        )}
        {on.publications.length > 0 && (
          <Section id="publicaties" title={t('themes.publications')}>
            <CardList headingLevel={3} items={on.publications.map((p) => ({ href: p.url, title: p.title, meta: <DateText value={p.date} locale={locale} />, summary: p.summary }))} />
          </Section>
        )}
        {on.events.length > 0 && (
          <Section id="activiteiten" title={t('themes.events')}>
            <CardList headingLevel={3} items={on.events.map((e) => ({ href: e.url, title: e.title, meta: <DateText value={e.start} locale={locale} long />, summary: e.summary }))} />
          </Section>
        )}
        {on.municipalities.length > 0 && (
          <Section id="gemeenten" title={t('themes.municipalities')}>
            <ul className="flex flex-wrap gap-x-4 gap-y-2">
              {on.municipalities.map((m) => (
                <li key={m.slug}>
                  <Link href={m.url}>{m.title}</Link>
                </li>
              ))}
            </ul>
          </Section>
        )}
      </div>
    </>
  );
}
