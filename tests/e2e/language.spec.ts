// Language of parts (WCAG 3.1.2): under /en the interface is English and everything that comes
// from content/ or data/ is Dutch, marked lang="nl" so a screen reader switches voice. And the
// one page that is written in English says so.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from './pages';

const root = process.cwd();
const en = JSON.parse(fs.readFileSync(path.join(root, 'messages/en.json'), 'utf8'));
const interfaceTexts = new Set<string>();
const collect = (v: unknown) => (typeof v === 'string' ? interfaceTexts.add(v.trim()) : v && typeof v === 'object' && Object.values(v).forEach(collect));
collect(en);

/** Titles, summaries and names from content/ (contentlayer's output) and data/: Dutch text. */
function contentTexts() {
  const texts = new Set<string>();
  const dir = path.join(root, '.contentlayer/generated');
  for (const type of fs.readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const doc of JSON.parse(fs.readFileSync(path.join(dir, type.name, '_index.json'), 'utf8')) as Record<string, unknown>[])
      for (const key of ['title', 'summary', 'lead', 'description']) if (typeof doc[key] === 'string') texts.add((doc[key] as string).trim());
  }
  // Only what is clearly text: long enough not to be a word the English interface uses too.
  return [...texts].filter((t) => t.length >= 8 && !interfaceTexts.has(t));
}
const CONTENT = contentTexts();

for (const [type, address] of Object.entries(PAGE_TYPES)) {
  test(`every piece of content on /en${address === '/' ? '' : address} is marked Dutch: ${type}`, async ({ page }) => {
    await page.goto(`/en${address === '/' ? '' : address}`);
    const unmarked = await page.evaluate((content) => {
      const known = new Set(content);
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent!.trim().replace(/\s+/g, ' ');
        const el = n.parentElement!;
        if (!text || el.closest('script, style, template, [hidden]')) continue;
        const lang = el.closest('[lang]')?.getAttribute('lang');
        // Markdown bodies are content as a whole; elsewhere a text node that is a known title,
        // summary or name.
        if (lang !== 'nl' && (el.closest('.prose') || known.has(text))) found.push(`${el.tagName.toLowerCase()}: ${text.slice(0, 80)}`);
      }
      return found;
    }, CONTENT);
    expect(unmarked).toEqual([]);
  });
}

test('English visitors have one page in English about the GKA, linked from both home pages', async ({ page }) => {
  for (const home of ['/en', '/']) {
    await page.goto(home);
    const link = page.getByRole('link', { name: 'About the GKA in English' });
    await expect(link).toHaveAttribute('lang', 'en');
    await link.click();
    await expect(page).toHaveURL(/\/en\/over-de-gka$/);
  }
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About the Gelijke Kansen Alliantie');
  for (const heading of ['What the GKA is', 'Who takes part', 'How to get in touch'])
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  // No Dutch content on it but the name of the Dutch version, which says it is Dutch.
  const main = page.locator('main');
  expect(await main.locator('[lang="nl"]').allTextContents()).toEqual(['Over de Gelijke Kansen Alliantie']);
  await expect(main.getByRole('link', { name: 'gelijkekansen@minocw.nl' })).toHaveAttribute('href', 'mailto:gelijkekansen@minocw.nl');
  // The Dutch page stays Dutch.
  await page.goto('/over-de-gka');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Over de Gelijke Kansen Alliantie');
});
