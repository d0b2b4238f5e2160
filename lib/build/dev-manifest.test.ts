import { describe, expect, it } from 'vitest';
import { devManifest, DEV_STYLESHEET } from './dev-manifest';
import { buildManifestSchema } from './manifest';

describe('devManifest', () => {
  it('links the development stylesheet and preloads the fonts it loads, once each', () => {
    const css = `@font-face{src:url('/fonts/Geist-Variable.woff2') format('woff2')} .a{background:url(/x.woff2)} .b{src:url("/fonts/Geist-Variable.woff2")}`;
    const manifest = devManifest(css);
    expect(buildManifestSchema.parse(manifest)).toEqual(manifest);
    expect(manifest.stylesheets).toEqual([DEV_STYLESHEET]);
    expect(manifest.fonts).toEqual(['/fonts/Geist-Variable.woff2', '/x.woff2']);
    expect(manifest.assets).toEqual({});
  });
});
