import { describe, expect, it } from 'vitest';
import { breadcrumbList, event, newsArticle, organization, serializeJsonLd } from '@/lib/seo/structured-data';

const ORIGIN = 'https://gka.example';

describe('JSON-LD', () => {
  it('describes the organisation with its mailbox and ministry', () => {
    const org = organization(ORIGIN);
    expect(org).toMatchObject({ '@type': 'Organization', name: 'Gelijke Kansen Alliantie', url: `${ORIGIN}/`, email: 'gelijkekansen@minocw.nl' });
    expect(org.parentOrganization).toMatchObject({ '@type': 'GovernmentOrganization' });
  });

  it('numbers breadcrumbs from 1 and leaves the current page without address', () => {
    const list = breadcrumbList(ORIGIN, [{ name: 'Home', path: '/' }, { name: 'Nieuws', path: '/actueel/nieuws' }, { name: 'Bericht' }]);
    expect(list.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: `${ORIGIN}/` },
      { '@type': 'ListItem', position: 2, name: 'Nieuws', item: `${ORIGIN}/actueel/nieuws` },
      { '@type': 'ListItem', position: 3, name: 'Bericht' },
    ]);
  });

  it('gives a news article its date, absolute address and publisher', () => {
    const a = newsArticle(ORIGIN, { title: 'Titel', summary: 'Samenvatting', date: '2023-03-14', url: '/actueel/nieuws/2023/03/14/titel' });
    expect(a).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Titel',
      datePublished: '2023-03-14',
      url: `${ORIGIN}/actueel/nieuws/2023/03/14/titel`,
      inLanguage: 'nl',
    });
    expect(a.publisher).toMatchObject({ name: 'Gelijke Kansen Alliantie' });
  });

  it('gives an event Amsterdam times, its sessions as sub-events and no made-up place', () => {
    const e = event(ORIGIN, {
      title: 'Leernetwerk',
      summary: 's',
      url: '/actueel/activiteiten/2024/01/25/leernetwerk',
      start: '2024-01-25T16:00',
      end: '2024-01-25T20:00',
      sessions: [
        { title: 'Online intake' },
        { title: 'Eerste', start: '2024-01-25T16:00', end: '2024-01-25T20:00' },
        { title: 'Derde', start: '2024-05-30T16:00', end: '2024-05-30T20:00' },
      ],
    });
    expect(e).toMatchObject({ '@type': 'Event', startDate: '2024-01-25T16:00:00+01:00', endDate: '2024-01-25T20:00:00+01:00' });
    expect(e.location).toBeUndefined();
    expect(e.subEvent).toEqual([
      { '@type': 'Event', name: 'Eerste', startDate: '2024-01-25T16:00:00+01:00', endDate: '2024-01-25T20:00:00+01:00' },
      { '@type': 'Event', name: 'Derde', startDate: '2024-05-30T16:00:00+02:00', endDate: '2024-05-30T20:00:00+02:00' },
    ]);
    const there = event(ORIGIN, { title: 'C', summary: 's', url: '/c', start: '2022-10-31', location: 'Van Nelle Fabriek, Rotterdam', sessions: [] });
    expect(there).toMatchObject({ startDate: '2022-10-31', location: { '@type': 'Place', name: 'Van Nelle Fabriek, Rotterdam' } });
    expect(there.subEvent).toBeUndefined();
  });

  it('cannot be broken out of its script element by content', () => {
    const json = serializeJsonLd({ name: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
