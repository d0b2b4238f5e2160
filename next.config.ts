import path from 'node:path';
import type { NextConfig } from 'next';

// Old addresses of news items (legacyPaths in their front matter) are redirected by the production
// server from the release it serves (server/rendered.ts), not here: they change with the content.
const config: NextConfig = {
  poweredByHeader: false,
  // What the production server needs from the build, written to .build/manifest.json.
  adapterPath: path.join(process.cwd(), 'scripts/next-adapter.mjs'),
  // Loaded from node_modules at run time: PGlite reads its WebAssembly and data files from disk;
  // the content model (contentlayer.config.ts, for /beheer's import templates) pulls in
  // contentlayer's config loader and a native image codec, which cannot be bundled.
  serverExternalPackages: ['@electric-sql/pglite', 'pg', 'nodemailer', 'contentlayer2', '@contentlayer2/source-files', '@contentlayer2/core', 'imagescript'],
  reactStrictMode: true,
  // forbidden(): a /beheer page a role may not see answers 403 (lib/staff/index.ts requireRole).
  experimental: { authInterrupts: true },
};

export default config;
