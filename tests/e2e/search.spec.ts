import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header search form reaches full results from any page', async ({ page }) => {
    await page.goto('/gemeenten/ede');
    await page.getByRole('search', { name: 'Zoek op de site' }).getByRole('searchbox').fill('armoede op school');
    await page.getByRole('search', { name: 'Zoek op de site' }).getByRole('button', { name: 'Zoeken' }).click();
    await expect(page).toHaveURL(/\/zoeken\?q=armoede\+op\+school/);
    await expect(page.getByRole('status')).toContainText('resultaten voor “armoede op school”');
    await expect(page.getByRole('link', { name: 'Omgaan met Armoede op Scholen' }).first()).toBeVisible();
    await expect(page.locator('mark').first()).toBeVisible();
  });

  test('filters are a GET form, combine, show in the URL and can be removed', async ({ page }) => {
    await page.goto('/zoeken?q=gezond');
    const filters = page.getByRole('form', { name: 'Filters' });
    await filters.getByRole('checkbox', { name: /^Interventie/ }).check();
    await filters.getByRole('button', { name: 'Filters toepassen' }).click();
    await expect(page).toHaveURL(/type=interventie/);
    const results = page.getByRole('region', { name: 'Zoekresultaten' }).getByRole('listitem');
    for (const text of await results.allTextContents()) expect(text).toContain('Interventie');
    await page.getByRole('link', { name: /Verwijder filter: Soort: Interventie/ }).click();
    await expect(page).not.toHaveURL(/type=/);
  });

  test('no results suggests a spelling and the main sections', async ({ page }) => {
    await page.goto('/zoeken?q=tala');
    await expect(page.getByRole('status')).toContainText('Geen resultaten');
    await expect(page.getByText('Bedoelde je:')).toBeVisible();
    await page.getByRole('link', { name: 'taal' }).click();
    await expect(page.getByRole('status')).not.toContainText('Geen resultaten');
  });

  test('hostile query strings give a normal page without reflected markup', async ({ page }) => {
    const hostile = [
      `q=${encodeURIComponent('<script>alert(1)</script>')}`,
      `q=${'x'.repeat(2000)}`,
      `q=${encodeURIComponent("' OR 1=1; DROP TABLE x; --")}`,
      `q=%00%01%1b`,
      `q=${encodeURIComponent('😀 emoji')}`,
      'type=onzin&thema=<b>x</b>&gemeente=atlantis',
      'pagina=-1',
      'pagina=99999',
      'q=armoede&q=taal&pagina=2&pagina=3',
      'q=%E0%A4%A',
    ];
    // A page the results do not have is not found (issue 25): 404, with the same page.
    const missing = new Set(['pagina=-1', 'pagina=99999', 'q=armoede&q=taal&pagina=2&pagina=3']);
    for (const qs of hostile) {
      const response = await page.goto(`/zoeken?${qs}`);
      expect(response?.status(), qs).toBe(missing.has(qs) ? 404 : 200);
      await expect(page.locator('h1')).toHaveText('Zoeken');
      expect(
        await page
          .locator('script:not([src])')
          .evaluateAll((els) => els.some((e) => e.textContent?.includes('alert(1)') && !e.textContent.includes('self.__next_f'))),
      ).toBe(false);
      expect(await page.locator('b:text("x")').count()).toBe(0);
    }
    await page.goto(`/zoeken?q=${'x'.repeat(2000)}`);
    await expect(page.getByText('Je zoekvraag was te lang')).toBeVisible();
    await page.goto('/zoeken?type=onzin');
    await expect(page.getByText('Dit filter kennen we niet')).toBeVisible();
  });
});

test('with JavaScript, results follow the typing, the URL follows and Back works', async ({ page }) => {
  await page.goto('/zoeken');
  const box = page.getByRole('main').getByRole('searchbox');
  await box.fill('kennisbank');
  await expect(page).toHaveURL(/q=kennisbank/);
  await expect(page.getByRole('status')).toContainText('voor “kennisbank”');
  await expect(box).toBeFocused();
  await box.fill('dashboard');
  await expect(page).toHaveURL(/q=dashboard/);
  await expect(page.getByRole('link', { name: /Dashboard/ }).first()).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/q=kennisbank/);
  await expect(page.getByRole('status')).toContainText('voor “kennisbank”');
});

