import type { Metadata } from 'next';
import { translator } from '@/i18n/translate';
import { CardList } from '@/components/content/CardList';
import { DateText } from '@/components/content/DateText';
import { PageHeader } from '@/components/layout/PageHeader';
import { publications } from '@/lib/content';
import { publicationFeedLinks } from '@/lib/feeds/links';
import { pageMetadata } from '@/lib/seo/metadata';
import { urls } from '@/lib/urls';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = translator(locale);
  return pageMetadata({
    title: t('publications.title'),
    description: t('publications.lead'),
    path: urls.publications(),
    kind: 'publicaties',
    feeds: publicationFeedLinks(t),
  });
}

export default async function PublicationsPage({ params }: PageProps<'/[locale]/publicaties'>) {
  const { locale } = await params;
  const t = translator(locale);
  return (
    <>
      <PageHeader locale={locale} title={t('publications.title')} trail={[]} lead={t('publications.lead')} />
      <div className="container-page mt-8">
        <CardList
          locale={locale}
          items={publications.map((p) => ({ href: p.url, title: p.title, meta: <DateText value={p.date} locale={locale} />, summary: p.summary }))}
        />
      </div>
    </>
  );
}
