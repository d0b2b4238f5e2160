// <link rel="alternate"> for the publication feeds, shared by the list and every publication page.
// Kept apart from lib/feeds/format.ts so page metadata does not load the feed-building package.
import { urls } from '../urls';

export function publicationFeedLinks(t: (key: 'feeds.publicationsRss' | 'feeds.publicationsAtom') => string) {
  return {
    'application/rss+xml': [{ url: urls.publicationsRss(), title: t('feeds.publicationsRss') }],
    'application/atom+xml': [{ url: urls.publicationsAtom(), title: t('feeds.publicationsAtom') }],
  };
}