test('with JavaScript, ticking a filter updates results in place and keeps focus', async ({ page }) => {
  await page.goto('/zoeken?q=gezond');
  const box = page.getByRole('form', { name: 'Filters' }).getByRole('checkbox', { name: /^Interventie/ });
  await box.check();
  await expect(page).toHaveURL(/type=interventie/);
  await expect(page.getByRole('form', { name: 'Filters' }).getByRole('checkbox', { name: /^Interventie/ })).toBeFocused();
});

test('the search page has no axe violations, with results and without', async ({ page }) => {
  for (const path of ['/zoeken', '/zoeken?q=armoede', '/zoeken?q=tala', '/en/zoeken?q=taal&thema=ouderbetrokkenheid']) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});

test('the JSON API answers with the same parameters', async ({ request }) => {
  const response = await request.get('/api/zoeken?q=armoede&type=agenda');
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.mode).toBe('and');
  expect(body.results[0]).toMatchObject({ type: 'agenda', title: 'Omgaan met Armoede op Scholen' });
  expect(body.facets.type.find((f: { value: string }) => f.value === 'agenda')).toMatchObject({ selected: true, label: 'Landelijke thema-agenda' });
  const hostile = await request.get(`/api/zoeken?q=${'x'.repeat(3000)}&pagina=-5&type=<x>`);
  expect(hostile.status()).toBe(200);
  expect((await hostile.json()).warnings.length).toBe(2);
});

// Issue 17, items 6 and 7: Dutch compounds and the pages people look for; nothing found means no
// empty filter panel; the API line lives on the developer page and in the footer.
test.describe('what people search for, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a compound finds the pages of its parts, and downloads, open data and forms are found', async ({ page }) => {
    for (const [q, title] of [
      ['interventiebundel', 'Interventies downloaden'],
      ['ouderbetrokkenheidsbeleid', 'Ouderbetrokkenheid'],
      ['open data', 'Open data'],
      ['vraag stellen', 'Stel een vraag'],
      ['vve', 'Vroeg- en voorschoolse educatie'],
    ]) {
      await page.goto(`/zoeken?q=${encodeURIComponent(q)}`);
      const first = page.getByRole('region', { name: 'Zoekresultaten' }).getByRole('heading', { level: 2 }).first();
      await expect(first, q).toContainText(title);
    }
  });

  test('snippets are sentences of the text, with the matched part of a compound marked', async ({ page }) => {
    await page.goto('/zoeken?q=gelijkheid');
    const snippet = page.getByRole('region', { name: 'Zoekresultaten' }).getByRole('listitem').filter({ hasText: 'Dashboard' }).first().locator('p').last();
    await expect(snippet.locator('mark').first()).toHaveText(/gelijkheid/i);
    expect(await snippet.textContent()).toMatch(/^(… )?\p{Lu}.*[.!?…]$/u);
  });

  test('nothing found: no filter panel, and the chosen filters can still be removed', async ({ page }) => {
    for (const path of ['/zoeken?q=xylofoonorkest', '/zoeken?q=xylofoonorkest&type=nieuws']) {
      await page.goto(path);
      await expect(page.getByRole('status')).toContainText('Geen resultaten');
      await expect(page.getByRole('form', { name: 'Filters' })).toHaveCount(0);
      await expect(page.locator('summary', { hasText: 'Filters' })).toHaveCount(0);
    }
    await expect(page.getByRole('link', { name: /Verwijder filter: Soort: Nieuws/ })).toBeVisible();
  });

  test('the JSON API is explained on the developer page, linked from the footer, not above the results', async ({ page }) => {
    await page.goto('/zoeken?q=taal');
    await expect(page.getByRole('main')).not.toContainText('Deze zoekresultaten zijn ook beschikbaar als JSON');
    await expect(page.getByRole('main').getByRole('link', { name: 'Uitleg voor ontwikkelaars' })).toHaveCount(0);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Voor ontwikkelaars (API)' }).click();
    await expect(page.getByRole('main')).toContainText('/api/zoeken');
  });
});
