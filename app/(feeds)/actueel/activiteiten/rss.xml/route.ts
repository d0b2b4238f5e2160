import { currentContent } from '@/lib/content';
import { feedResponse, siteOrigin } from '@/lib/feeds/format';
import { eventsFeed } from '@/lib/feeds';

export function GET(request: Request) {
  const now = new Date();
  return feedResponse(eventsFeed(currentContent(now), new URL(request.url), siteOrigin(request), now), 'rss', request);
}
