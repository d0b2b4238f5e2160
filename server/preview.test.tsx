import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { bundledRelease } from '@/lib/content';
import { draftDocument } from '@/lib/editor/document';
import { previewInstant, previewRelease } from '@/lib/editor/preview';
import { matchRoute } from './routes';

// The preview shows a concept before it is complete: a page must render from a draft that the
// checker still finds fault with, at the moment it is planned for.
describe('the preview of an incomplete or scheduled draft', () => {
  const drafts = {
    'planned for 2030': '---\ntitle: "Later"\ndate: "2030-01-01"\npublishDate: "2030-01-01"\nsummary: "S"\nthemes: []\n---\n\nTekst\n',
    'without themes yet': '---\ntitle: "Zonder thema"\ndate: "2026-12-01"\nsummary: "S"\n---\n\nTekst\n',
    'without a summary yet': '---\ntitle: "Zonder samenvatting"\ndate: "2026-12-01"\nthemes: []\n---\n\nTekst\n',
  };
  for (const [name, text] of Object.entries(drafts)) {
    it(`renders its page and its list: ${name}`, async () => {
      const doc = await draftDocument('nieuws/voorbeeld.md', text);
      const release = previewRelease(bundledRelease, [doc as never]);
      const instant = previewInstant([doc as { publishDate?: string }], new Date());
      for (const address of [String(doc.url), '/actueel/nieuws']) {
        const match = matchRoute(address, new URLSearchParams());
        if (match?.route.kind !== 'page') throw new Error(`no page for ${address}`);
        const view = match.route.view({ content: release.at(instant), locale: match.locale, query: match.query, now: instant, params: match.params });
        expect(renderToStaticMarkup(<>{view?.body}</>), address).toContain(String(doc.title));
      }
    });
  }
});
