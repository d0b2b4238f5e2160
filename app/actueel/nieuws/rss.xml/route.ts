import { rssFeed, rssResponse, siteOrigin } from '@/lib/feeds';
import { newsList } from '@/lib/lists';
import { queryRecord } from '@/lib/search-params';
import { urls } from '@/lib/urls';

export function GET(request: Request) {
  const url = new URL(request.url);
  const { items } = newsList(queryRecord(url));
  return rssResponse(
    rssFeed({
      title: 'Nieuws van de Gelijke Kansen Alliantie',
      description: 'Nieuwsberichten van de Gelijke Kansen Alliantie (GKA), met de filters van deze selectie.',
      origin: siteOrigin(request),
      pageUrl: `${urls.newsIndex()}${url.search}`,
      selfUrl: `${url.pathname}${url.search}`,
      items: items.map((n) => ({ title: n.title, url: n.url, summary: n.summary, date: n.date })),
    }),
  );
}
