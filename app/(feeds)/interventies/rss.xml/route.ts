import { rssFeed, rssResponse, siteOrigin } from '@/lib/feeds/format';
import { interventionList } from '@/lib/lists';
import { queryRecord } from '@/lib/http/query';
import { urls } from '@/lib/urls';

export function GET(request: Request) {
  const url = new URL(request.url);
  const { items } = interventionList(queryRecord(url), new Date());
  return rssResponse(
    rssFeed({
      title: 'Interventies van GKA-gemeenten',
      description: 'Interventies uit de GKA-agenda\'s van gemeenten, met de filters van deze selectie. Voorbeeldinhoud is als voorbeeld gemarkeerd.',
      origin: siteOrigin(request),
      pageUrl: `${urls.interventions()}${url.search}`,
      selfUrl: `${url.pathname}${url.search}`,
      items: items.map((i) => ({ title: i.example ? `Voorbeeld: ${i.title}` : i.title, url: i.url, summary: i.summary, date: i.date })),
    }),
  );
}
