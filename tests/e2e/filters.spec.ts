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
    for (const path of ['/interventies?thema=onzin&sorteer=<x>&q=%00', '/actueel/nieuws?jaar=abc', '/actueel/activiteiten?wanneer=gisteren']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
    }
    // A page number the list does not have is a page that does not exist (issue 25): 404, with the list's helpful page.
    expect((await page.goto('/actueel/nieuws?jaar=abc&pagina=-3'))?.status()).toBe(404);
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

// Issue 17, items 4 and 5: on a phone the filters are one "Filters" control above the results (a
// <details>, so it works without JavaScript), nothing scrolls inside the page, and the sort control
// always shows what the list is sorted by. Pages that stay whatever the content: the list shells,
// the news list and the search.
const LISTS = ['/interventies', '/actueel/nieuws', '/actueel/activiteiten', '/zoeken?q=gka'];

/** Elements inside the panel that scroll on their own (a list cut off in a box). */
const nestedScrollers = (page: Page) =>
  page
    .locator('.filter-panel')
    .evaluate((panel) =>
      [panel, ...panel.querySelectorAll('*')]
        .filter((el) => /(auto|scroll)/.test(getComputedStyle(el).overflowY) && el.scrollHeight > el.clientHeight + 1)
        .map((el) => el.outerHTML.slice(0, 80)),
    );

for (const javaScriptEnabled of [false, true]) {
  test.describe(`the filters at 375 and 1280 px, ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
    test.use({ javaScriptEnabled });

    test('on a phone: one closed Filters control above the results; opened, every option in the page', async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 800 });
      for (const path of LISTS) {
        await page.goto(path);
        const control = page.locator('summary', { hasText: 'Filters' });
        await expect(control, path).toBeVisible();
        const form = page.getByRole('form', { name: 'Filters' });
        await expect(form, path).toBeHidden();
        const status = page.getByRole('status').first();
        expect((await control.boundingBox())!.y, path).toBeLessThan((await status.boundingBox())!.y);
        await control.click();
        await expect(form, path).toBeVisible();
        expect(await nestedScrollers(page), path).toEqual([]);
        // A long group shows its first options and the rest behind a control, not in a scroll box.
        const more = form.locator('details summary', { hasText: /^Nog \d+ tonen$/ });
        if (await more.count()) {
          const hidden = form.locator('details input').first();
          await expect(hidden).toBeHidden();
          await more.first().click();
          await expect(hidden).toBeVisible();
        }
      }
    });

    test('on a wide screen: the filters beside the results, always open, no control', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      for (const path of LISTS) {
        await page.goto(path);
        await expect(page.getByRole('form', { name: 'Filters' }), path).toBeVisible();
        await expect(page.locator('summary', { hasText: 'Filters' }), path).toBeHidden();
        await expect(page.getByRole('heading', { name: 'Filters', level: 2, exact: true }), path).toBeVisible();
        expect(await nestedScrollers(page), path).toEqual([]);
      }
    });
  });
}

test('with JavaScript, the Filters control stays open while a choice updates the list, and says how many are chosen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/actueel/nieuws');
  await page.locator('summary', { hasText: 'Filters' }).click();
  const form = page.getByRole('form', { name: 'Filters' });
  await form.getByRole('checkbox').first().check();
  await expect(page).toHaveURL(/\?/);
  await expect(page.locator('summary', { hasText: 'Filters' })).toContainText('(1 gekozen)');
  await expect(form).toBeVisible();
  await expect(page.locator('details.filter-disclosure')).toHaveJSProperty('open', true);
});

test('with JavaScript, the sort control always shows what the list is sorted by', async ({ page }) => {
  await page.goto('/interventies');
  const sort = page.getByLabel('Sorteren op');
  /** The order the address asks for: the chosen one, else relevance with a search, else title. */
  const expected = () => {
    const params = new URL(page.url()).searchParams;
    return params.get('sorteer') || (params.get('q') ? '' : 'titel');
  };
  const check = async (step: string) => {
    await expect.poll(() => sort.evaluate((s: HTMLSelectElement) => s.selectedIndex), step).toBeGreaterThanOrEqual(0);
    await expect(sort, step).toHaveValue(expected());
  };
  const search = async (q: string) => {
    await page.getByLabel('Zoek in interventies').fill(q);
    await page.getByLabel('Zoek in interventies').press('Enter');
    if (q) await expect(page).toHaveURL(/q=/);
    else await expect(page).not.toHaveURL(/q=/);
  };
  await check('start');
  await search('taal');
  await check('a search');
  await sort.selectOption('gemeente');
  await expect(page).toHaveURL(/sorteer=gemeente/);
  await check('sorted by municipality');
  await sort.selectOption('');
  await expect(page).not.toHaveURL(/sorteer=/);
  await check('by relevance');
  await search('');
  await check('the search cleared');
  for (const step of ['back', 'back', 'back', 'forward', 'forward'] as const) {
    await (step === 'back' ? page.goBack() : page.goForward());
    await check(step);
  }
  await page.reload();
  await check('reload');
  // A browser that restores a choice the new page does not offer (relevance, without a search).
  await page.goto('/interventies');
  await sort.evaluate((s: HTMLSelectElement) => {
    s.value = '';
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
  });
  await check('restored state');
});
