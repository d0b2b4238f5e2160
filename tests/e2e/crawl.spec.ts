import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { currentContent } from '@/lib/content';
import { sitemapEntries } from '@/lib/seo/sitemap';
import { localized } from '@/lib/urls';

// The whole built site: follow every internal link from the home page, the English home page and
// the sitemap; every page, download and fragment anchor must exist. Then axe on every page that
// the content has (every page in the sitemap, in both languages), not only one per type.

const MAX_URLS = 3000;
const LINK = /<(a|link|img|script|form)\b[^>]*?\s(href|src|action)="([^"]*)"/g;
const ID = /\sid="([^"]+)"/g;

/** What a stub page says: the public site has none (issue "only true content"). */
const STUB = /titel volgt nog|volgen nog|staa?n? nog niet op deze site|vervangt dit voorbeeld|voorbeeldinhoud/i;

const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"');

async function crawl(request: APIRequestContext) {
  const seen = new Map<string, { status: number; ids?: Set<string>; from: string }>();
  const anchors: { page: string; target: string; fragment: string }[] = [];
  const stubs: string[] = [];
  const queue: { url: string; from: string }[] = [
    { url: '/', from: '(start)' },
    { url: '/en', from: '(start)' },
  ];
  const sitemap = await (await request.get('/sitemap.xml')).text();
  for (const [, loc] of sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)) queue.push({ url: new URL(loc).pathname, from: '/sitemap.xml' });

  while (queue.length > 0) {
    const { url, from } = queue.shift()!;
    if (seen.has(url)) continue;
    if (seen.size >= MAX_URLS) throw new Error(`meer dan ${MAX_URLS} adressen: loopt de crawl rond?`);
    const response = await request.get(url);
    const type = response.headers()['content-type'] ?? '';
    const entry: { status: number; ids?: Set<string>; from: string } = { status: response.status(), from };
    seen.set(url, entry);
    if (!type.startsWith('text/html') || response.status() >= 400) continue;
    const html = await response.text();
    entry.ids = new Set([...html.matchAll(ID)].map((m) => m[1]));
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>')).replace(/<[^>]+>/g, ' ');
    const stub = STUB.exec(main);
    if (stub) stubs.push(`${url}: “${stub[0]}”`);
    for (const match of html.matchAll(LINK)) {
      const [, tag, , raw] = match;
      // A POST form's action is an endpoint, not a page (the form tests cover it).
      if (tag === 'form' && /\smethod="post"/i.test(html.slice(match.index, html.indexOf('>', match.index)))) continue;
      const href = decode(raw);
      if (!href || /^(mailto:|tel:|data:|javascript:)/i.test(href)) continue;
      const target = new URL(href, `http://site${url}`);
      if (target.host !== 'site') continue;
      // A form's action is only its address; the GET parameters come from its fields.
      const next = tag === 'form' ? target.pathname : target.pathname + target.search;
      if (target.hash.length > 1) anchors.push({ page: url, target: next, fragment: decodeURIComponent(target.hash.slice(1)) });
      if (!seen.has(next)) queue.push({ url: next, from: url });
    }
  }
  return { seen, anchors, stubs };
}

test('no broken internal links, downloads or fragment anchors anywhere on the site, and no stub pages', async ({ request }) => {
  test.setTimeout(300_000);
  const { seen, anchors, stubs } = await crawl(request);
  expect(stubs).toEqual([]);
  const broken = [...seen].filter(([, e]) => e.status >= 400).map(([url, e]) => `${url} (${e.status}) gelinkt vanaf ${e.from}`);
  expect(broken).toEqual([]);
  const missing = anchors
    .filter((a) => seen.get(a.target)?.ids && !seen.get(a.target)!.ids!.has(a.fragment))
    .map((a) => `${a.page} → ${a.target}#${a.fragment}`);
  expect([...new Set(missing)]).toEqual([]);
  // The crawl reached the content: every page type and hundreds of pages, downloads included.
  expect(seen.size).toBeGreaterThan(500);
  expect([...seen.keys()].some((u) => u.endsWith('.pdf'))).toBe(true);
  expect([...seen.keys()].some((u) => u.endsWith('.ics'))).toBe(true);
});

/** Every page of the content the test server serves first (the build's), in both languages: what the sitemap lists, and its English twin. */
function contentPages(): string[] {
  const dutch = sitemapEntries('', currentContent()).map((e) => e.url);
  return [...dutch, ...dutch.map((url) => localized(url, 'en'))].sort();
}

const pages = contentPages();
const CHUNK = 20;

test('the content has pages to check', () => {
  // Every content page in both languages: about 180 with the public content (only true content, so
  // few interventions), more as editors add or import content.
  expect(pages.length).toBeGreaterThan(150);
});

for (let i = 0; i < pages.length; i += CHUNK) {
  const chunk = pages.slice(i, i + CHUNK);
  test(`axe on content pages ${i + 1}–${i + chunk.length} of ${pages.length}`, async ({ page }) => {
    test.setTimeout(180_000);
    const violations: string[] = [];
    for (const url of chunk) {
      await page.goto(url);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      for (const v of results.violations) violations.push(`${url} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }
    expect(violations).toEqual([]);
  });
}
