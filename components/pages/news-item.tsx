import { translator } from '@/i18n/translate';
import { LinkRow } from '@/components/content/LinkRow';
import { Prose } from '@/components/content/Prose';
import { Published } from '@/components/content/Published';
import { PageHeader } from '@/components/layout/PageHeader';
import { JsonLd } from '@/components/seo/JsonLd';
import { findByDateAndSlug } from '@/lib/content/queries';
import { pageMetadata } from '@/lib/seo/metadata';
import { newsArticle } from '@/lib/seo/structured-data';
import { configuredOrigin, urls } from '@/lib/urls';
import type { PageView, ViewInput } from './types';

export type DatedSlug = { year: string; month: string; day: string; slug: string };

export function newsItemPage({ content, locale, params }: ViewInput<DatedSlug>): PageView | undefined {
  const { slug, ...date } = params;
  const item = findByDateAndSlug(content.news, (n) => n.date, date, slug);
  if (!item) return undefined;
  const t = translator(locale);
  const mentioned = content.municipalitiesOf(item.municipalities);
  return {
    metadata: pageMetadata({ title: item.title, description: item.summary, path: item.url, kind: 'nieuws', published: item.date }),
    body: (
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
          meta={<Published date={item.date} themes={content.themesOf(item.themes)} locale={locale} />}
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
    ),
  };
}
