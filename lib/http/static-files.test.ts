import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes } from '@/lib/http/security-headers';
import { buildAssetFile, buildScriptHashes, chooseEncoding, isCompressible, publicPath, staticEntries } from '@/lib/http/static-files';

describe('static files', () => {
  it('maps locale routes to public addresses', () => {
    expect(publicPath('/nl', 'nl')).toBe('/');
    expect(publicPath('/nl/themas/armoede', 'nl')).toBe('/themas/armoede');
    expect(publicPath('/en/themas', 'nl')).toBe('/en/themas');
    expect(publicPath('/nlx', 'nl')).toBe('/nlx');
    expect(publicPath('/sitemap.xml', 'nl')).toBe('/sitemap.xml');
  });

  it('serves only pages that never revalidate and route outputs with their own headers', () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'gka-dist-'));
    const app = path.join(dist, 'server/app');
    fs.mkdirSync(path.join(app, 'nl'), { recursive: true });
    fs.writeFileSync(path.join(app, 'nl/themas.html'), '<html></html>');
    fs.writeFileSync(path.join(app, 'nl.html'), '<html>home</html>');
    fs.writeFileSync(path.join(app, 'sitemap.xml.body'), '<urlset/>');
    fs.writeFileSync(
      path.join(app, 'sitemap.xml.meta'),
      JSON.stringify({ status: 200, headers: { 'content-type': 'application/xml', 'x-next-cache-tags': 'a' } }),
    );
    const routes = {
      '/nl/themas': { initialRevalidateSeconds: false, dataRoute: '/nl/themas.rsc' },
      '/nl': { initialRevalidateSeconds: 600, dataRoute: '/nl.rsc' },
      '/_not-found': { initialRevalidateSeconds: false, dataRoute: '/_not-found.rsc', initialStatus: 404 },
      '/sitemap.xml': { initialRevalidateSeconds: false, routeType: 'route', dataRoute: null },
      '/nl/weg': { initialRevalidateSeconds: false, dataRoute: '/nl/weg.rsc' },
    };
    fs.writeFileSync(path.join(dist, 'prerender-manifest.json'), JSON.stringify({ routes }));
    const entries = staticEntries(dist, 'nl');
    expect([...entries.keys()].sort()).toEqual(['/sitemap.xml', '/themas']);
    expect(entries.get('/themas')).toMatchObject({ html: true, status: 200 });
    expect(entries.get('/sitemap.xml')!.headers).toEqual({ 'content-type': 'application/xml' });
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it('knows the inline scripts of every prerendered page, and no other', () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'gka-dist-'));
    fs.mkdirSync(path.join(dist, 'server/app/nl/diep'), { recursive: true });
    fs.writeFileSync(path.join(dist, 'server/app/_not-found.html'), '<script>a()</script><script type="application/ld+json">{}</script>');
    fs.writeFileSync(path.join(dist, 'server/app/nl/diep/pagina.html'), '<script>b()</script><script src="/x.js"></script>');
    fs.writeFileSync(path.join(dist, 'server/app/nl/diep/pagina.rsc'), '<script>c()</script>');
    const hashes = buildScriptHashes(dist);
    expect([...hashes].sort()).toEqual([...inlineScriptHashes('<script>a()</script><script>b()</script>')].sort());
    expect(hashes.has(inlineScriptHashes('<script>alert(1)</script>')[0])).toBe(false);
    expect(buildScriptHashes(path.join(dist, 'bestaat-niet')).size).toBe(0);
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it('serves build assets from .next/static and nothing outside it', () => {
    expect(buildAssetFile('/d', '/_next/static/chunks/a.js')).toEqual({
      file: path.resolve('/d/static/chunks/a.js'),
      type: 'application/javascript; charset=utf-8',
    });
    expect(buildAssetFile('/d', '/_next/static/../../etc/passwd.js')).toBeUndefined();
    expect(buildAssetFile('/d', '/_next/static/%2e%2e/%2e%2e/server/app/nl.html')).toBeUndefined();
    expect(buildAssetFile('/d', '/_next/static/%E0%A4%A')).toBeUndefined();
    expect(buildAssetFile('/d', '/_next/static/chunks/a.exe')).toBeUndefined();
    expect(buildAssetFile('/d', '/downloads/a.pdf')).toBeUndefined();
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
