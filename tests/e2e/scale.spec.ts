// Lists that page, pages rendered once and answered from memory, and the clock: what issue
// "finder pages at static speed" promises, checked as visitors and caches see it.
import { expect, test } from '@playwright/test';
import { FIXTURE_ORIGIN } from './support/fixture';
import { startServer, stopServer } from './support/server';

test.describe('lists page, on the fixture build', () => {
  // Two pages of interventions need more than the public content holds: the fixture build.
  test.use({ javaScriptEnabled: false, baseURL: FIXTURE_ORIGIN });

  test('/interventies: 20 a page, links that keep every filter, counts over the whole selection', async ({ page }) => {
    await page.goto('/interventies?onderwijstype=po&sorteer=gemeente');
    const status = page.getByRole('status');
    const total = Number((await status.textContent())!.match(/^(\d+)/)![1]);
    expect(total).toBeGreaterThan(20);
    await expect(status).toContainText('Pagina 1 van 2');
    await expect(
      page
        .getByRole('main')
        .getByRole('heading', { level: 2 })
        .filter({ hasNot: page.locator('#filters-title') }),
    ).toHaveCount(20 + 1);
    const counts = await page.getByRole('form', { name: 'Filters' }).textContent();
    const next = page.getByRole('navigation', { name: 'Paginering' }).getByRole('link', { name: /Volgende/ });
    const href = new URL((await next.getAttribute('href'))!, 'http://x');
    expect([href.pathname, ...[...href.searchParams].map((p) => p.join('=')).sort()]).toEqual([
      '/interventies',
      'onderwijstype=po',
      'pagina=2',
      'sorteer=gemeente',
    ]);
    await next.click();
    await expect(status).toContainText(`${total} interventies`);
    await expect(status).toContainText('Pagina 2 van 2');
    expect(await page.getByRole('form', { name: 'Filters' }).textContent()).toBe(counts);
    await expect(page.getByRole('main').locator('ul.grid > li')).toHaveCount(total - 20);
  });

  test('the feed of a selection has the whole selection, whatever page is on screen', async ({ page, request }) => {
    await page.goto('/interventies?onderwijstype=po&pagina=2');
    const feed = page.getByRole('link', { name: 'Volg deze selectie (RSS)' });
    expect(await feed.getAttribute('href')).toBe('/interventies/rss.xml?onderwijstype=po');
    const xml = await (await request.get('/interventies/rss.xml?onderwijstype=po')).text();
    const total = Number((await page.getByRole('status').textContent())!.match(/^(\d+)/)![1]);
    expect(xml.match(/<item>/g)).toHaveLength(total);
  });
});

test.describe('a page a list does not have is explained', () => {
  test.use({ javaScriptEnabled: false });

  // A page that does not exist answers 404 with the list's helpful page (issue 25), never a 500.
  test('every list answers a page it does not have with a way back, never an error', async ({ page }) => {
    for (const list of ['/interventies', '/actueel/nieuws', '/actueel/activiteiten', '/zoeken?q=armoede', '/gemeenten', '/en/interventies']) {
      for (const bad of ['0', '-1', '1e9', '99', 'abc', '%00', '1.5']) {
        const url = `${list}${list.includes('?') ? '&' : '?'}pagina=${bad}`;
        const response = await page.goto(url);
        expect(response!.status(), url).toBe(404);
        await expect(page.getByRole('heading', { name: /Deze pagina bestaat niet|This page does not exist/ }), url).toBeVisible();
        const first = page.getByRole('link', { name: /Naar pagina 1|Go to page 1/ });
        expect(await first.getAttribute('href'), url).not.toContain('pagina=');
      }
    }
  });
});

test.describe('rendered once, then from memory', () => {
  test('the same address gives the same bytes and ETag, per content coding, and 304 when unchanged', async ({ request }) => {
    const url = '/interventies?thema=armoede&onderwijstype=po';
    const plain = await request.get(url, { headers: { 'Accept-Encoding': 'identity' } });
    const again = await request.get(url, { headers: { 'Accept-Encoding': 'identity' } });
    expect(plain.headers().etag).toBe(again.headers().etag);
    const body = await plain.body();
    for (const coding of ['br', 'gzip']) {
      const r = await fetch(new URL(url, plain.url()), { headers: { 'Accept-Encoding': coding } });
      expect(r.headers.get('content-encoding')).toBe(coding);
      expect(r.headers.get('vary')).toContain('Accept-Encoding');
      expect(r.headers.get('etag')).not.toBe(plain.headers().etag);
      // fetch decodes the coding: what arrives must be the same page, byte for byte.
      expect(Buffer.from(await r.arrayBuffer()).equals(body)).toBe(true);
    }
    const notModified = await request.get(url, { headers: { 'Accept-Encoding': 'identity', 'If-None-Match': plain.headers().etag } });
    expect(notModified.status()).toBe(304);
  });

  test('addresses that mean the same page share one render: order, duplicates and unknown parameters do not count', async ({ request }) => {
    const a = await request.get('/interventies?thema=armoede&thema=taalbevordering', { headers: { 'Accept-Encoding': 'identity' } });
    const b = await request.get('/interventies?utm_source=nieuwsbrief&thema=taalbevordering&thema=armoede&thema=armoede', {
      headers: { 'Accept-Encoding': 'identity' },
    });
    expect(a.headers().etag).toBe(b.headers().etag);
    const c = await request.get('/interventies?thema=armoede', { headers: { 'Accept-Encoding': 'identity' } });
    expect(c.headers().etag).not.toBe(a.headers().etag);
  });

  test('a form is never shared: every visitor gets a token of their own', async ({ request }) => {
    const token = async () => /name="formulier" value="([^"]+)"/.exec(await (await request.get('/contact/vraag-stellen')).text())?.[1];
    const [x, y] = [await token(), await token()];
    expect(x).toBeTruthy();
    expect(x).not.toBe(y);
  });
});

