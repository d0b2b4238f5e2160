import { feedResponse, siteOrigin } from '@/lib/feeds';
import { podcastFeed } from '@/lib/site-feeds';

export function GET(request: Request) {
  return feedResponse(podcastFeed(new URL(request.url), siteOrigin(request)), 'rss');
}
