import { currentContent } from '@/lib/content';
import { feedResponse, siteOrigin } from '@/lib/feeds/format';
import { publicationsFeed } from '@/lib/feeds';

export function GET(request: Request) {
  return feedResponse(publicationsFeed(currentContent(), new URL(request.url), siteOrigin(request)), 'atom', request);
}
