// The site's stylesheet for `npm run dev`: app/globals.css through the same PostCSS plugins as the
// build (postcss.config.mjs), written to .build/dev/site.css. `next dev` compiles its CSS on
// demand under names it does not publish, and the build adapter that names the production
// stylesheets runs only in `next build`: the production renderer gets this file in development
// (lib/build/dev-manifest.ts). Next's own pages (forms, /beheer) keep next dev's CSS.
import fs from 'node:fs';
import path from 'node:path';
import postcss from 'postcss';
import { root } from './lib.mjs';

export const SITE_CSS = path.join(root, '.build/dev/site.css');
const SOURCE = path.join(root, 'app/globals.css');

/** Builds the stylesheet, written whole (beside it, then renamed): the server never reads half of one. */
export async function buildSiteCss() {
  const { default: config } = await import('../postcss.config.mjs');
  const plugins = await Promise.all(Object.entries(config.plugins).map(async ([name, options]) => (await import(name)).default(options)));
  const result = await postcss(plugins).process(fs.readFileSync(SOURCE, 'utf8'), { from: SOURCE, to: SITE_CSS });
  fs.mkdirSync(path.dirname(SITE_CSS), { recursive: true });
  const partial = `${SITE_CSS}.${process.pid}`;
  fs.writeFileSync(partial, result.css);
  fs.renameSync(partial, SITE_CSS);
}
