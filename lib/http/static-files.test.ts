import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Prerendered } from '@/lib/build/manifest';
import { chooseEncoding, isCompressible, publicPath, staticEntries } from '@/lib/http/static-files';

describe('static files', () => {
  it('maps locale routes to public addresses', () => {
    expect(publicPath('/nl', 'nl')).toBe('/');
    expect(publicPath('/nl/themas/armoede', 'nl')).toBe('/themas/armoede');
    expect(publicPath('/en/themas', 'nl')).toBe('/en/themas');
    expect(publicPath('/nlx', 'nl')).toBe('/nlx');
    expect(publicPath('/sitemap.xml', 'nl')).toBe('/sitemap.xml');
  });

  it('serves only pages that never revalidate and route outputs with their own headers', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gka-dist-'));
    for (const file of ['themas.html', 'nl.html', 'sitemap.xml.body', 'not-found.html']) fs.writeFileSync(path.join(root, file), '<html></html>');
    const page = (pathname: string, file: string, more: Partial<Prerendered> = {}): Prerendered => ({
      pathname,
      file,
      kind: 'page',
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8' },
      revalidate: false,
      ...more,
    });
    const entries = staticEntries(
      [
        page('/nl/themas', 'themas.html'),
        page('/nl', 'nl.html', { revalidate: 600 }),
        page('/_not-found', 'not-found.html', { status: 404 }),
        page('/sitemap.xml', 'sitemap.xml.body', { kind: 'route', headers: { 'content-type': 'application/xml', 'x-next-cache-tags': 'a' } }),
        page('/nl/weg', 'weg.html'),
      ],
      root,
      'nl',
    );
    expect([...entries.keys()].sort()).toEqual(['/sitemap.xml', '/themas']);
    expect(entries.get('/themas')).toMatchObject({ html: true, status: 200, file: path.join(root, 'themas.html') });
    expect(entries.get('/sitemap.xml')!.headers).toEqual({ 'content-type': 'application/xml' });
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('chooses Brotli, then gzip, and respects q=0', () => {
    expect(chooseEncoding('gzip, deflate, br')).toBe('br');
    expect(chooseEncoding('gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(chooseEncoding('identity')).toBeUndefined();
    expect(chooseEncoding(undefined)).toBeUndefined();
    expect(chooseEncoding('*')).toBe('br');
    expect(isCompressible('text/html; charset=utf-8')).toBe(true);
    expect(isCompressible('image/png')).toBe(false);
  });
});

describe('prerendered pages without the client runtime', () => {
  it('drops Next scripts, the RSC payload and script preloads, and keeps JSON-LD, the site scripts and other links', async () => {
    const { withoutClientRuntime } = await import('@/lib/http/static-files');
    const html = [
      '<head><link rel="stylesheet" href="/_next/static/a.css"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/x.js"/>',
      '<link rel="preload" href="/_next/static/media/font.woff2" as="font" crossorigin="" type="font/woff2"/><link rel="modulepreload" href="/m.js"/>',
      '<script src="/_next/static/chunks/a.js" async=""></script><script id="_R_">(globalThis.TURBOPACK||[]).push({})</script></head>',
      '<body><main><script type="application/ld+json">{"@type":"Organization"}</script><p>Tekst</p><script src="/js/lijsten.js" defer=""></script></main>',
      '<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"\\u003c/script\\u003e"])</script></body>',
    ].join('');
    const out = withoutClientRuntime(html);
    expect(out).not.toMatch(/_next\/static\/chunks|__next_f|TURBOPACK|modulepreload/);
    expect(out).toContain('<script type="application/ld+json">{"@type":"Organization"}</script>');
    expect(out).toContain('<script src="/js/lijsten.js" defer=""></script>');
    expect(out).toContain('href="/_next/static/a.css"');
    expect(out).toContain('as="font"');
    expect(out).toContain('<p>Tekst</p>');
  });
});
