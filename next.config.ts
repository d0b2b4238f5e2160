import fs from 'node:fs';
import path from 'node:path';
import type { NextConfig } from 'next';

/** Old addresses declared in news front matter (legacyPaths); read from the content build. */
function legacyRedirects() {
  const file = path.join(process.cwd(), '.contentlayer/generated/News/_index.json');
  if (!fs.existsSync(file)) return [];
  const news = JSON.parse(fs.readFileSync(file, 'utf8')) as { url: string; legacyPaths: string[]; draft?: boolean }[];
  return news
    .filter((n) => !n.draft)
    .flatMap((n) => n.legacyPaths.map((source) => ({ source: source.replace(/\/+$/, '') || '/', destination: n.url, permanent: true })));
}

const config: NextConfig = {
  poweredByHeader: false,
  // What the production server needs from the build, written to .build/manifest.json.
  adapterPath: path.join(process.cwd(), 'scripts/next-adapter.mjs'),
  // Loaded from node_modules at run time: PGlite reads its WebAssembly and data files from disk.
  serverExternalPackages: ['@electric-sql/pglite', 'pg', 'nodemailer'],
  reactStrictMode: true,
  async redirects() {
    return legacyRedirects();
  },
};

export default config;
