import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('the site can be browsed without JavaScript', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Interventies' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Interventies');
  await page.getByRole('link', { name: 'Brede brugklas' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Brede brugklas');
  await page.getByRole('link', { name: 'Amsterdam' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Amsterdam');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the news archive pages without JavaScript', async ({ page }) => {
  await page.goto('/actueel/nieuws?pagina=1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nieuws');
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
});

// Guards against a Next 16.3+ regression where a 404 is an empty shell filled in only by JavaScript.
test('the 404 page is complete without JavaScript', async ({ page }) => {
  for (const path of ['/bestaat-niet', '/gemeenten/atlantis', '/favicon.ico']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden');
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Naar de homepage', exact: true })).toBeVisible();
  }
});

// Issue 25: an address under /en that does not exist answers in English, whoever renders the 404
// (an unmatched route, a detail page that does not exist, a document still under embargo).
test('the 404 page under /en is English, without JavaScript', async ({ page }) => {
  for (const path of ['/en/bestaat-niet', '/en/gemeenten/atlantis', '/en/themas/bestaat-niet', '/EN/bestaat-niet']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle(/^Page not found/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByRole('link', { name: 'To the home page', exact: true })).toHaveAttribute('href', '/en');
  }
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/en/bestaat-niet');
    await page.screenshot({ path: `.reports/screenshots/visitors/en-404-${width}.png`, fullPage: true });
  }
});
