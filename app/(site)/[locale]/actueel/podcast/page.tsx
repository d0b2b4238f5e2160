import type { Metadata } from 'next';
import { translator } from '@/i18n/translate';
import { CardList } from '@/components/content/CardList';
import { PageHeader } from '@/components/layout/PageHeader';
import { podcastEpisodes } from '@/lib/content';
import { urls } from '@/lib/urls';
import { pageMetadata } from '@/lib/seo/metadata';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = translator(locale);
  return pageMetadata({
    title: t('podcast.title'),
    description: t('podcast.lead'),
    path: urls.podcastIndex(),
    kind: 'podcast',
    feeds: { 'application/rss+xml': [{ url: urls.podcastRss(), title: t('feeds.podcast') }] },
  });
}

export default async function PodcastPage({ params }: PageProps<'/[locale]/actueel/podcast'>) {
  const { locale } = await params;
  const t = translator(locale);
  return (
    <>
      <PageHeader locale={locale} title={t('podcast.title')} trail={[{ label: t('current.title'), href: urls.current() }]} lead={t('podcast.lead')} />
      <div className="container-page mt-8">
        <CardList
          locale={locale}
          items={podcastEpisodes.map((e) => ({
            href: e.url,
            title: e.titleKnown ? `${t('podcast.episode', { number: e.number })}: ${e.title}` : t('podcast.episode', { number: e.number }),
            summary: e.description,
          }))}
        />
      </div>
    </>
  );
}
