import { translator } from '@/i18n/translate';
import { DateText } from '@/components/content/DateText';
import { Prose } from '@/components/content/Prose';
import { PageHeader } from '@/components/layout/PageHeader';
import { FeedLink } from '@/components/lists/FeedLink';
import { contentLang, Dutch } from '@/components/ui/Dutch';
import { Link } from '@/components/ui/Link';
import { findBySlug } from '@/lib/content/queries';
import { pageMetadata } from '@/lib/seo/metadata';
import { urls } from '@/lib/urls';
import type { PageView, ViewInput } from './types';

export function podcastPage({ content, locale }: ViewInput): PageView {
  const t = translator(locale);
  return {
    metadata: pageMetadata({
      title: t('podcast.title'),
      description: t('podcast.lead'),
      path: urls.podcastIndex(),
      kind: 'podcast',
      feeds: { 'application/rss+xml': [{ url: urls.podcastRss(), title: t('feeds.podcast') }] },
    }),
    body: (
      <>
        <PageHeader locale={locale} title={t('podcast.title')} trail={[{ label: t('current.title'), href: urls.current() }]} lead={t('podcast.lead')} />
        <div className="container-page mt-8">
          {/* An episode without a known title is a line here and has no page of its own. */}
          <ol className="grid gap-4">
            {content.podcastEpisodeList.map((e) =>
              e.titleKnown ? (
                <li key={e.slug} className="relative rounded-md border border-brand-100 bg-white p-5 shadow-sm hover:border-brand-600">
                  <h2 className="text-lg font-semibold leading-snug">
                    <Link href={e.url} locale={locale} className="after:absolute after:inset-0">
                      {t('podcast.episode', { number: e.number })}: <Dutch locale={locale}>{e.title}</Dutch>
                    </Link>
                  </h2>
                  <p className="mt-2" lang={contentLang(locale)}>
                    {e.description}
                  </p>
                </li>
              ) : (
                <li key={e.slug} className="rounded-md border border-brand-100 px-5 py-3">
                  {t('podcast.episode', { number: e.number })} <span className="text-muted">({t('podcast.titleNotKnown')})</span>
                </li>
              ),
            )}
          </ol>
          <FeedLink feed={urls.podcastRss()} alert={{ address: urls.podcastIndex(), label: t('alerts.link.podcast') }} locale={locale} />
        </div>
      </>
    ),
  };
}

export function episodePage({ content, locale, params }: ViewInput<{ slug: string }>): PageView | undefined {
  const episode = findBySlug(content.podcastEpisodes, params.slug);
  if (!episode) return undefined;
  const t = translator(locale);
  const label = t('podcast.episode', { number: episode.number });
  return {
    metadata: pageMetadata({ title: episode.title, description: episode.description, path: episode.url, kind: 'podcast' }),
    body: (
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
    ),
  };
}
