import { expect, test } from '@playwright/test';
import { FORM_PAGES, PAGE_TYPES } from './pages';

// Every response carries the security headers; HTML carries a script policy without
// 'unsafe-inline' or 'unsafe-eval' that still lets the page's own scripts run.

const RESPONSES = {
  ...PAGE_TYPES,
  ...FORM_PAGES,
  search: '/zoeken?q=armoede',
  filteredList: '/interventies?thema=armoede',
  finder: '/regiocoordinatoren?gemeente=den+bosch',
  notFound: '/bestaat-niet',
  english: '/en/themas',
  feed: '/actueel/nieuws/rss.xml',
  calendar: '/agenda.ics',
  openData: '/open-data/gemeenten.csv',
  api: '/api/zoeken?q=taal',
  map: '/kaart/nederland.svg',
  shareImage: '/deelafbeeldingen/home.png',
  sitemap: '/sitemap.xml',
  download: '/downloads/bundel/interventiebundel.pdf',
};

for (const [type, path] of Object.entries(RESPONSES)) {
  test(`${type} (${path}) has the security headers and no cookie`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBeLessThan(500);
    const h = response.headers();
    expect(h['strict-transport-security']).toMatch(/max-age=\d{7,}/);
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(h['permissions-policy']).toContain('camera=()');
    expect(h['x-powered-by']).toBeUndefined();
    expect(h['set-cookie']).toBeUndefined();
    const csp = h['content-security-policy'];
    expect(csp).toContain("frame-ancestors 'none'");
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(csp).toContain("object-src 'none'");
  });
}

test('the policy lets every kind of page run its scripts, and nothing is blocked', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
  });
  // Static (from memory), rendered here (home, search, finder), rendered by Next with a nonce
  // (forms, staff login, confirmation) and the 404 page Next answers from its build file.
  for (const path of [
    '/themas',
    '/',
    '/zoeken?q=armoede',
    '/regiocoordinatoren',
    '/bestaat-niet',
    '/en/gemeenten',
    '/contact/vraag-stellen',
    '/aanmelden/taal-en-ouders',
    '/beheer/inloggen',
    '/ontvangen?kenmerk=GKA-0000-0000',
    '/kaart/nederland.svg',
  ]) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  // Hydrated: the finder's field became a combobox, which only its script does.
  await expect(page.getByRole('combobox')).toHaveCount(0);
  await page.goto('/regiocoordinatoren');
  await expect(page.getByRole('combobox', { name: 'Je gemeente' })).toBeVisible();
  expect(violations).toEqual([]);
});

test('client-side navigation (RSC requests) works under the policy', async ({ page }) => {
  await page.goto('/themas');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gemeenten' }).click();
  await expect(page).toHaveURL(/\/gemeenten$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('GKA-gemeenten');
});

test('static pages and assets are compressed and revalidate with an ETag', async ({ request }) => {
  const first = await request.get('/themas', { headers: { 'accept-encoding': 'br' } });
  expect(first.headers()['content-encoding']).toBe('br');
  const etag = first.headers()['etag'];
  const again = await request.get('/themas', { headers: { 'if-none-match': etag } });
  expect(again.status()).toBe(304);
  const dynamic = await request.get('/zoeken?q=taal', { headers: { 'accept-encoding': 'gzip' } });
  expect(dynamic.headers()['content-encoding']).toBe('gzip');
  expect(await dynamic.text()).toContain('<html');
});
