import { currentContent } from '@/lib/content';
import { feedResponse, siteOrigin } from '@/lib/feeds/format';
import { interventionsFeed } from '@/lib/feeds';

export function GET(request: Request) {
  return feedResponse(interventionsFeed(currentContent(), new URL(request.url), siteOrigin(request)), 'rss', request);
}
