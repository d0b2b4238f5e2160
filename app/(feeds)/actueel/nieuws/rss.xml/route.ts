import { feedResponse, siteOrigin } from '@/lib/feeds/format';
import { newsFeed } from '@/lib/feeds';

export function GET(request: Request) {
  return feedResponse(newsFeed(new URL(request.url), siteOrigin(request)), 'rss', request);
}
