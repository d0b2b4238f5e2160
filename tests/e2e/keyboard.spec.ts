import { expect, test } from '@playwright/test';

test('the first Tab reaches the skip link, which moves focus to the content', async ({ page }) => {
  await page.goto('/gemeenten');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Direct naar de inhoud' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await page.keyboard.press('Tab');
  // The next stop is inside the main content (the first breadcrumb), not back in the header.
  const inMain = await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement));
  expect(inMain).toBe(true);
});

test('focus is clearly visible on links', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const style = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement!);
    return { background: s.backgroundColor, shadow: s.boxShadow };
  });
  expect(style.background).toBe('rgb(255, 191, 71)');
  expect(style.shadow).not.toBe('none');
});

test('the main navigation can be used with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  const target = page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gemeenten' });
  for (let i = 0; i < 15 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(target).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/gemeenten$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('GKA-gemeenten');
});
