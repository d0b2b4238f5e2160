import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { FORM_PAGES, PAGE_TYPES } from './pages';

const targets = {
  ...PAGE_TYPES,
  ...FORM_PAGES,
  notFound: '/bestaat-niet',
  english: '/en/actueel/activiteiten/2024/01/18/startbijeenkomst-gka-leernetwerken',
  englishAbout: '/en/over-de-gka',
  englishHome: '/en',
  finderFound: '/regiocoordinatoren?gemeente=Eindhoven',
  finderChoose: '/regiocoordinatoren?gemeente=Bergen',
  finderNone: '/regiocoordinatoren?gemeente=xyzzy',
  municipalitiesFiltered: '/gemeenten?provincie=Limburg&thema=taalbevordering',
  // Issue 25: what a search says when it finds parts only, a place, or nothing in English.
  searchParts: '/zoeken?q=leesbevordering',
  searchPlace: '/zoeken?q=Leeuwarden',
  englishSearchNone: '/en/zoeken?q=xylophone',
  listMissingPage: '/interventies?pagina=2',
  calendarHelp: '/actueel/activiteiten/abonneren',
};

for (const width of [375, 1280]) {
  for (const [type, path] of Object.entries(targets)) {
    test(`${type} at ${width}px has no axe violations (WCAG 2.1 A/AA)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}

test('nothing overflows sideways at 320px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const path of Object.values(PAGE_TYPES)) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
