import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { FIXTURE_ORIGIN } from './support/fixture';

// Filters with counts need volume: the fixture build (real content plus generated interventions).
test.use({ baseURL: FIXTURE_ORIGIN });

async function noAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/interventies filters by theme and school type, with counts and a shareable URL', async ({ page }) => {
    await page.goto('/interventies');
    const form = page.getByRole('form', { name: 'Filters' });
    const before = Number((await page.getByRole('status').textContent())!.match(/\d+/)![0]);
    const label = await form.getByRole('checkbox', { name: /^Armoede/ }).evaluate((el) => (el as HTMLInputElement).labels![0].textContent!);
    const expected = Number(label.match(/\((\d+)\)/)![1]);
    await form.getByRole('checkbox', { name: /^Armoede/ }).check();
    await form.getByRole('button', { name: 'Toon interventies' }).click();
    await expect(page).toHaveURL(/thema=armoede/);
    // The count of the checkbox is the count of the selection (paged at 20).
    await expect(page.getByRole('status')).toHaveText(new RegExp(`^${expected} interventies( · Pagina 1 van \\d+)?$`));
    expect(expected).toBeLessThan(before);
  });

  test('/interventies free text and sorting by municipality', async ({ page }) => {
    await page.goto('/interventies?q=peuters&sorteer=gemeente');
    const titles = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    await expect(page.getByLabel('Sorteren op')).toHaveValue('gemeente');
  });

  test('/actueel/nieuws filters by year and /actueel/activiteiten by past/upcoming', async ({ page }) => {
    await page.goto('/actueel/nieuws?jaar=2019');
    await expect(page.getByRole('status')).toContainText('1 bericht');
    await expect(page.getByRole('link', { name: /30 GKA-agenda/ })).toBeVisible();
    await page.goto('/actueel/activiteiten?wanneer=afgelopen&doelgroep=leraren');
    await expect(page.getByRole('heading', { name: 'Afgelopen activiteiten' })).toBeVisible();
    await expect(page.getByRole('link', { name: /leraren/i }).first()).toBeVisible();
  });

  test('bad filter values give a normal page', async ({ page }) => {
    for (const path of ['/interventies?thema=onzin&sorteer=<x>&q=%00', '/actueel/nieuws?jaar=abc&pagina=-3', '/actueel/activiteiten?wanneer=gisteren']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
    }
  });
});

test('filtered lists have no axe violations', async ({ page }) => {
  // Four full list pages of 20 cards and their facets through axe: room for a busy machine.
  test.setTimeout(90_000);
  for (const path of [
    '/interventies?thema=armoede&sorteer=gemeente',
    '/actueel/nieuws?jaar=2019',
    '/actueel/activiteiten?wanneer=afgelopen',
    '/en/interventies?q=taal',
  ]) {
    await page.goto(path);
    await noAxeViolations(page);
  }
});

test('every filtered list offers an RSS feed of exactly that selection', async ({ page, request }) => {
  await page.goto('/interventies?thema=armoede&onderwijstype=po');
  const count = Number((await page.getByRole('status').textContent())!.match(/\d+/)![0]);
  const href = await page.getByRole('link', { name: 'Volg deze selectie (RSS)' }).getAttribute('href');
  expect(href).toBe('/interventies/rss.xml?thema=armoede&onderwijstype=po');
  const response = await request.get(href!);
  expect(response.headers()['content-type']).toContain('application/rss+xml');
  const xml = await response.text();
  const items = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    if (doc.querySelector('parsererror')) throw new Error('invalid XML');
    return [...doc.querySelectorAll('item > title')].map((t) => t.textContent);
  }, xml);
  expect(items.length).toBe(count);
  for (const path of ['/actueel/nieuws/rss.xml?jaar=2023', '/actueel/activiteiten/rss.xml?wanneer=afgelopen']) {
    const feed = await request.get(path);
    expect(feed.status()).toBe(200);
    expect(await feed.text()).toContain('<rss');
  }
});
