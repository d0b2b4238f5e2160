import { expect, test, type APIRequestContext } from '@playwright/test';
import { PAGE_TYPES } from './pages';

// Search engines and social media: what they read from the HTML head and the sitemap.

const pathOf = (url: string) => new URL(url).pathname;

async function jsonLd(html: string): Promise<Record<string, unknown>[]> {
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((m) => JSON.parse(m[1]));
}

async function expectPng(request: APIRequestContext, url: string) {
  const response = await request.get(pathOf(url));
  expect(response.status(), url).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
}

for (const [type, path] of Object.entries(PAGE_TYPES)) {
  test(`${type}: canonical address, Open Graph, Twitter and breadcrumbs as JSON-LD`, async ({ request }) => {
    const html = await (await request.get(path)).text();
    const attr = (pattern: RegExp) => pattern.exec(html)?.[1];
    expect(pathOf(attr(/<link rel="canonical" href="([^"]+)"/)!)).toBe(path);
    expect(pathOf(attr(/<meta property="og:url" content="([^"]+)"/)!)).toBe(path);
    expect(attr(/<meta property="og:title" content="([^"]+)"/)).toBeTruthy();
    expect(attr(/<meta property="og:locale" content="([^"]+)"/)).toBe('nl_NL');
    expect(attr(/<meta name="twitter:card" content="([^"]+)"/)).toBe('summary_large_image');
    await expectPng(request, attr(/<meta property="og:image" content="([^"]+)"/)!);
    const data = await jsonLd(html);
    const types = data.map((d) => d['@type']);
    expect(types).toContain(path === '/' ? 'Organization' : 'BreadcrumbList');
  });
}

test('the English interface points search engines to the Dutch page', async ({ request }) => {
  const html = await (await request.get('/en/themas')).text();
  expect(pathOf(/<link rel="canonical" href="([^"]+)"/.exec(html)![1])).toBe('/themas');
});

test('a news item is a NewsArticle and an event an Event with its sessions in Amsterdam time', async ({ request }) => {
  const news = await jsonLd(await (await request.get(PAGE_TYPES.news)).text());
  expect(news.find((d) => d['@type'] === 'NewsArticle')).toMatchObject({ datePublished: '2023-03-14', inLanguage: 'nl' });
  const event = (await jsonLd(await (await request.get(PAGE_TYPES.event)).text())).find((d) => d['@type'] === 'Event');
  expect(event).toMatchObject({ startDate: '2024-01-18T16:00:00+01:00' });
  expect((event!.subEvent as unknown[]).length).toBeGreaterThan(1);
});

test('search results are kept out of search engines', async ({ request }) => {
  const html = await (await request.get('/zoeken?q=armoede')).text();
  expect(html).toMatch(/<meta name="robots" content="noindex, follow"/);
});

test('the sitemap lists every page type, every listed page exists, robots.txt points to it', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => pathOf(m[1]));
  expect(new Set(listed).size).toBe(listed.length);
  for (const path of Object.values(PAGE_TYPES)) expect(listed, path).toContain(path);
  for (const path of listed) expect((await request.get(path)).status(), path).toBe(200);
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
});
