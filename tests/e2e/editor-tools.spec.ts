import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { STAFF } from './support/forms';

// The body's toolbar and live preview in the editor's form (components/staff/editor/MarkdownTools.tsx):
// with JavaScript they are there and work by keyboard; without, the form is the plain text area.

// A login costs one scrypt hash of 128 MiB.
test.describe.configure({ timeout: 120_000 });

const NEW_NEWS = '/beheer/inhoud/nieuws/nieuw';
const PREVIEW = '/beheer/inhoud/tekstvoorbeeld';

async function logIn(page: Page) {
  await page.goto('/beheer/inloggen');
  await page.fill('#email', STAFF.email);
  await page.fill('#wachtwoord', STAFF.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page).toHaveURL(/\/beheer$/);
}

const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );

test('the toolbar formats the selection, keeps focus and undo in the text, and the preview shows the site’s rendering', async ({ page }) => {
  await logIn(page);
  await page.goto(NEW_NEWS);
  const body = page.locator('#veld-body');
  const toolbar = page.getByRole('toolbar', { name: 'Opmaak van de tekst' });
  const preview = page.getByRole('region', { name: 'Voorbeeld van de tekst' });
  await expect(toolbar).toBeVisible();
  await expect(preview).toContainText('Nog geen tekst.');

  // Bold by the button: the selected word gets the markers, focus stays in the text, and one undo takes it back.
  await body.click();
  await page.keyboard.type('Een belangrijk woord');
  await page.keyboard.press('Control+Shift+ArrowLeft');
  await toolbar.getByRole('button', { name: 'Vet' }).click();
  await expect(body).toHaveValue('Een belangrijk **woord**');
  await expect(body).toBeFocused();
  await expect(preview.locator('strong')).toHaveText('woord');
  await page.keyboard.press('Control+z');
  await expect(body).toHaveValue('Een belangrijk woord');
  // Italic by the shortcut, on the same selection.
  await page.keyboard.press('Control+i');
  await expect(body).toHaveValue('Een belangrijk *woord*');
  await expect(preview.locator('em')).toHaveText('woord');

  // A heading on a new line, by keyboard only: the toolbar is one tab stop, the arrows move in it.
  await page.keyboard.press('End');
  await page.keyboard.type('\n\nTussenkop');
  await toolbar.getByRole('button', { name: 'Kop' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(toolbar.getByRole('button', { name: 'Citaat' })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(toolbar.getByRole('button', { name: 'Kop' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(body).toBeFocused();
  await expect(body).toHaveValue('Een belangrijk *woord*\n\n## Tussenkop');
  await expect(preview.getByRole('heading', { level: 2, name: 'Tussenkop' })).toBeVisible();

  // A list of two lines, a link with the address typed in a field of its own (no prompt dialog).
  await page.keyboard.type('\n\neen\ntwee');
  await page.keyboard.press('Shift+ArrowUp');
  await page.keyboard.press('Shift+Home');
  await toolbar.getByRole('button', { name: 'Lijst', exact: true }).click();
  await expect(body).toHaveValue('Een belangrijk *woord*\n\n## Tussenkop\n\n- een\n- twee');
  await expect(preview.locator('li')).toHaveText(['een', 'twee']);
  await body.press('Control+End');
  await page.keyboard.type('\n\nLees het rapport');
  await page.keyboard.press('Control+Shift+ArrowLeft');
  await toolbar.getByRole('button', { name: 'Link' }).click();
  const address = page.getByLabel('Adres van de link');
  await expect(address).toBeFocused();
  await address.fill('javascript:alert(1)');
  await address.press('Enter');
  await expect(page.getByText('Dit adres kan niet.')).toBeVisible();
  await expect(page).toHaveURL(NEW_NEWS);
  expect(await axe(page)).toEqual([]);
  await address.fill('www.rijksoverheid.nl');
  await address.press('Enter');
  await expect(body).toBeFocused();
  await expect(body).toHaveValue(/\n\nLees het \[rapport\]\(https:\/\/www\.rijksoverheid\.nl\)$/);
  await expect(preview.getByRole('link', { name: 'rapport' })).toHaveAttribute('href', 'https://www.rijksoverheid.nl');

  // What the site would not show, the preview does not either.
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\n\n<script>document.title = "fout"</script><img src=x onerror="document.title=1">');
  await expect(preview).not.toContainText('fout');
  await page.waitForTimeout(1_000);
  expect(await preview.locator('script, img').count()).toBe(0);

  expect(await axe(page)).toEqual([]);
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 1000 });
    await body.scrollIntoViewIfNeeded();
    await page.locator('[data-field=body]').screenshot({ path: `test-results/editor-tools-${width}.png` });
    expect(await axe(page)).toEqual([]);
  }
  // Wide: the preview beside the text; narrow: below it.
  const [area, panel] = [await body.boundingBox(), await preview.boundingBox()];
  expect(panel!.x).toBeGreaterThan(area!.x + area!.width);
  await page.setViewportSize({ width: 375, height: 800 });
  const [narrowArea, narrowPanel] = [await body.boundingBox(), await preview.boundingBox()];
  expect(narrowPanel!.y).toBeGreaterThan(narrowArea!.y + narrowArea!.height);
});

test('the preview answers only a staff session with its token, and at most 1.1 MB', async ({ page }) => {
  const anonymous = await page.request.post(PREVIEW, { multipart: { csrf: 'x', body: '**x**' }, maxRedirects: 0 });
  expect(anonymous.status()).toBe(303);
  await logIn(page);
  await page.goto(NEW_NEWS);
  const csrf = await page.locator('form[action="/beheer/wijzigingen/opslaan"] input[name=csrf]').inputValue();
  const wrongToken = await page.request.post(PREVIEW, { multipart: { csrf: 'niet-de-goede', body: '**x**' }, maxRedirects: 0 });
  expect(wrongToken.status()).toBe(403);
  const ok = await page.request.post(PREVIEW, { multipart: { csrf, body: '## Kop\n\n[klik](javascript:alert(1))' }, maxRedirects: 0 });
  expect(ok.status()).toBe(200);
  expect(ok.headers()['content-type']).toBe('text/html; charset=utf-8');
  expect(await ok.text()).toBe('<h2>Kop</h2>\n<p><a>klik</a></p>');
  const tooLarge = await page.request.post(PREVIEW, { multipart: { csrf, body: 'a'.repeat(1_200_000) }, maxRedirects: 0 });
  expect(tooLarge.status()).toBe(413);
});

test('without JavaScript there is no toolbar and no preview, only the text area and its help', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await logIn(page);
  await page.goto(NEW_NEWS);
  await expect(page.locator('#veld-body')).toBeVisible();
  await expect(page.getByText('Opmaak in de tekst', { exact: false }).first()).toBeVisible();
  expect(await page.getByRole('toolbar').count()).toBe(0);
  expect(await page.getByRole('region', { name: 'Voorbeeld van de tekst' }).count()).toBe(0);
  await context.close();
});
