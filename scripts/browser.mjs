// The browser scripts that are not React components: built to public/js/ by `npm run build` and
// `npm run dev` (--watch). Small, dependency-free, for browsers of the last few years.
import path from 'node:path';
import { build, context } from 'esbuild';
import { ensureNode, root } from './lib.mjs';

await ensureNode();

const options = {
  entryPoints: {
    lijsten: path.join(root, 'components/lists/enhance.ts'),
    gemeenten: path.join(root, 'components/regions/combobox.ts'),
    kaart: path.join(root, 'components/map/map.ts'),
  },
  outdir: path.join(root, 'public/js'),
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  logLevel: 'error',
};

if (process.argv.includes('--watch')) await (await context(options)).watch();
else await build(options);
