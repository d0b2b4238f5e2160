// What a proxy, a CDN and an operator see (issue "a production topology that scales out"): the
// health and readiness answers, and which answers a shared cache may keep. The topology itself,
// under load and restarts, is `npm run proef:productie` (scripts/proef-productie.ts).
import { expect, test } from '@playwright/test';
import { FORM_PAGES } from './pages';

test('/health and /ready: JSON, never cached, nothing secret', async ({ request }) => {
  const health = await request.get('/health');
  expect(health.status()).toBe(200);
  expect(health.headers()['cache-control']).toBe('no-store');
  expect(health.headers()['content-type']).toContain('application/json');
  const body = await health.json();
  expect(body).toMatchObject({ status: 'ok', cache: { maxBytes: expect.any(Number) } });

  const ready = await request.get('/ready');
  expect(ready.status()).toBe(200);
  expect(ready.headers()['cache-control']).toBe('no-store');
  expect(await ready.json()).toEqual({ status: 'ready' });
  for (const text of [await health.text(), await ready.text()]) expect(text).not.toMatch(/postgres:|secret|geheim|password|wachtwoord|\/work\/|\.data/i);
});

const sharedSeconds = (value: string | undefined) => Number(/s-maxage=(\d+)/.exec(value ?? '')?.[1] ?? NaN);

test('a page: five seconds in a shared cache (a publish reaches visitors within them), revalidated by its ETag, browsers always ask', async ({ request }) => {
  const page = await request.get('/themas', { headers: { 'Accept-Encoding': 'br' } });
  expect(page.headers()['cache-control']).toBe('public, max-age=0, s-maxage=5, must-revalidate');
  const etag = page.headers().etag;
  expect(etag).toBeTruthy();
  const again = await request.get('/themas', { headers: { 'Accept-Encoding': 'br', 'If-None-Match': etag } });
  expect(again.status()).toBe(304);
});

test('pages and files from the content are kept a few seconds at most', async ({ request }) => {
  for (const url of ['/', '/interventies?thema=armoede', '/zoeken?q=armoede', '/actueel/activiteiten', '/en', '/actueel/nieuws/rss.xml', '/sitemap.xml']) {
    const value = (await request.get(url)).headers()['cache-control'];
    expect(value, url).toMatch(/^public, max-age=0, s-maxage=\d+, must-revalidate$/);
    expect(sharedSeconds(value), url).toBeLessThanOrEqual(5);
  }
});

test("Next's client-router payloads are never kept by a shared cache: they depend on the router's headers", async ({ request }) => {
  for (const url of ['/', '/themas']) {
    const value = (await request.get(url, { headers: { 'Next-Router-Prefetch': '1' } })).headers()['cache-control'];
    expect(value, url).toBe('private, no-store');
  }
});

test('personal answers are private and never stored: forms with their token, confirmations, /beheer', async ({ request }) => {
  for (const url of [
    FORM_PAGES.questionForm,
    FORM_PAGES.initiativeForm,
    FORM_PAGES.dashboardForm,
    FORM_PAGES.signupOpen,
    `/en${FORM_PAGES.questionForm}`,
    FORM_PAGES.receivedUnknown,
    FORM_PAGES.staffLogin,
    '/beheer',
  ]) {
    const value = (await request.get(url, { maxRedirects: 0 })).headers()['cache-control'] ?? '';
    expect(value, url).toContain('private');
    expect(value, url).toContain('no-store');
    expect(value, url).not.toContain('s-maxage');
  }
  const posted = await request.post('/formulieren/verzenden', { form: { formulier: 'x' }, maxRedirects: 0 });
  expect(posted.headers()['cache-control']).toBe('no-store');
});
