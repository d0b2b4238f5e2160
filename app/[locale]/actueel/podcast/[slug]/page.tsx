import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DateText } from '@/components/content/DateText';
import { Prose } from '@/components/content/Prose';
import { PageHeader } from '@/components/layout/PageHeader';
import { podcastEpisodes } from '@/lib/content';
import { findBySlug } from '@/lib/content/queries';
import { urls } from '@/lib/urls';
import { pageMetadata } from '@/lib/metadata';

type Props = PageProps<'/[locale]/actueel/podcast/[slug]'>;

export const dynamicParams = false;

export function generateStaticParams() {
  return podcastEpisodes.map((e) => ({ slug: e.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const episode = findBySlug(podcastEpisodes, (await params).slug);
  return episode ? pageMetadata({ title: episode.title, description: episode.description, path: episode.url, kind: 'podcast' }) : {};
}

export default async function EpisodePage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const episode = findBySlug(podcastEpisodes, slug);
  if (!episode) notFound();
  const t = await getTranslations();
  const label = t('podcast.episode', { number: episode.number });
  return (
    <article>
      <PageHeader
        draft={episode.draft}
        title={episode.titleKnown ? `${label}: ${episode.title}` : label}
        trail={[
          { label: t('current.title'), href: urls.current() },
          { label: t('podcast.title'), href: urls.podcastIndex() },
        ]}
        meta={episode.date ? <>{t('common.published')} <DateText value={episode.date!} locale={locale} long /></> : undefined}
        lead={episode.description}
      />
      <div className="container-page mt-8 space-y-6">
        {!episode.titleKnown && <p className="text-muted">{t('podcast.titleUnknown')}</p>}
        {episode.audio ? (
          <figure>
            <figcaption className="mb-2 font-semibold">{t('podcast.listen')}</figcaption>
            <audio controls preload="none" src={episode.audio} className="w-full max-w-xl" />
          </figure>
        ) : (
          <p className="text-muted">{t('podcast.noAudio')}</p>
        )}
        <Prose doc={episode} />
      </div>
    </article>
  );
}
