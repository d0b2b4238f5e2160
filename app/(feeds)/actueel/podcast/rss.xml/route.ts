import { currentContent } from '@/lib/content';
import { feedResponse, siteOrigin } from '@/lib/feeds/format';
import { podcastFeed } from '@/lib/feeds';

export function GET(request: Request) {
  return feedResponse(podcastFeed(currentContent(), new URL(request.url), siteOrigin(request)), 'rss', request);
}
