import { describe, expect, it } from 'vitest';
import { currentContent } from '@/lib/content';
import { bundleFile } from './chapters';
import { bundleFacts, bundlePdfs } from './index';

describe('the bundle of a snapshot', () => {
  it('has the whole bundle and one PDF per theme and municipality with interventions, made once', async () => {
    const content = currentContent();
    const pdfs = await bundlePdfs(content);
    expect(bundlePdfs(content)).toBe(bundlePdfs(content));
    expect(pdfs.has(bundleFile.all())).toBe(true);
    for (const m of content.municipalities)
      expect(pdfs.has(bundleFile.municipality(m.slug))).toBe(content.interventions.some((i) => i.municipality === m.slug));
    const facts = await bundleFacts(content);
    for (const [href, pdf] of pdfs) {
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(facts.get(href)).toMatchObject({ href, bytes: pdf.length, format: 'PDF' });
      expect(facts.get(href)!.pages).toBeGreaterThan(0);
    }
  }, 60_000);
});
