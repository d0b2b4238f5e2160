import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '@/tests/support/content-folder';
import { bodyToHtml, draftDocument, markdownToHtml } from './document';

const GENERATED = path.join(ROOT, '.contentlayer/generated');
const built = () =>
  fs
    .readdirSync(GENERATED, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((e) => JSON.parse(fs.readFileSync(path.join(GENERATED, e.name, '_index.json'), 'utf8')) as { _id: string }[]);

describe('a draft as the build would make it', () => {
  it.skipIf(!fs.existsSync(GENERATED))('equals the content build’s document for every file under content/, html included, within a second', async () => {
    const docs = built();
    expect(docs.length).toBeGreaterThan(50);
    const inhoud = path.join(ROOT, 'public/inhoud');
    const before = fs.existsSync(inhoud) ? fs.readdirSync(inhoud, { recursive: true }).length : 0;
    const times: number[] = [];
    for (const doc of docs) {
      const started = performance.now();
      const draft = await draftDocument(doc._id, fs.readFileSync(path.join(ROOT, 'content', doc._id), 'utf8'));
      times.push(performance.now() - started);
      expect(draft, doc._id).toEqual(doc);
    }
    times.sort((a, b) => a - b);
    console.log(`document per preview: median ${times[times.length >> 1].toFixed(1)} ms, slowest ${times.at(-1)!.toFixed(1)} ms (${docs.length} files)`);
    expect(times.at(-1)).toBeLessThan(1000);
    // The preview copies no images into the build's public/ folder.
    expect(fs.existsSync(inhoud) ? fs.readdirSync(inhoud, { recursive: true }).length : 0).toBe(before);
  });

  it('sanitizes the HTML as the build does', async () => {
    const html = await markdownToHtml(
      '---\ntitle: x\n---\n\n<script>alert(1)</script>\n\n[klik](javascript:alert(1)) <img src=x onerror=alert(1)>\n\n| a |\n| - |\n| b |\n',
    );
    expect(html).not.toMatch(/script|javascript:|onerror/);
    expect(html).toContain('<table>');
  });
});

describe('the body alone, for the live preview', () => {
  const image = (alt: string) => `Afbeelding: ${alt}`;

  it('is the build’s HTML of the body, a leading --- included', async () => {
    expect(await bodyToHtml('---\n\n## Kop\n\nTekst met **vet**.', image)).toBe('<hr>\n<h2>Kop</h2>\n<p>Tekst met <strong>vet</strong>.</p>');
    expect(await bodyToHtml('', image)).toBe('');
  });

  it('is sanitized as the build does', async () => {
    const html = await bodyToHtml('<script>alert(1)</script>\n\n[klik](javascript:alert(1)) <img src=x onerror=alert(1)>', image);
    expect(html).not.toMatch(/<script|javascript:|onerror/);
  });

  it('shows the document’s own images as their alt text, safely, and others as they are', async () => {
    const html = await bodyToHtml('![Kinderen <b>& "ouders"</b>](./foto.jpg)\n\n![Logo](https://example.org/logo.png)', image);
    expect(html).toContain('>Afbeelding: Kinderen &lt;b&gt;&#x26; &#x22;ouders&#x22;&lt;/b&gt;</span>');
    expect(html).not.toContain('foto.jpg');
    expect(html).toContain('<img src="https://example.org/logo.png" alt="Logo">');
  });
});
