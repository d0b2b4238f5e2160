import { translator } from '@/i18n/translate';
import { CardList } from '@/components/content/CardList';
import { DateText } from '@/components/content/DateText';
import { Prose } from '@/components/content/Prose';
import { Published } from '@/components/content/Published';
import { Section } from '@/components/content/Section';
import { PageHeader } from '@/components/layout/PageHeader';
import { FeedLink } from '@/components/lists/FeedLink';
import { Notice } from '@/components/ui/Notice';
import { findBySlug } from '@/lib/content/queries';
import { publicationFeedLinks } from '@/lib/feeds/links';
import { formatBytes } from '@/lib/format';
import { pageMetadata } from '@/lib/seo/metadata';
import { GKA_MAILBOX } from '@/lib/site';
import { urls } from '@/lib/urls';
import type { PageView, ViewInput } from './types';

type Download = { title: string; href: string; format: string; bytes: number };

export function publicationsPage({ content, locale }: ViewInput): PageView {
  const t = translator(locale);
  return {
    metadata: pageMetadata({
      title: t('publications.title'),
      description: t('publications.lead'),
      path: urls.publications(),
      kind: 'publicaties',
      feeds: publicationFeedLinks(t),
    }),
    body: (
      <>
        <PageHeader locale={locale} title={t('publications.title')} trail={[]} lead={t('publications.lead')} />
        <div className="container-page mt-8">
          <CardList
            locale={locale}
            items={content.publications.map((p) => ({ href: p.url, title: p.title, meta: <DateText value={p.date} locale={locale} />, summary: p.summary }))}
          />
          <FeedLink feed={urls.publicationsRss()} alert={{ address: urls.publications(), label: t('alerts.link.publications') }} locale={locale} />
        </div>
      </>
    ),
  };
}

export function publicationPage({ content, locale, params }: ViewInput<{ slug: string }>): PageView | undefined {
  const item = findBySlug(content.publications, params.slug);
  if (!item) return undefined;
  const t = translator(locale);
  const downloads = item.downloads as Download[];
  const related = content.news.filter((n) => item.relatedNews.includes(n.slug));
  return {
    metadata: pageMetadata({
      title: item.title,
      description: item.summary,
      path: item.url,
      kind: 'publicaties',
      published: item.date,
      feeds: publicationFeedLinks(t),
    }),
    body: (
      <article>
        <PageHeader
          locale={locale}
          draft={item.draft}
          dutch
          title={item.title}
          trail={[{ label: t('publications.title'), href: urls.publications() }]}
          meta={<Published date={item.date} themes={content.themesOf(item.themes)} locale={locale} />}
          lead={item.summary}
        />
        <div className="container-page mt-8">
          <Section id="downloads" title={t('publications.files')} className="mt-0">
            {downloads.length > 0 ? (
              <ul className="space-y-2">
                {downloads.map((d) => (
                  <li key={d.href}>
                    <a href={d.href} download>
                      {t('publications.download', { title: d.title, format: d.format, size: formatBytes(d.bytes, locale) })}
                    </a>
                  </li>
                ))}
              </ul>
            ) : (
              // The only place the page says so: the body does not repeat it (issue 25).
              <Notice as="p">
                {t.rich('publications.noFiles', { mailbox: GKA_MAILBOX, mail: (chunks) => <a href={`mailto:${GKA_MAILBOX}`}>{chunks}</a> })}
              </Notice>
            )}
          </Section>
          <div className="mt-10">
            <Prose doc={item} />
          </div>
          {related.length > 0 && (
            <Section id="nieuws" title={t('publications.relatedNews')}>
              <CardList
                locale={locale}
                headingLevel={3}
                items={related.map((n) => ({ href: n.url, title: n.title, meta: <DateText value={n.date} locale={locale} /> }))}
              />
            </Section>
          )}
        </div>
      </article>
    ),
  };
}
