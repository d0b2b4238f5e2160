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

  it('serves only route outputs made for good, with their own headers; pages stay with Next', () => {
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
    expect([...entries.keys()]).toEqual(['/sitemap.xml']);
    expect(entries.get('/sitemap.xml')).toMatchObject({ status: 200, file: path.join(root, 'sitemap.xml.body') });
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
