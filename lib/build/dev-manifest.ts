// The build manifest of `npm run dev`: what the production renderer links in a document's head,
// without a build. The stylesheet is the one scripts/site-css.mjs makes from app/globals.css,
// served by the server at DEV_STYLESHEET; fonts and the icon come from public/ and app/icon.svg
// as next dev serves them. No build assets, nothing prerendered: next dev answers /_next/static
// and renders the rest.
import { fontUrls, type BuildManifest } from './manifest';

/** Where the development server answers with .build/dev/site.css. */
export const DEV_STYLESHEET = '/_dev/site.css';

/** The manifest for the stylesheet `css`: its fonts preloaded, as in a build. */
export function devManifest(css: string): BuildManifest {
  return {
    format: 1,
    nextVersion: 'dev',
    buildId: 'dev',
    stylesheets: [DEV_STYLESHEET],
    fonts: [...new Set(fontUrls(css))],
    icon: { href: '/icon.svg', type: 'image/svg+xml' },
    assets: {},
    prerendered: [],
    scriptHashes: [],
  };
}
