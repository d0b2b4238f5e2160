import { feedResponse, siteOrigin } from '@/lib/feeds';
import { newsFeed } from '@/lib/site-feeds';

export function GET(request: Request) {
  return feedResponse(newsFeed(new URL(request.url), siteOrigin(request)), 'rss');
}
