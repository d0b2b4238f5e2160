import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { translator } from '@/i18n/translate';
import { DateText } from '@/components/content/DateText';
import { Prose } from '@/components/content/Prose';
import { PageHeader } from '@/components/layout/PageHeader';
import { built } from '@/lib/content';
import { findBySlug } from '@/lib/content/queries';
import { urls } from '@/lib/urls';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = PageProps<'/[locale]/actueel/podcast/[slug]'>;

export const dynamicParams = false;

// Scheduled documents too: the production server holds them back until their publishDate.
export function generateStaticParams() {
  return built.podcastEpisodes.map((e) => ({ slug: e.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const episode = findBySlug(built.podcastEpisodes, (await params).slug);
  return episode ? pageMetadata({ title: episode.title, description: episode.description, path: episode.url, kind: 'podcast' }) : {};
}

export default async function EpisodePage({ params }: Props) {
  const { locale, slug } = await params;
  const episode = findBySlug(built.podcastEpisodes, slug);
  if (!episode) notFound();
  const t = translator(locale);
  const label = t('podcast.episode', { number: episode.number });
  return (
    <article>
      <PageHeader
        locale={locale}
        draft={episode.draft}
        // The title joins the interface's episode label to the episode's name; the lead is content.
        dutch="lead"
        title={`${label}: ${episode.title}`}
        trail={[
          { label: t('current.title'), href: urls.current() },
          { label: t('podcast.title'), href: urls.podcastIndex() },
        ]}
        meta={
          episode.date ? (
            <>
              {t('common.published')} <DateText value={episode.date!} locale={locale} long />
            </>
          ) : undefined
        }
        lead={episode.description}
      />
      <div className="container-page mt-8 space-y-6">
        {episode.audio && (
          <figure>
            <figcaption className="mb-2 font-semibold">{t('podcast.listen')}</figcaption>
            <audio controls preload="none" src={episode.audio} className="w-full max-w-xl" />
          </figure>
        )}
        <Prose doc={episode} />
      </div>
    </article>
  );
}
