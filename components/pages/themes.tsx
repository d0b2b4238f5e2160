import { translator } from '@/i18n/translate';
import { CardList } from '@/components/content/CardList';
import { DateText } from '@/components/content/DateText';
import { LinkRow } from '@/components/content/LinkRow';
import { Prose } from '@/components/content/Prose';
import { Section } from '@/components/content/Section';
import { PageHeader } from '@/components/layout/PageHeader';
import { FeedLink } from '@/components/lists/FeedLink';
import { RELATED_MAX, SeeAll } from '@/components/lists/SeeAll';
import { countBy, findBySlug } from '@/lib/content/queries';
import { pageMetadata } from '@/lib/seo/metadata';
import { urls } from '@/lib/urls';
import type { PageView, ViewInput } from './types';

export function themesPage({ content, locale }: ViewInput): PageView {
  const t = translator(locale);
  const counts = countBy(content.interventions, (i) => i.themes);
  return {
    metadata: pageMetadata({ title: t('themes.title'), description: t('themes.lead'), path: urls.themes(), kind: 'themas' }),
    body: (
      <>
        <PageHeader locale={locale} title={t('themes.title')} trail={[]} lead={t('themes.lead')} />
        <div className="container-page mt-8">
          <CardList
            locale={locale}
            columns={2}
            items={content.themes.map((theme) => ({
              href: theme.url,
              title: theme.title,
              summary: theme.summary,
              meta: t('interventions.count', { count: counts.get(theme.slug) ?? 0 }),
            }))}
          />
        </div>
      </>
    ),
  };
}

export function themePage({ content, locale, params }: ViewInput<{ slug: string }>): PageView | undefined {
  const { slug } = params;
  const theme = findBySlug(content.themes, slug);
  if (!theme) return undefined;
  const t = translator(locale);
  const on = content.contentOnTheme(slug);
  return {
    metadata: pageMetadata({
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
    }),
    body: (
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
          <FeedLink alert={{ address: theme.url, label: t('alerts.link.theme') }} locale={locale} />
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
    ),
  };
}
