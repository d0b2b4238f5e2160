import { feedResponse, siteOrigin } from '@/lib/feeds';
import { publicationsFeed } from '@/lib/site-feeds';

export function GET(request: Request) {
  return feedResponse(publicationsFeed(new URL(request.url), siteOrigin(request)), 'atom');
}
