import { describe, expect, it } from 'vitest';
import { currentContent } from '@/lib/content';
import { urls } from '@/lib/urls';
import { matchRoute, ROUTES, type Match } from './routes';

const match = (address: string) => {
  const url = new URL(address, 'http://localhost');
  return matchRoute(url.pathname, url.searchParams);
};

async function answer(address: string) {
  const m = match(address) as Match;
  if (m.route.kind !== 'file') throw new Error(`${address} is geen bestand`);
  return m.route.answer({ content: currentContent(), now: new Date(), request: new Request(`https://gka.example${address}`), params: m.params });
}

describe('the route table', () => {
  it('has every page in both languages, files only without a language prefix', () => {
    expect(match('/interventies/taalcafe')).toMatchObject({ locale: 'nl', address: '/interventies/taalcafe', params: { slug: 'taalcafe' } });
    expect(match('/en/interventies/taalcafe')).toMatchObject({ locale: 'en', address: '/interventies/taalcafe' });
    expect(match('/en')).toMatchObject({ locale: 'en', address: '/' });
    expect(match('/actueel/nieuws/rss.xml')?.route.kind).toBe('file');
    expect(match('/en/actueel/nieuws/rss.xml')?.route.kind).toBe('page');
    // Next's internal form of a Dutch address: its proxy redirects it.
    expect(match('/nl/themas')).toBeUndefined();
  });

  it('keys a list by its own parameters only, in one order', () => {
    expect(match('/interventies?zzz=1&thema=b&thema=a')?.key).toBe(match('/interventies?thema=a&thema=b')?.key);
    expect(match('/interventies/bundel')?.route.kind).toBe('page');
    expect(match('/interventies/bundel')?.key).toBe('/interventies/bundel');
  });

  it('leaves Next its forms, and finds an unknown sign-up here', () => {
    const content = currentContent();
    const signup = match('/aanmelden/bestaat-niet');
    expect(signup?.route.kind).toBe('guard');
    if (signup?.route.kind === 'guard') expect(signup.route.exists(content, signup.params)).toBe(false);
    // A content page, or Next's form when the content has no page there.
    expect(match('/contact/vraag-stellen')?.route).toMatchObject({ kind: 'page', fallThrough: true });
    expect(match('/beheer')?.route).toMatchObject({ fallThrough: true });
  });

  it('serves /agenda/<slug>.ics as a download and 404s unknown slugs', async () => {
    const slug = 'startbijeenkomst-gka-leernetwerken';
    const ok = (await answer(urls.eventCalendar(slug)))!;
    expect(ok.status).toBe(200);
    expect(ok.headers.get('Content-Type')).toBe('text/calendar; charset=utf-8');
    expect(ok.headers.get('Content-Disposition')).toBe(`attachment; filename="${slug}.ics"`);
    expect((await answer('/agenda/bestaat-niet.ics'))?.status).toBe(404);
    expect((await answer(`/agenda/${slug}`))?.status).toBe(404);
  });

  it('writes the sitemap from the content it is handed', async () => {
    const xml = await (await answer('/sitemap.xml'))!.text();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
    for (const m of currentContent().municipalities) expect(xml).toContain(`${m.url}</loc>`);
  });

  it('lists fixed addresses before the patterns that would take them', () => {
    const patterns = ROUTES.map((r) => r.pattern.pattern);
    expect(patterns.indexOf('/interventies/bundel')).toBeLessThan(patterns.indexOf('/interventies/:slug'));
    expect(patterns.indexOf('/actueel/activiteiten/abonneren')).toBeLessThan(patterns.indexOf('/actueel/activiteiten/:year/:month/:day/:slug'));
    expect(patterns.at(-1)).toBe('/*path');
  });
});
