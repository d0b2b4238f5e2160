import type { Metadata } from 'next';
import { translator } from '@/i18n/translate';
import { PageHeader } from '@/components/layout/PageHeader';
import { Link } from '@/components/ui/Link';
import { contentLang, Dutch } from '@/components/ui/Dutch';
import { podcastEpisodeList } from '@/lib/content';
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
        {/* An episode without a known title is a line here and has no page of its own. */}
        <ol className="grid gap-4">
          {podcastEpisodeList.map((e) =>
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
      </div>
    </>
  );
}
