import type { Metadata } from 'next';
import { translator } from '@/i18n/translate';
import { CardList } from '@/components/content/CardList';
import { PageHeader } from '@/components/layout/PageHeader';
import { urls } from '@/lib/urls';
import { pageMetadata } from '@/lib/seo/metadata';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = translator(locale);
  return pageMetadata({ title: t('current.title'), description: t('current.lead'), path: urls.current(), kind: 'nieuws' });
}

export default async function CurrentPage({ params }: PageProps<'/[locale]/actueel'>) {
  const { locale } = await params;
  const t = translator(locale);
  const sections = [
    ['news', urls.newsIndex()],
    ['events', urls.eventsIndex()],
    ['agendas', urls.agendasIndex()],
    ['podcast', urls.podcastIndex()],
  ] as const;
  return (
    <>
      <PageHeader locale={locale} title={t('current.title')} trail={[]} lead={t('current.lead')} />
      <div className="container-page mt-8">
        <CardList locale={locale} columns={2} items={sections.map(([key, href]) => ({ href, title: t(`current.${key}`), summary: t(`current.${key}Text`) }))} />
      </div>
    </>
  );
}
