import { currentContent } from '@/lib/content';
import { feedResponse, siteOrigin } from '@/lib/feeds/format';
import { newsFeed } from '@/lib/feeds';

// Atom twin of ../rss.xml: the same items and filters (?thema=, ?jaar=).
export function GET(request: Request) {
  return feedResponse(newsFeed(currentContent(), new URL(request.url), siteOrigin(request)), 'atom', request);
}
