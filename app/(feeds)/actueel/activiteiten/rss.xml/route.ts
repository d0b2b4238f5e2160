import { feedResponse, siteOrigin } from '@/lib/feeds/format';
import { eventsFeed } from '@/lib/feeds';

export function GET(request: Request) {
  return feedResponse(eventsFeed(new URL(request.url), siteOrigin(request)), 'rss', request);
}
