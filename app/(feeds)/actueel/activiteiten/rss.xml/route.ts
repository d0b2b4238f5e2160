import { rssFeed, rssResponse, siteOrigin } from '@/lib/feeds/format';
import { eventList } from '@/lib/lists';
import { queryRecord } from '@/lib/http/query';
import { urls } from '@/lib/urls';

export function GET(request: Request) {
  const url = new URL(request.url);
  const { upcoming, past } = eventList(queryRecord(url), new Date());
  return rssResponse(
    rssFeed({
      title: 'Activiteiten van de Gelijke Kansen Alliantie',
      description: 'Bijeenkomsten, leernetwerken en conferenties van de GKA, met de filters van deze selectie.',
      origin: siteOrigin(request),
      pageUrl: `${urls.eventsIndex()}${url.search}`,
      selfUrl: `${url.pathname}${url.search}`,
      items: [...upcoming, ...past].map((e) => ({ title: e.title, url: e.url, summary: e.summary, date: e.start })),
    }),
  );
}
