import { feedResponse, siteOrigin } from '@/lib/feeds/format';
import { publicationsFeed } from '@/lib/feeds';

export function GET(request: Request) {
  return feedResponse(publicationsFeed(new URL(request.url), siteOrigin(request)), 'atom', request);
}
