import { expect, test, type Page } from '@playwright/test';

// Issue 27, items 1 and 2: with JavaScript a filter change or the filter form's own submit button
// updates a list in place (components/lists/enhance.ts). Focus must stay on the control that was
// used (WCAG 2.4.3), and the count must be spoken: one live region that stays in the page and
// changes its text (WCAG 4.1.3). Every list shell, in both languages, by keyboard alone.
const LISTS = [
  { path: '/interventies', apply: 'Toon interventies' },
  { path: '/gemeenten', apply: 'Filters toepassen' },
  { path: '/zoeken?q=gka', apply: 'Filters toepassen' },
  { path: '/actueel/nieuws', apply: 'Filters toepassen' },
  { path: '/actueel/activiteiten', apply: 'Filters toepassen' },
  { path: '/en/interventies', apply: 'Show interventions' },
];

/** Marks the elements that exist now, so a test can tell the swapped-in twin from the original. */
const markElements = (page: Page) => page.evaluate(() => document.querySelectorAll('*').forEach((el) => ((el as HTMLElement).dataset.before = '')));

/** What has focus: its name and whether it is a new element (the list was swapped). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    return { tag: el.tagName, id: el.id, text: el.textContent?.trim() ?? '', swapped: !('before' in el.dataset) };
  });

/** Presses Tab until `test` holds for the focused element (keyboard only, no clicks). */
async function tabTo(page: Page, test: (el: Element) => boolean, what: string) {
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`(${test.toString()})(document.activeElement)`)) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

/** On a phone the filters are behind one "Filters" control: open it with the keyboard. */
async function openFilters(page: Page, width: number) {
  if (width >= 1024) return;
  await tabTo(page, (el) => el.tagName === 'SUMMARY' && el.classList.contains('filter-summary'), 'the Filters control');
  await page.keyboard.press('Enter');
}

for (const width of [375, 1280]) {
  test.describe(`at ${width}px`, () => {
    test.use({ viewport: { width, height: 900 } });

    for (const { path, apply } of LISTS) {
      test(`${path}: the filter form's submit button keeps focus, and Tab goes on after it`, async ({ page }) => {
        await page.goto(path);
        await openFilters(page, width);
        await tabTo(page, (el) => el.matches('input[type=checkbox]'), 'a filter');
        await page.keyboard.press('Space');
        await expect(page).toHaveURL(/\?.*=/);
        await markElements(page);
        await tabTo(page, (el) => el.matches('form[data-auto-submit] button[type=submit]'), 'the submit button');
        const url = page.url();
        await page.keyboard.press('Enter');
        // The button is a new element once the list is swapped; focus is on it, not on <body>.
        await expect.poll(() => focused(page)).toEqual({ tag: 'BUTTON', id: '', text: apply, swapped: true });
        expect(page.url()).toBe(url);
        // The next Tab goes on from the button: to a control after it, not back to the first filter.
        await page.keyboard.press('Tab');
        const after = await page.evaluate(() => {
          const button = document.querySelector('form[data-auto-submit] button[type=submit]')!;
          return !!(button.compareDocumentPosition(document.activeElement!) & Node.DOCUMENT_POSITION_FOLLOWING);
        });
        expect(after).toBe(true);
      });

      test(`${path}: a filter ticked or unticked with Space keeps focus`, async ({ page }) => {
        await page.goto(path);
        await openFilters(page, width);
        await tabTo(page, (el) => el.matches('input[type=checkbox]'), 'a filter');
        const id = (await focused(page)).id;
        for (const step of ['tick', 'untick']) {
          await markElements(page);
          const url = page.url();
          await page.keyboard.press('Space');
          await expect(page, step).not.toHaveURL(url);
          await expect.poll(() => focused(page), step).toMatchObject({ tag: 'INPUT', id, swapped: true });
        }
        // Typing on at the same place: the sort order (a select) on /interventies, another filter elsewhere.
        await markElements(page);
        await page.keyboard.press('Shift+Tab');
        const previous = await focused(page);
        if (previous.tag === 'INPUT' || previous.tag === 'SELECT') {
          expect(previous.id).not.toBe(id);
          expect(previous.swapped).toBe(false);
        }
      });
    }
  });
}

test('the sort order chosen with the keyboard keeps focus on /interventies', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/interventies');
  await tabTo(page, (el) => el.id === 'interventies-sorteer', 'the sort control');
  await markElements(page);
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/sorteer=/);
  await expect.poll(() => focused(page)).toMatchObject({ id: 'interventies-sorteer', swapped: true });
});

test('a search typed in the filter form and sent with Enter keeps focus in the field', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/interventies');
  await tabTo(page, (el) => el.id === 'interventies-q', 'the search field');
  await page.keyboard.type('taal');
  await markElements(page);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/q=taal/);
  await expect.poll(() => focused(page)).toMatchObject({ id: 'interventies-q', swapped: true });
});

/** The accessibility tree's node for the count, through Chrome DevTools Protocol. */
async function statusNode(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '[data-swap] [role=status]' });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
  await cdp.detach();
  const node = nodes[0];
  const prop = (name: string) => node.properties?.find((p) => p.name === name)?.value.value;
  return { id: node.nodeId, role: node.role?.value, live: prop('live'), atomic: prop('atomic') };
}

for (const { path, filter } of [
  { path: '/interventies', filter: /^Taalbevordering/ },
  { path: '/gemeenten', filter: /^Limburg/ },
  { path: '/zoeken?q=gka', filter: /^Nieuws/ },
  { path: '/actueel/nieuws', filter: /^2019/ },
  { path: '/en/interventies', filter: /^Taalbevordering/ },
]) {
  test(`${path}: the count is one live region that stays and changes its text`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(path);
    const status = page.locator('[data-swap] [role=status]');
    await expect(status).toHaveCount(1);
    const before = await status.textContent();
    const node = await statusNode(page);
    expect(node).toMatchObject({ role: 'status', live: 'polite', atomic: true });
    // Whatever happens to the page around it, the live region itself is never taken out.
    await page.evaluate(() => {
      const live = document.querySelector('[data-swap] [role=status]')!;
      (window as unknown as { removals: number }).removals = 0;
      new MutationObserver((records) => {
        for (const r of records)
          for (const n of Array.from(r.removedNodes)) if (n === live || n.contains(live)) (window as unknown as { removals: number }).removals++;
      }).observe(document.body, { childList: true, subtree: true });
    });
    await page
      .getByRole('form', { name: /Filters/ })
      .getByRole('checkbox', { name: filter })
      .first()
      .check();
    await expect(page).toHaveURL(/\?.*=/);
    await expect(status).not.toHaveText(before!);
    expect(await page.evaluate(() => (window as unknown as { removals: number }).removals)).toBe(0);
    expect(await status.evaluate((el) => el === document.querySelector('[role=status]') && el.isConnected)).toBe(true);
    // Still the polite, atomic live region a screen reader watches. (Chromium keys its tree by the
    // DOM node, so the id alone would not show a removal and re-insertion: the count above does.)
    expect(await statusNode(page)).toEqual(node);
    // Back: the list of the previous address, through the same region.
    await page.goBack();
    await expect(status).toHaveText(before!);
    expect(await page.evaluate(() => (window as unknown as { removals: number }).removals)).toBe(0);
    expect(await statusNode(page)).toEqual(node);
  });
}
