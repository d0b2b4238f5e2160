import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from './pages';

for (const [type, path] of Object.entries(PAGE_TYPES)) {
  test(`${type} (${path}) renders in Dutch with one h1 and breadcrumbs`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page).toHaveTitle(/Gelijke Kansen Alliantie/);
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
    if (path !== '/') {
      const crumbs = page.getByRole('navigation', { name: 'Kruimelpad' });
      await expect(crumbs.getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/');
      await expect(crumbs.locator('[aria-current="page"]')).toHaveText((await page.locator('h1').textContent())!.trim());
    }
  });
}

test('English interface under /en, with the note that content stays Dutch', async ({ page }) => {
  await page.goto('/en/gemeenten');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('GKA municipalities');
  await expect(page.getByText('The content of this website is in Dutch.')).toBeVisible();
  await page.getByRole('link', { name: 'Nederlands' }).click();
  await expect(page).toHaveURL(/\/gemeenten$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
});

test('dates read as "donderdag 18 januari 2024"', async ({ page }) => {
  await page.goto(PAGE_TYPES.event);
  await expect(page.locator('#activiteitendata').locator('..')).toContainText('donderdag 18 januari 2024');
  await expect(page.locator('#activiteitendata').locator('..')).toContainText('16:00 – 20:00');
});

test('a past event says so and closes its registration', async ({ page }) => {
  await page.goto(PAGE_TYPES.event);
  await expect(page.getByText('Let op: deze activiteit heeft al plaatsgevonden.')).toBeVisible();
  await expect(page.getByText('Aanmelden is gesloten.')).toBeVisible();
  const sessions = page.locator('#programma-title ~ div li');
  await expect(sessions).toHaveCount(6);
  // Past, so nothing to put in a calendar and no location that could still become known.
  await expect(page.getByRole('link', { name: 'Zet in mijn agenda' })).toHaveCount(0);
  const facts = page.locator('#activiteitendata').locator('..');
  await expect(facts).toContainText('Datum');
  await expect(facts).not.toContainText('Locatie');
  await expect(page.getByRole('main')).not.toContainText('Nog niet bekend');
});

test('an intervention names its source, and the lists say how many of the real numbers the site holds', async ({ page }) => {
  await page.goto(PAGE_TYPES.intervention);
  await expect(page.getByRole('main')).toContainText('Bron');
  await expect(page.getByRole('main')).toContainText('Nieuws van de Gelijke Kansen Alliantie op www.gelijke-kansen.nl');
  await expect(page.getByRole('main')).not.toContainText(/voorbeeld/i);
  await page.goto(PAGE_TYPES.interventions);
  const count = Number((await page.getByRole('status').textContent())!.match(/^(\d+)/)![1]);
  const note = page.getByRole('note').filter({ hasText: 'interventiebundel van 2022' });
  await expect(note).toContainText(`Op deze site staan ${count} interventies`);
  await expect(note).toContainText('telt er 264, uit 101 gemeenten');
  // Guidance for editors lives in /beheer, never on a public page (tests/e2e/staff.spec.ts).
  await expect(page.getByRole('main')).not.toContainText(/npm run|redactie/i);
  await page.goto(PAGE_TYPES.municipalities);
  await expect(page.getByRole('note').filter({ hasText: 'van de 101 GKA-gemeenten' })).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText(/npm run|redactie/i);
  // The bundle page says which interventions its PDF holds, and that it is not the 2022 bundle.
  await page.goto(PAGE_TYPES.bundle);
  await expect(page.getByText(`De pdf bevat de ${count} interventies die op deze site staan:`)).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Brede brugklassen' })).toBeVisible();
  await expect(page.getByText('Dit is niet de interventiebundel van 2022')).toBeVisible();
  // The home page gives the real figure with its source, and no download next to it.
  await page.goto('/');
  const figures = page.locator('#cijfers-title').locator('..');
  await expect(figures).toContainText('264');
  await expect(figures).toContainText(`Op deze site staan ${count} interventies die openbare bronnen noemen.`);
  await expect(figures.getByRole('link', { name: /download/i })).toHaveCount(0);
});

test('a podcast episode whose title is not known is a line in the list, not a page', async ({ page, request }) => {
  await page.goto(PAGE_TYPES.podcastIndex);
  const line = page.getByRole('listitem').filter({ hasText: 'Aflevering 2' });
  await expect(line).toHaveText('Aflevering 2 (titel niet bekend)');
  await expect(line.getByRole('link')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Aflevering 5: Tweedeling' })).toBeVisible();
  expect((await request.get('/actueel/podcast/aflevering-2')).status()).toBe(404);
  expect(await (await request.get('/sitemap.xml')).text()).not.toContain('/actueel/podcast/aflevering-2');
  expect(await (await request.get('/actueel/podcast/rss.xml')).text()).not.toContain('aflevering-2');
  const api = await (await request.get('/api/zoeken?q=aflevering')).json();
  expect(api.results.map((r: { url: string }) => new URL(r.url).pathname)).not.toContain('/actueel/podcast/aflevering-2');
});

test('a national agenda says once what it offers and how to join, with the call to action first', async ({ page }) => {
  await page.goto(PAGE_TYPES.agenda);
  const main = page.getByRole('main');
  const headings = await main.getByRole('heading', { level: 2 }).allTextContents();
  expect(headings[0]).toBe('Meedoen');
  expect(headings.filter((h) => /Meedoen|Aansluiten/.test(h))).toEqual(['Meedoen']);
  expect(headings.filter((h) => /biedt/.test(h))).toEqual(['Wat de agenda biedt']);
  expect(((await main.textContent())!.match(/gemeenten die geen GKA-gemeente zijn/g) ?? []).length).toBe(1);
  await expect(main.locator('#meedoen-title').locator('..')).toContainText('momenteel');
  await expect(main.locator('#meedoen-title').locator('..').getByRole('link', { name: 'Naar het aanmeldformulier' })).toBeVisible();
});

test('unknown addresses get a Dutch 404 page with a way on', async ({ page }) => {
  const response = await page.goto('/bestaat-niet/echt-niet');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden');
  await expect(page.getByRole('link', { name: 'Naar de homepage', exact: true })).toBeVisible();
  for (const wrong of [
    '/actueel/nieuws/2023/03/15/voortgangrapportage-2022',
    '/gemeenten/atlantis',
    '/en/bestaat-niet',
    '/nope.css',
    '/favicon.ico',
    '/wp-login.php',
    '/_next/static/chunks/nope.js',
    '/xx/gemeenten',
  ]) {
    expect((await page.goto(wrong))?.status()).toBe(404);
  }
});

test("the old site's root posts redirect permanently to the news item", async ({ request }) => {
  for (const old of ['/gelijke-kansen-alliantie-groeit-en-bloeit/', '/gelijke-kansen-alliantie-groeit-en-bloeit']) {
    let url = old;
    const statuses: number[] = [];
    for (let hop = 0; hop < 3; hop++) {
      const response = await request.get(url, { maxRedirects: 0 });
      statuses.push(response.status());
      if (response.status() < 300 || response.status() >= 400) break;
      url = new URL(response.headers().location, 'http://x').pathname;
    }
    expect(statuses.slice(0, -1).every((s) => s === 308)).toBe(true);
    expect(url).toBe('/actueel/nieuws/2017/04/13/gelijke-kansen-alliantie-groeit-en-bloeit');
  }
});

test('bad page numbers give the normal page, as not found (issue 25)', async ({ page }) => {
  for (const q of ['?pagina=-1', '?pagina=99999', '?pagina=abc', '?pagina=%3Cscript%3E', '?pagina=1&pagina=2']) {
    const response = await page.goto(`/actueel/nieuws${q}`);
    expect(response?.status(), q).toBe(q === '?pagina=1&pagina=2' ? 200 : 404);
    await expect(page.locator('h1')).toHaveText('Nieuws');
  }
});

test('concepts and scheduled items never reach the production site', async ({ page, request }) => {
  // content/nieuws/concept-voorbeeld-voor-de-redactie.md (draft) and gepland-voorbeeld-voor-de-redactie.md (2099).
  for (const path of ['/actueel/nieuws/2026/11/23/concept-voorbeeld-voor-de-redactie', '/actueel/nieuws/2099/01/01/gepland-voorbeeld-voor-de-redactie']) {
    expect((await request.get(path)).status()).toBe(404);
  }
  await page.goto('/actueel/nieuws');
  await expect(page.getByRole('main')).not.toContainText('voorbeeld voor de redactie');
  const api = await (await request.get('/api/zoeken?q=voorbeeld+voor+de+redactie')).json();
  expect(api.results.map((r: { title: string }) => r.title)).not.toContain('Concept: voorbeeld voor de redactie');
  expect(await (await request.get('/actueel/nieuws/rss.xml')).text()).not.toContain('voorbeeld voor de redactie');
});

test('the interventions bundle downloads as PDF, with format, size and pages read from the files', async ({ page, request }) => {
  await page.goto('/interventies');
  await page.getByRole('link', { name: 'Interventies als pdf: kies wat je wilt downloaden' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Interventies downloaden (pdf)');
  const main = page.getByRole('link', { name: /^Interventies van deze site \(PDF, [\d,]+ kB, \d+ pagina's\)$/ });
  await expect(main).toBeVisible();
  const response = await request.get((await main.getAttribute('href'))!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/pdf');
  const size = (await response.body()).length;
  const label = (await main.textContent())!;
  expect(Number(label.match(/([\d,]+) kB/)![1].replace(',', '.'))).toBeCloseTo(size / 1000, 0);
  await expect(page.getByRole('link', { name: /^Overgangen in het onderwijs \(PDF/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Ede \(PDF/ })).toBeVisible();
});

test('feeds, calendars, sitemap and robots answer on the production build', async ({ page, request }) => {
  const expected: [string, string][] = [
    ['/agenda.ics', 'text/calendar'],
    ['/agenda/startbijeenkomst-gka-leernetwerken.ics', 'text/calendar'],
    ['/actueel/nieuws/feed.xml', 'application/atom+xml'],
    ['/actueel/nieuws/rss.xml?thema=armoede', 'application/rss+xml'],
    ['/publicaties/rss.xml', 'application/rss+xml'],
    ['/publicaties/atom.xml', 'application/atom+xml'],
    ['/actueel/podcast/rss.xml', 'application/rss+xml'],
    ['/sitemap.xml', 'application/xml'],
    ['/robots.txt', 'text/plain'],
  ];
  for (const [path, type] of expected) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toContain(type);
  }
  expect((await request.get('/agenda/bestaat-niet.ics')).status()).toBe(404);
  const sitemap = await (await request.get('/sitemap.xml')).text();
  for (const path of ['/interventies/bundel', '/actueel/nieuws/2023/03/14/voortgangrapportage-2022', '/gemeenten/vijfheerenlanden'])
    expect(sitemap).toContain(path);
  const ics = await request.get('/agenda/startbijeenkomst-gka-leernetwerken.ics');
  expect(ics.headers()['content-type']).toContain('text/calendar');
  await page.goto('/actueel/nieuws');
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', /\/actueel\/nieuws\/feed\.xml$/);
});

test('open data downloads as CSV and JSON with a DCAT-AP-DONL description', async ({ page, request }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Open data' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open data');
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  const jsonLd = JSON.parse(scripts.find((s) => s.includes('dcat:Catalog'))!);
  expect(jsonLd['dcat:dataset']).toHaveLength(3);
  for (const [path, type] of [
    ['/open-data/interventies.csv', 'text/csv'],
    ['/open-data/gemeenten.json', 'application/json'],
    ['/open-data/activiteiten.csv', 'text/csv'],
    ['/open-data/catalogus.jsonld', 'application/ld+json'],
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toContain(type);
  }
  expect((await request.get('/open-data/onbekend.csv')).status()).toBe(404);
  const csv = await (await request.get('/open-data/gemeenten.csv')).text();
  // A byte order mark first, so Excel reads UTF-8.
  expect(csv.split('\r\n')[0]).toBe('\uFEFFid;naam;cbs_code;provincie;regio;gka_sinds;looptijd_agenda;themas;url');
});
