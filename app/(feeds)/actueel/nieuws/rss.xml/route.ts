import { currentContent } from '@/lib/content';
import { feedResponse, siteOrigin } from '@/lib/feeds/format';
import { newsFeed } from '@/lib/feeds';

export function GET(request: Request) {
  return feedResponse(newsFeed(currentContent(), new URL(request.url), siteOrigin(request)), 'rss', request);
}