test("public pages come without the framework's client runtime: nothing on them needs it", async ({ request }) => {
  for (const url of ['/themas', '/interventies/brede-brugklassen-amsterdam', '/en/over-de-gka']) {
    const html = await (await request.get(url)).text();
    expect(html, url).not.toMatch(/_next\/static\/chunks\/[^"]+\.js|__next_f|TURBOPACK/);
    expect(html, url).toMatch(/<link rel="stylesheet" href="\/_next\/static\/chunks\/[^"]+\.css"/);
    expect(html, url).toMatch(url.startsWith('/en') ? /href="\/over-de-gka" hrefLang="nl"/ : /hrefLang="en"/);
  }
});

test.describe('a server of its own', () => {
  test.describe.configure({ mode: 'serial' });

  test('10,000 distinct junk addresses: never a 5xx, and the page cache stays within its bound', async () => {
    test.setTimeout(240_000);
    const port = 3181;
    const server = await startServer(port, '.cache/e2e-junk', { GKA_CACHE_MB: '2' });
    try {
      const base = `http://127.0.0.1:${port}`;
      const junk = (i: number) =>
        [
          `/zoeken?q=x${i}&pagina=${i}`,
          `/interventies?thema=nope${i}&gemeente=${'z'.repeat(i % 300)}`,
          `/actueel/nieuws?jaar=${i}&pagina=-${i}`,
          `/gemeenten?provincie=%00${i}`,
          `/interventies?pagina=1e${i}&sorteer=${i}`,
        ][i % 5];
      let next = 0;
      const statuses = new Map<number, number>();
      await Promise.all(
        Array.from({ length: 16 }, async () => {
          while (next < 10_000) {
            const r = await fetch(base + junk(next++), { headers: { 'Accept-Encoding': 'br' } });
            await r.arrayBuffer();
            statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
          }
        }),
      );
      expect(
        [...statuses.keys()].every((s) => s < 500),
        JSON.stringify([...statuses]),
      ).toBe(true);
      const health = await (await fetch(`${base}/health`)).json();
      expect(health.cache.maxBytes).toBe(2 * 2 ** 20);
      expect(health.cache.bytes).toBeLessThanOrEqual(health.cache.maxBytes);
      expect(health.cache.entries).toBeGreaterThan(10);
    } finally {
      await stopServer(server);
    }
  });

  test('an event that ends: the home page and the event page change at that moment, not later', async () => {
    test.setTimeout(120_000);
    const port = 3182;
    // start-gka-leernetwerk-leraren ends on 25 January 2024 at 20:00 in Amsterdam (19:00 UTC); the
    // server's clock starts 8 seconds before that once it is ready.
    const server = await startServer(port, '.cache/e2e-clock', { GKA_CLOCK_START: '2024-01-25T18:59:52Z' });
    try {
      const base = `http://127.0.0.1:${port}`;
      const event = '/actueel/activiteiten/2024/01/25/start-gka-leernetwerk-leraren';
      const upcomingOnHome = async () => {
        const html = await (await fetch(`${base}/`)).text();
        return html.slice(html.indexOf('id="activiteiten-title"')).includes(event);
      };
      expect(await upcomingOnHome()).toBe(true);
      expect(await (await fetch(base + event)).text()).not.toContain('deze activiteit heeft al plaatsgevonden');
      await new Promise((r) => setTimeout(r, 9_000));
      expect(await upcomingOnHome()).toBe(false);
      expect(await (await fetch(base + event)).text()).toContain('deze activiteit heeft al plaatsgevonden');
    } finally {
      await stopServer(server);
    }
  });

  test('a scheduled news item is not there the evening before, and is everywhere from midnight', async () => {
    test.setTimeout(120_000);
    const port = 3183;
    // 23:59:52 on 31 December 2098 in Amsterdam; the item is published on 1 January 2099.
    const server = await startServer(port, '.cache/e2e-clock-2', { GKA_CLOCK_START: '2098-12-31T22:59:52Z' });
    try {
      const base = `http://127.0.0.1:${port}`;
      const item = '/actueel/nieuws/2099/01/01/gepland-voorbeeld-voor-de-redactie';
      const state = async () => ({
        page: (await fetch(base + item)).status,
        rsc: (await fetch(base + item, { headers: { RSC: '1' } })).status,
        list: (await (await fetch(`${base}/actueel/nieuws`)).text()).includes(item),
        home: (await (await fetch(`${base}/`)).text()).includes(item),
        search: (await (await fetch(`${base}/zoeken?q=gepland+voorbeeld+redactie`)).text()).includes(item),
      });
      expect(await state()).toEqual({ page: 404, rsc: 404, list: false, home: false, search: false });
      await new Promise((r) => setTimeout(r, 9_000));
      expect(await state()).toEqual({ page: 200, rsc: 200, list: true, home: true, search: true });
    } finally {
      await stopServer(server);
    }
  });
});
