// Text contrast of every interactive element in the states axe does not see: with keyboard focus
// (Tab through each page type) and under the mouse (a sample). WCAG 1.4.3: at least 4.5:1, the
// text colour against the background it is actually painted on (the focus block included).
import { expect, test, type Page } from '@playwright/test';
import { PAGE_TYPES } from './pages';

type Measured = { what: string; ratio: number; color: string; background: string };

/**
 * The lowest contrast of the visible text in `el` (or of the field itself): each text-bearing
 * element's colour against its effective background, the backgrounds of its ancestors composited
 * until one is opaque. Runs in the page.
 */
function measure(el: Element | null): Measured | null {
  if (!el || el === document.body || el === document.documentElement) return null;
  const parse = (c: string) => {
    const n = (c.match(/[\d.]+/g) ?? ['0', '0', '0', '0']).map(Number);
    return [n[0], n[1], n[2], n.length > 3 ? n[3] : 1];
  };
  const over = (top: number[], below: number[]) => [0, 1, 2].map((i) => top[i] * top[3] + below[i] * (1 - top[3]));
  const background = (start: Element) => {
    const layers: number[][] = [];
    for (let e: Element | null = start; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c[3] > 0) layers.push(c);
      if (c[3] >= 1) break;
    }
    return layers.reverse().reduce((below, top) => over(top, below), [255, 255, 255]);
  };
  const luminance = (rgb: number[]) => {
    const [r, g, b] = rgb.map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const visible = (e: Element) => {
    const r = e.getBoundingClientRect();
    const s = getComputedStyle(e);
    return r.width > 1 && r.height > 1 && s.visibility !== 'hidden' && s.opacity !== '0';
  };
  // SVG text (the map's labels) is painted with fill and a white halo, not with `color`.
  if (el instanceof SVGElement) return null;
  const field = el.matches('input:not([type=checkbox]):not([type=radio]):not([type=hidden]), select, textarea');
  const texts = field
    ? [el]
    : [el, ...el.querySelectorAll('*')].filter(
        (e) => !(e instanceof SVGElement) && [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '') && visible(e),
      );
  let worst: Measured | null = null;
  for (const e of texts) {
    const bg = background(e);
    const fg = parse(getComputedStyle(e).color);
    const [a, b] = [luminance(over(fg, bg)), luminance(bg)];
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    if (!worst || ratio < worst.ratio)
      worst = {
        what: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60)}"`,
        ratio: Math.round(ratio * 100) / 100,
        color: getComputedStyle(e).color,
        background: `rgb(${bg.map(Math.round).join(', ')})`,
      };
  }
  return worst;
}

/** Tab from the top until focus leaves the page (or comes round again); the measurement of each stop. */
async function tabThrough(page: Page, limit: number) {
  const seen = new Set<string>();
  const results: Measured[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(
      ([fn]) => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const path: string[] = [];
        for (let e: Element | null = el; e && e !== document.body; e = e.parentElement)
          path.push(`${e.tagName}${[...(e.parentElement?.children ?? [])].indexOf(e)}`);
        // The focus style must be on: :focus-visible is what the user sees after a Tab.
        return { key: path.join('<'), focusVisible: el.matches(':focus-visible'), measured: new Function(`return (${fn})`)()(el) };
      },
      [measure.toString()],
    );
    if (!stop || seen.has(stop.key)) break;
    seen.add(stop.key);
    expect(stop.focusVisible, stop.key).toBe(true);
    if (stop.measured) results.push(stop.measured);
  }
  return results;
}

// The ratio is computed in the page (measure, above) and reported with the element, so a failure
// says which link on which page, in which colours.
const failing = (results: Measured[]) => results.filter((r) => r.ratio < 4.5);

for (const [type, path] of Object.entries(PAGE_TYPES)) {
  test(`focus keeps 4.5:1 on every Tab stop: ${type} (${path})`, async ({ page }) => {
    await page.goto(path);
    // Long pages (every municipality, every region) have hundreds of links of a few kinds:
    // Tab through the start (header, menu, the first of the content), then the end (footer).
    const start = await tabThrough(page, 120);
    await page.evaluate(() => {
      const footer = document.querySelector('footer')!;
      const before = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex="0"]')].filter(
        (e) => footer.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_PRECEDING,
      );
      before.at(-1)?.focus();
    });
    const end = await tabThrough(page, 40);
    expect(start.length + end.length).toBeGreaterThan(10);
    expect(failing([...start, ...end])).toEqual([]);
  });
}

test('focus keeps 4.5:1 in English too (header, menu, footer)', async ({ page }) => {
  await page.goto('/en');
  expect(failing(await tabThrough(page, 60))).toEqual([]);
});

test('hover keeps 4.5:1: header, menu, footer, cards, buttons and tags', async ({ page }) => {
  await page.goto('/');
  const sample = [
    page.locator('header a').first(),
    page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link').first(),
    page.locator('header').getByRole('button').first(),
    page.locator('main a').first(),
    page.locator('main li a').nth(2),
    page.locator('footer a').first(),
    page.locator('footer a').last(),
  ];
  for (const target of sample) {
    await target.hover();
    const m = await target.evaluate((el, fn) => new Function(`return (${fn})`)()(el) as Measured | null, measure.toString());
    expect(m, await target.evaluate((el) => el.outerHTML.slice(0, 80))).not.toBeNull();
    expect(m!.ratio, JSON.stringify(m)).toBeGreaterThanOrEqual(4.5);
  }
});

test('no :visited or :active style changes a colour, so the measured states are all there are', async ({ page }) => {
  await page.goto('/');
  const rules = await page.evaluate(() =>
    [...document.styleSheets].flatMap((s) => {
      const all: string[] = [];
      const walk = (list: CSSRuleList) => {
        for (const r of list) {
          if (r instanceof CSSStyleRule && /:(visited|active)/.test(r.selectorText) && /color|background/.test(r.style.cssText)) all.push(r.cssText);
          if ('cssRules' in r) walk((r as CSSGroupingRule).cssRules);
        }
      };
      walk(s.cssRules);
      return all;
    }),
  );
  expect(rules).toEqual([]);
});
