import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CardList } from '@/components/content/CardList';
import { PageHeader } from '@/components/layout/PageHeader';
import { urls } from '@/lib/urls';
import { pageMetadata } from '@/lib/metadata';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('current');
  return pageMetadata({ title: t('title'), description: t('lead'), path: urls.current(), kind: 'nieuws' });
}

export default async function CurrentPage({ params }: PageProps<'/[locale]/actueel'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('current');
  const sections = [
    ['news', urls.newsIndex()],
    ['events', urls.eventsIndex()],
    ['agendas', urls.agendasIndex()],
    ['podcast', urls.podcastIndex()],
  ] as const;
  return (
    <>
      <PageHeader title={t('title')} trail={[]} lead={t('lead')} />
      <div className="container-page mt-8">
        <CardList columns={2} items={sections.map(([key, href]) => ({ href, title: t(key), summary: t(`${key}Text`) }))} />
      </div>
    </>
  );
}
