import { translator } from '@/i18n/translate';
import { CardList } from '@/components/content/CardList';
import { PageHeader } from '@/components/layout/PageHeader';
import { pageMetadata } from '@/lib/seo/metadata';
import { urls } from '@/lib/urls';
import type { PageView, ViewInput } from './types';

/** /actueel: the way to news, events, agendas and the podcast. */
export function currentPage({ locale }: ViewInput): PageView {
  const t = translator(locale);
  const sections = [
    ['news', urls.newsIndex()],
    ['events', urls.eventsIndex()],
    ['agendas', urls.agendasIndex()],
    ['podcast', urls.podcastIndex()],
  ] as const;
  return {
    metadata: pageMetadata({ title: t('current.title'), description: t('current.lead'), path: urls.current(), kind: 'nieuws' }),
    body: (
      <>
        <PageHeader locale={locale} title={t('current.title')} trail={[]} lead={t('current.lead')} />
        <div className="container-page mt-8">
          <CardList
            locale={locale}
            columns={2}
            items={sections.map(([key, href]) => ({ href, title: t(`current.${key}`), summary: t(`current.${key}Text`) }))}
          />
        </div>
      </>
    ),
  };
}
