// Runs a TypeScript script: bundled by esbuild into .cache/ as an ES module (scripts/bundle-ts.mjs),
// then imported. Used by `npm start`, `npm run check:content`, `npm run nieuw` and others.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleTs } from './bundle-ts.mjs';
import { ensureNode } from './lib.mjs';

await ensureNode();

const [script, ...args] = process.argv.slice(2);
const outfile = await bundleTs(script);
process.argv = [process.argv[0], script, ...args];
// The production server renders with React itself: React's production build, chosen by NODE_ENV
// when React is first loaded, that is, by the import below.
if (path.basename(script) === 'serve.ts') process.env.NODE_ENV = 'production';
await import(pathToFileURL(outfile).href);
