import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { translator } from '@/i18n/translate';
import { Prose } from '@/components/content/Prose';
import { Published } from '@/components/content/Published';
import { PageHeader } from '@/components/layout/PageHeader';
import { built, municipalitiesOf, themesOf } from '@/lib/content';
import { findByDateAndSlug } from '@/lib/content/queries';
import { configuredOrigin, urls } from '@/lib/urls';
import { pageMetadata } from '@/lib/seo/metadata';
import { JsonLd } from '@/components/seo/JsonLd';
import { newsArticle } from '@/lib/seo/structured-data';
import { LinkRow } from '@/components/content/LinkRow';

type Props = PageProps<'/[locale]/actueel/nieuws/[year]/[month]/[day]/[slug]'>;

export const dynamicParams = false;

// Scheduled documents too: the production server holds them back until their publishDate.
export function generateStaticParams() {
  return built.news.map((n) => {
    const [year, month, day] = n.date.split('-');
    return { year, month, day, slug: n.slug };
  });
}

async function find(params: Props['params']) {
  const { year, month, day, slug } = await params;
  return findByDateAndSlug(built.news, (n) => n.date, { year, month, day }, slug);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const item = await find(params);
  return item ? pageMetadata({ title: item.title, description: item.summary, path: item.url, kind: 'nieuws', published: item.date }) : {};
}

export default async function NewsPage({ params }: Props) {
  const { locale } = await params;
  const item = await find(params);
  if (!item) notFound();
  const t = translator(locale);
  const mentioned = municipalitiesOf(item.municipalities);
  return (
    <article>
      <JsonLd data={newsArticle(configuredOrigin(), item)} />
      <PageHeader
        locale={locale}
        draft={item.draft}
        dutch
        title={item.title}
        trail={[
          { label: t('current.title'), href: urls.current() },
          { label: t('news.title'), href: urls.newsIndex() },
        ]}
        meta={<Published date={item.date} themes={themesOf(item.themes)} locale={locale} />}
        lead={item.summary}
      />
      <div className="container-page mt-8">
        <Prose doc={item} />
        {mentioned.length > 0 && (
          <aside aria-labelledby="gemeenten-title" className="mt-10 max-w-3xl border-t border-brand-100 pt-6">
            <h2 id="gemeenten-title" className="text-lg font-bold text-brand-900">
              {t('news.related')}
            </h2>
            <LinkRow locale={locale} items={mentioned} className="mt-3" />
          </aside>
        )}
      </div>
    </article>
  );
}
