import { Notice } from '@/components/ui/Notice';
import { GKA_MAILBOX } from '@/lib/site';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { translator } from '@/i18n/translate';
import { CardList } from '@/components/content/CardList';
import { DateText } from '@/components/content/DateText';
import { Prose } from '@/components/content/Prose';
import { Section } from '@/components/content/Section';
import { Published } from '@/components/content/Published';
import { PageHeader } from '@/components/layout/PageHeader';
import { built, news, themesOf } from '@/lib/content';
import { findBySlug } from '@/lib/content/queries';
import { publicationFeedLinks } from '@/lib/feeds/links';
import { formatBytes } from '@/lib/format';
import { urls } from '@/lib/urls';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = PageProps<'/[locale]/publicaties/[slug]'>;
type Download = { title: string; href: string; format: string; bytes: number };

export const dynamicParams = false;

// Scheduled documents too: the production server holds them back until their publishDate.
export function generateStaticParams() {
  return built.publications.map((p) => ({ slug: p.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const p = findBySlug(built.publications, slug);
  return p
    ? pageMetadata({
        title: p.title,
        description: p.summary,
        path: p.url,
        kind: 'publicaties',
        published: p.date,
        feeds: publicationFeedLinks(translator(locale)),
      })
    : {};
}

export default async function PublicationPage({ params }: Props) {
  const { locale, slug } = await params;
  const item = findBySlug(built.publications, slug);
  if (!item) notFound();
  const t = translator(locale);
  const downloads = item.downloads as Download[];
  const related = news.filter((n) => item.relatedNews.includes(n.slug));
  return (
    <article>
      <PageHeader
        locale={locale}
        draft={item.draft}
        dutch
        title={item.title}
        trail={[{ label: t('publications.title'), href: urls.publications() }]}
        meta={<Published date={item.date} themes={themesOf(item.themes)} locale={locale} />}
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
            <Notice as="p">{t.rich('publications.noFiles', { mailbox: GKA_MAILBOX, mail: (chunks) => <a href={`mailto:${GKA_MAILBOX}`}>{chunks}</a> })}</Notice>
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
  );
}
