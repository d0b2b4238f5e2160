import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CardList } from '@/components/content/CardList';
import { PageHeader } from '@/components/layout/PageHeader';
import { podcastEpisodes } from '@/lib/content';
import { urls } from '@/lib/urls';
import { pageMetadata } from '@/lib/metadata';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
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
  setRequestLocale(locale);
  const t = await getTranslations();
  return (
    <>
      <PageHeader title={t('podcast.title')} trail={[{ label: t('current.title'), href: urls.current() }]} lead={t('podcast.lead')} />
      <div className="container-page mt-8">
        <CardList
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
