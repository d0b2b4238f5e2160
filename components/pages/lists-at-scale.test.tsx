// Every list page with 10,000 interventions: at most 40 KB of gzip HTML, the whole document.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { openRelease } from '@/lib/content/release';
import { renderDocument } from '@/server/document';
import { generatedDocuments } from '@/tests/fixtures/generated-content';
import { interventionsPage } from './interventions';
import { municipalitiesPage } from './municipalities';
import { newsIndexPage } from './news';
import { searchPage } from './search';

const assets = { stylesheets: ['/_next/static/chunks/site.css'], fonts: ['/fonts/site.woff2'], icon: { href: '/icon.svg', type: 'image/svg+xml' } };
const now = new Date();
const content = openRelease({ id: 'volume', createdAt: now.toISOString(), documents: generatedDocuments({ interventions: 10_000 }) }).at(now);
const gzipKiB = (view: ReturnType<typeof interventionsPage>, path: string) =>
  gzipSync(renderDocument(view, { locale: 'nl', address: path, assets })).length / 1024;

describe('list pages with 10,000 interventions', () => {
  it('the fixture really has them', () => {
    expect(content.interventions).toHaveLength(10_000);
  });

  it.each([
    ['/interventies', {}],
    ['/interventies (filtered, sorted, page 17)', { thema: 'armoede', sorteer: 'gemeente', pagina: '17' }],
    ['/interventies (searched)', { q: 'taal ouders' }],
  ])('%s stays under 40 KB gzip', (_, query) => {
    const view = interventionsPage({ locale: 'nl', query, content, now });
    expect(gzipKiB(view, '/interventies')).toBeLessThan(40);
  });

  it('/zoeken for a common word stays under 40 KB gzip, with a page of 20', () => {
    const view = searchPage({ locale: 'nl', query: { q: 'school' }, content, now });
    expect(gzipKiB(view, '/zoeken')).toBeLessThan(40);
  });

  it('/actueel/nieuws and /gemeenten stay under 40 KB gzip', () => {
    expect(gzipKiB(newsIndexPage({ locale: 'nl', query: {}, content, now }), '/actueel/nieuws')).toBeLessThan(40);
    expect(gzipKiB(municipalitiesPage({ locale: 'nl', query: {}, content, now }), '/gemeenten')).toBeLessThan(40);
  });
});
