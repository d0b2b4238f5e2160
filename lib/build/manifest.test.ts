import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes } from '@/lib/http/security-headers';
import { BuildManifestError, manifestFromBuild, MANIFEST_FILE, readBuildManifest, writeBuildManifest, type BuildFiles } from './manifest';

// What Next 16.5 handed the adapter in a real build of this site, cut down to a few outputs of
// each kind (paths under /project).
const input = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'fixtures/adapter-input.json'), 'utf8'));
const fresh = () => structuredClone(input);

const NOT_FOUND = '<html><script>self.__next_f=[]</script><script type="application/ld+json">{}</script></html>';
const files = (extra: Record<string, string> = {}): BuildFiles => {
  const contents: Record<string, string> = {
    '/project/.next/static/chunks/19-6t20ests_r.css': "@font-face{font-family:Geist;src:url('/fonts/Geist-Variable.woff2') format('woff2')}",
    '/project/.next/server/pages/404.html': NOT_FOUND,
    '/project/public/fonts/Geist-Variable.woff2': 'font',
    ...extra,
  };
  return {
    read: (f) => contents[f] ?? (f.endsWith('.html') || f.endsWith('.body') ? '<html><script>page()</script></html>' : ''),
    exists: (f) => f in contents,
  };
};

const failure = (context: unknown, io = files()) => {
  try {
    manifestFromBuild(context, io);
  } catch (error) {
    expect(error).toBeInstanceOf(BuildManifestError);
    return (error as Error).message;
  }
  throw new Error('no failure');
};

describe('build manifest from the adapter', () => {
  it('names the stylesheet, its font, the icon, every /_next/static file and the prerendered outputs', () => {
    const m = manifestFromBuild(fresh(), files());
    expect(m).toMatchObject({ format: 1, nextVersion: '16.5.0', buildId: input.buildId });
    expect(m.stylesheets).toEqual(['/_next/static/chunks/19-6t20ests_r.css']);
    expect(m.fonts).toEqual(['/fonts/Geist-Variable.woff2']);
    expect(m.icon).toEqual({ href: expect.stringMatching(/^\/icon\.svg\?[0-9a-f]{16}$/), type: 'image/svg+xml' });
    expect(Object.keys(m.assets).sort()).toEqual(
      input.outputs.staticFiles
        .map((f: { pathname: string }) => f.pathname)
        .filter((p: string) => p.startsWith('/_next/static/'))
        .sort(),
    );
    expect(m.assets['/_next/static/chunks/19-6t20ests_r.css']).toEqual({ file: '.next/static/chunks/19-6t20ests_r.css', type: 'text/css; charset=utf-8' });
    // The HTML of a page and a route's body; never the client router's payloads.
    const themas = m.prerendered.find((p) => p.pathname === '/nl/themas')!;
    expect(themas).toMatchObject({ kind: 'page', status: 200, revalidate: false });
    expect(themas.file).toMatch(/^\.next\/server\/.*themas\.html$/);
    expect(m.prerendered.find((p) => p.pathname === '/feed.css')).toMatchObject({ kind: 'route', headers: { 'content-type': 'text/css; charset=utf-8' } });
    expect(m.prerendered.find((p) => p.pathname === '/feed.css')!.headers.vary).toBeUndefined();
    expect(m.prerendered.some((p) => p.pathname.endsWith('.rsc'))).toBe(false);
  });

  it('allows the inline scripts of the HTML Next answers itself (its 404 and error pages), not of pages served from their file', () => {
    const m = manifestFromBuild(fresh(), files());
    expect(m.scriptHashes).toEqual(expect.arrayContaining(inlineScriptHashes(NOT_FOUND)));
    expect(m.scriptHashes.length).toBe(2); // the 404 page's and the global error page's
  });

  it('fails the build with one Dutch line naming what Next no longer hands over', () => {
    const noStatic = fresh();
    delete noStatic.outputs.staticFiles;
    expect(failure(noStatic)).toBe('Build-adapter: outputs.staticFiles ontbreekt of heeft een ander formaat (Next 16.5.0); pas lib/build/manifest.ts aan.');
    const renamed = fresh();
    renamed.outputs.prerenders[0].fallback.initialRevalidate = 'never';
    expect(failure(renamed)).toMatch(/^Build-adapter: outputs\.prerenders\[0\]\.fallback\.initialRevalidate ontbreekt/);
    const wrongPath = fresh();
    wrongPath.outputs.staticFiles[0].pathname = 'chunks/a.js';
    expect(failure(wrongPath)).toMatch(/outputs\.staticFiles\[0\]\.pathname/);
    expect(failure({ ...fresh(), nextVersion: undefined })).toMatch(/^Build-adapter: nextVersion ontbreekt .*\(Next onbekende versie\)/);
    expect(failure(null)).toMatch(/^Build-adapter: .* ontbreekt/);
  });

  it('fails the build when the site would lack its stylesheet, font or icon, or a file has no known type', () => {
    const noCss = fresh();
    noCss.outputs.staticFiles = noCss.outputs.staticFiles.filter((f: { pathname: string }) => !f.pathname.endsWith('.css'));
    expect(failure(noCss)).toMatch(/geen stylesheet/);
    expect(failure(fresh(), files({ '/project/.next/static/chunks/19-6t20ests_r.css': 'body{}' }))).toMatch(/laden geen lettertype/);
    const io = files();
    expect(failure(fresh(), { ...io, exists: () => false })).toMatch(/lettertype \/fonts\/Geist-Variable\.woff2 .* niet in/);
    const noIcon = fresh();
    noIcon.outputs.staticFiles = noIcon.outputs.staticFiles.filter((f: { pathname: string }) => f.pathname !== '/icon.svg');
    expect(failure(noIcon)).toMatch(/geen \/icon/);
    const odd = fresh();
    odd.outputs.staticFiles.push({ type: 'STATIC_FILE', id: 'x', pathname: '/_next/static/chunks/a.wasm', filePath: '/project/.next/static/chunks/a.wasm' });
    expect(failure(odd)).toMatch(/\/_next\/static\/chunks\/a\.wasm, een soort bestand zonder bekend inhoudstype/);
  });
});

describe('build manifest at server start', () => {
  it('reads back what the build wrote, and stops on a missing or different one with one Dutch line', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gka-manifest-'));
    expect(() => readBuildManifest(root)).toThrow('Geen bruikbaar bouwmanifest (.build/manifest.json): voer eerst `npm run build` uit.');
    const m = manifestFromBuild(fresh(), files());
    writeBuildManifest(root, m);
    expect(readBuildManifest(root)).toEqual(m);
    fs.writeFileSync(path.join(root, MANIFEST_FILE), JSON.stringify({ ...m, stylesheets: 'a.css' }));
    expect(() => readBuildManifest(root)).toThrow(/^Geen bruikbaar bouwmanifest .* uit \(stylesheets ontbreekt of heeft een ander formaat\)\.$/);
    fs.writeFileSync(path.join(root, MANIFEST_FILE), '{"format":');
    expect(() => readBuildManifest(root)).toThrow(BuildManifestError);
    fs.rmSync(root, { recursive: true, force: true });
  });
});
