// Runs a TypeScript script: bundled by esbuild into .cache/ as an ES module (dependencies stay
// external), then imported. Used by `npm run check:content` and `npm run nieuw`.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { root } from './lib.mjs';

const [script, ...args] = process.argv.slice(2);
const outfile = path.join(root, '.cache/scripts', `${path.basename(script, '.ts')}.mjs`);
await build({ entryPoints: [path.resolve(root, script)], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile, logLevel: 'error' });
process.argv = [process.argv[0], script, ...args];
await import(pathToFileURL(outfile).href);
