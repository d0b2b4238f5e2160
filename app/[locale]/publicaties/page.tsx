import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CardList } from '@/components/content/CardList';
import { DateText } from '@/components/content/DateText';
import { PageHeader } from '@/components/layout/PageHeader';
import { publications } from '@/lib/content';
import { publicationFeedLinks } from '@/lib/feed-links';
import { pageMetadata } from '@/lib/metadata';
import { urls } from '@/lib/urls';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return pageMetadata({ title: t('publications.title'), description: t('publications.lead'), path: urls.publications(), kind: 'publicaties', feeds: publicationFeedLinks(t) });
}

export default async function PublicationsPage({ params }: PageProps<'/[locale]/publicaties'>) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('publications');
  return (
    <>
      <PageHeader title={t('title')} trail={[]} lead={t('lead')} />
      <div className="container-page mt-8">
        <CardList items={publications.map((p) => ({ href: p.url, title: p.title, meta: <DateText value={p.date} locale={locale} />, summary: p.summary }))} />
      </div>
    </>
  );
}
