import { feedResponse, siteOrigin } from '@/lib/feeds/format';
import { podcastFeed } from '@/lib/feeds';

export function GET(request: Request) {
  return feedResponse(podcastFeed(new URL(request.url), siteOrigin(request)), 'rss', request);
}
