// Visitors never see how editors work: no command, no path into the repository's docs, no
// placeholder file name. Every public page of the real content (every address in the sitemap, in
// both languages), the lists with a filter that finds nothing, and the not-found page, rendered
// as the production server renders them (server/rendered.ts). The guidance is in /beheer and docs.
import { describe, expect, it } from 'vitest';
import { currentContent } from '@/lib/content';
import { sitemapEntries } from '@/lib/seo/sitemap';
import { localized } from '@/lib/urls';
import { renderDocument } from '@/server/document';
import { matchRoute } from '@/server/routes';
import { notFoundPage } from './not-found';
import type { PageView } from './types';

const assets = { stylesheets: ['/_next/static/chunks/site.css'], fonts: ['/fonts/site.woff2'], icon: { href: '/icon.svg', type: 'image/svg+xml' } };
const now = new Date();
const content = currentContent(now);

/** What editors' instructions look like; none of it belongs to a visitor's page. */
const INSTRUCTIONS = [/npm run/i, /\bnpx\b/i, /docs\//i, /redactie\.md/i, /voor de redactie/i, /BESTAND/, /check:content/i, /\.xlsx\b/i];

async function render(address: string): Promise<{ status: number; html: string }> {
  const url = new URL(address, 'http://localhost');
  const match = matchRoute(url.pathname, url.searchParams);
  if (match?.route.kind !== 'page') throw new Error(`${address} is geen pagina van de routetabel`);
  const loaded = match.route.load ? await match.route.load(content) : {};
  const view: PageView | undefined = match.route.view({ content, locale: match.locale, query: match.query, now, params: { ...match.params, ...loaded } });
  if (!view) throw new Error(`${address} vindt niets`);
  return { status: view.status ?? 200, html: renderDocument(view, { locale: match.locale, address: match.address, assets }) };
}

const addresses = [...sitemapEntries('', content).map((e) => e.url), '/interventies?thema=bestaat-niet', '/gemeenten?q=zzzz', '/zoeken?q=npm', '/zoeken'];
const everyAddress = ['nl', 'en'].flatMap((locale) => addresses.map((a) => localized(a, locale)));

describe('public pages', () => {
  it('render every address of the sitemap in both languages', () => {
    expect(addresses.length).toBeGreaterThan(30);
    expect(everyAddress).toContain('/en/interventies');
  });

  it.each(everyAddress)('%s shows visitors no instructions for editors', async (address) => {
    const { html } = await render(address);
    for (const pattern of INSTRUCTIONS) expect(html, `${address}: ${pattern}`).not.toMatch(pattern);
  });

  it('the not-found page neither', () => {
    for (const locale of ['nl', 'en']) {
      const html = renderDocument(notFoundPage({ locale }), { locale, address: '/', assets });
      for (const pattern of INSTRUCTIONS) expect(html).not.toMatch(pattern);
    }
  });

  it('/interventies, /gemeenten and the bundle say once how many items the site holds, of the real figures', async () => {
    const interventions = content.interventions.length;
    const municipalities = content.municipalities.length;
    const holds = {
      '/interventies': `Op deze site staan ${interventions} interventies`,
      '/interventies/bundel': `Op deze site staan ${interventions} interventies`,
      '/gemeenten': `Op deze site staan ${municipalities} van de 101 GKA-gemeenten.`,
      '/en/interventies': `This site holds ${interventions} interventions`,
    };
    for (const [address, sentence] of Object.entries(holds)) {
      const { html } = await render(address);
      expect(html.split(sentence), address).toHaveLength(2);
    }
    expect((await render('/interventies')).html).toContain('De interventiebundel van 2022 telt er 264, uit 101 gemeenten.');
  });
});
