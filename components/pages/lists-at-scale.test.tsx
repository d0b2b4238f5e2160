// Every list page with 10,000 interventions: at most 40 KB of gzip HTML, the whole document.
import { gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';

vi.mock('contentlayer/generated', async () => (await import('@/tests/fixtures/generated-content')).generatedContent({ interventions: 10_000 }));

const { renderDocument } = await import('@/server/document');
const { interventionsPage } = await import('./interventions');
const { municipalitiesPage } = await import('./municipalities');
const { newsIndexPage } = await import('./news');
const { searchPage } = await import('./search');
const { contentAt } = await import('@/lib/content');

const assets = { stylesheets: ['/_next/static/chunks/site.css'], fonts: ['/fonts/site.woff2'], icon: { href: '/icon.svg', type: 'image/svg+xml' } };
const now = new Date();
const gzipKiB = (view: ReturnType<typeof interventionsPage>, path: string) =>
  gzipSync(renderDocument(view, { locale: 'nl', address: path, assets })).length / 1024;

describe('list pages with 10,000 interventions', () => {
  it('the fixture really has them', () => {
    expect(contentAt(now).interventions).toHaveLength(10_000);
  });

  it.each([
    ['/interventies', {}],
    ['/interventies (filtered, sorted, page 17)', { thema: 'armoede', sorteer: 'gemeente', pagina: '17' }],
    ['/interventies (searched)', { q: 'taal ouders' }],
  ])('%s stays under 40 KB gzip', (_, query) => {
    const view = interventionsPage({ locale: 'nl', query, now });
    expect(gzipKiB(view, '/interventies')).toBeLessThan(40);
  });

  it('/zoeken for a common word stays under 40 KB gzip, with a page of 20', () => {
    const view = searchPage({ locale: 'nl', query: { q: 'school' }, now });
    expect(gzipKiB(view, '/zoeken')).toBeLessThan(40);
  });

  it('/actueel/nieuws and /gemeenten stay under 40 KB gzip', () => {
    expect(gzipKiB(newsIndexPage({ locale: 'nl', query: {}, now }), '/actueel/nieuws')).toBeLessThan(40);
    expect(gzipKiB(municipalitiesPage({ locale: 'nl', query: {}, now }), '/gemeenten')).toBeLessThan(40);
  });
});
