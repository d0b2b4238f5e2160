import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// "Vind je regiocoördinator": the same answers with and without JavaScript.

const CASES: [typed: string, municipality: string, region: string][] = [
  ['s-hertogenbosch', "'s-Hertogenbosch", 'Regio Zuid'],
  ['den bosch', "'s-Hertogenbosch", 'Regio Zuid'],
  ['Den Haag', "'s-Gravenhage", 'Regio West'],
  ["'s-Gravenhage", "'s-Gravenhage", 'Regio West'],
  ['sudwest fryslan', 'Súdwest-Fryslân', 'Regio Noord'],
  ['Groningn', 'Groningen', 'Regio Noord'],
  ['Eemsdelta', 'Eemsdelta', 'Regio Noord'],
  ['Vijfheerenlanden', 'Vijfheerenlanden', 'Regio West'],
  ['Land van Cuijk', 'Land van Cuijk', 'Regio Zuid'],
  ['Sneek', 'Súdwest-Fryslân', 'Regio Noord'],
  ['Eindhoven', 'Eindhoven', 'Regio Zuid'],
];

const result = (page: Page) => page.locator('#resultaat');

async function search(page: Page, typed: string) {
  await page.getByLabel('Je gemeente').fill(typed);
  await page.getByRole('button', { name: 'Zoek', exact: true }).click();
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const [typed, municipality, region] of CASES) {
    test(`"${typed}" reaches ${municipality} in ${region}`, async ({ page }) => {
      await page.goto('/regiocoordinatoren');
      await search(page, typed);
      await expect(page).toHaveURL(/\/regiocoordinatoren\?gemeente=/);
      await expect(result(page).getByRole('heading', { level: 3 })).toHaveText(`Gemeente ${municipality}`);
      await expect(result(page).getByRole('link', { name: region })).toBeVisible();
      await expect(result(page).getByRole('link', { name: 'gelijkekansen@minocw.nl' })).toBeVisible();
    });
  }

  test('a GKA municipality links to its page; another one hears what the GKA offers its schools', async ({ page }) => {
    await page.goto('/regiocoordinatoren?gemeente=den+bosch');
    await expect(result(page)).toContainText("Den Bosch is de gemeente 's-Hertogenbosch.");
    await result(page).getByRole('link', { name: "Lees over de GKA in 's-Hertogenbosch" }).click();
    await expect(page).toHaveURL(/\/gemeenten\/s-hertogenbosch$/);

    await page.goto('/regiocoordinatoren?gemeente=Eindhoven');
    await expect(result(page)).toContainText('Eindhoven staat niet in de lijst van GKA-gemeenten op deze site');
    await expect(result(page).getByRole('link', { name: /Landelijke thema-agenda's/ })).toBeVisible();
  });

  test('several matches give a short list to choose from', async ({ page }) => {
    await page.goto('/regiocoordinatoren');
    await search(page, 'Bergen');
    await expect(result(page).getByRole('heading', { name: 'Welke gemeente bedoel je?' })).toBeVisible();
    await result(page).getByRole('link', { name: 'Bergen (NH.)' }).click();
    await expect(result(page).getByRole('heading', { level: 3 })).toHaveText('Gemeente Bergen (NH.)');
    await expect(result(page).getByRole('link', { name: 'Regio West' })).toBeVisible();
  });

  test('a name that matches nothing says so and keeps what was typed', async ({ page }) => {
    await page.goto('/regiocoordinatoren');
    await search(page, 'Atlantis');
    await expect(page.getByRole('alert')).toContainText('We vinden geen gemeente die lijkt op ‘Atlantis’');
    await expect(page.getByLabel('Je gemeente')).toHaveValue('Atlantis');
  });

  test('odd query strings give the page, never an error', async ({ request }) => {
    for (const query of ['gemeente=', 'gemeente=%00%FF', 'gemeente[]=x', 'gemeente=a&gemeente=b', `gemeente=${'x'.repeat(3000)}`, 'gemeente=%3Cscript%3E']) {
      const response = await request.get(`/regiocoordinatoren?${query}`);
      expect(response.status(), query).toBe(200);
      expect(await response.text()).not.toContain('<script>alert');
    }
  });
});

test.describe('with JavaScript: the combobox', () => {
  test('suggests as you type, follows the arrow keys and chooses with Enter', async ({ page }) => {
    await page.goto('/regiocoordinatoren');
    const box = page.getByRole('combobox', { name: 'Je gemeente' });
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await box.pressSequentially('den bo');
    const list = page.getByRole('listbox', { name: 'Gemeenten' });
    await expect(list).toBeVisible();
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    await expect(list.getByRole('option').first()).toContainText("'s-Hertogenbosch");
    await expect(page.getByRole('status').filter({ hasText: 'suggesties' })).toHaveText(/^\d+ suggesties/);
    await box.press('ArrowDown');
    const first = list.getByRole('option').first();
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
    await box.press('Enter');
    await expect(page).toHaveURL(/gemeente=%27s-Hertogenbosch/);
    await expect(result(page).getByRole('heading', { level: 3 })).toHaveText("Gemeente 's-Hertogenbosch");
  });

  test('finds former names and typos, Escape closes, a click chooses', async ({ page }) => {
    await page.goto('/regiocoordinatoren');
    const box = page.getByRole('combobox', { name: 'Je gemeente' });
    await box.pressSequentially('sneek');
    const list = page.getByRole('listbox', { name: 'Gemeenten' });
    await expect(list.getByRole('option')).toHaveText(['Súdwest-Fryslân · Fryslân · vroeger Sneek']);
    await box.press('Escape');
    await expect(list).toBeHidden();
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await box.fill('');
    await box.pressSequentially('groningn');
    await list.getByRole('option', { name: /^Groningen/ }).click();
    await expect(result(page).getByRole('heading', { level: 3 })).toHaveText('Gemeente Groningen');
  });

  test('has no axe violations with the list open', async ({ page }) => {
    await page.goto('/regiocoordinatoren');
    await page.getByRole('combobox', { name: 'Je gemeente' }).pressSequentially('ber');
    await expect(page.getByRole('listbox')).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});

test.describe('the map', () => {
  test('marks every GKA municipality with a link named after it, and its name shows on focus', async ({ page }) => {
    await page.goto('/gemeenten');
    const map = page.getByRole('group', { name: /Kaart van Nederland met 37 GKA-gemeenten/ });
    const marks = map.getByRole('link');
    await expect(marks).toHaveCount(37);
    // The map shows every match; the table one page of 20 at a time.
    const table = page.getByRole('region', { name: /GKA-gemeenten op deze site/ }).locator('tbody tr');
    await expect(table).toHaveCount(20);
    const ede = map.getByRole('link', { name: 'Ede', exact: true });
    const label = ede.locator('text');
    await expect(label).toBeHidden();
    await ede.focus();
    await expect(label).toBeVisible();
    await page.getByRole('navigation', { name: 'Paginering' }).getByRole('link', { name: 'Ga naar pagina 2' }).click();
    await expect(table).toHaveCount(17);
    await map.getByRole('link', { name: 'Ede', exact: true }).press('Enter');
    await expect(page).toHaveURL(/\/gemeenten\/ede$/);
    await expect(page.getByRole('img', { name: /Ede ligt in de provincie Gelderland/ })).toBeVisible();
  });

  test('filters the map and the table together, with the count', async ({ page }) => {
    await page.goto('/gemeenten?provincie=Limburg');
    await expect(page.getByRole('status')).toHaveText('7 GKA-gemeenten van de 37 op deze site passen bij je keuze');
    await expect(page.getByRole('group', { name: /Kaart van Nederland/ }).getByRole('link')).toHaveCount(7);
    await expect(page.locator('#gemeenten-tabel tbody tr')).toHaveCount(7);
  });

  test('outline and marks are drawn without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const outline = await page.request.get('/kaart/nederland.svg');
    expect(outline.headers()['content-type']).toBe('image/svg+xml');
    expect((await outline.text()).match(/<path /g)).toHaveLength(12);
    await page.goto('/gemeenten');
    await expect(page.locator('svg.map a')).toHaveCount(37);
    await context.close();
  });
});

// Issue 17, item 10: one clear answer first (the region and how to reach it), the other regions
// below it as one line each; the cards with every contact only on the overview without an answer.
for (const javaScriptEnabled of [false, true]) {
  test(`the answer comes first and once, the other regions below as links (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/regiocoordinatoren?gemeente=groningen');
      const main = page.getByRole('main');
      await expect(main.locator('address')).toHaveCount(1);
      const answer = result(page).locator('address');
      await expect(answer.getByRole('link', { name: 'gelijkekansen@minocw.nl' })).toBeVisible();
      const others = page.getByRole('region', { name: "Andere regio's" });
      await expect(others.getByRole('link')).toHaveText(['Regio Oost', 'Regio West', 'Regio Zuid']);
      expect((await answer.boundingBox())!.y).toBeLessThan((await others.boundingBox())!.y);
      // About half of what four full region cards took at 375 px (4,135 px).
      if (width === 375) expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(3000);

      await page.goto('/regiocoordinatoren');
      await expect(page.getByRole('region', { name: "Alle regio's" }).locator('address')).toHaveCount(4);
    }
    await context.close();
  });
}
