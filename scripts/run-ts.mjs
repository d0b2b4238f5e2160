// Runs a TypeScript script: bundled by esbuild into .cache/ as an ES module (dependencies stay
// external), then imported. Used by `npm run check:content` and `npm run nieuw`.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { root } from './lib.mjs';

const [script, ...args] = process.argv.slice(2);
const outfile = path.join(root, '.cache/scripts', `${path.basename(script).replace(/\.tsx?$/, '')}.mjs`);
// Real dependencies stay external (loaded from node_modules); tsconfig aliases such as
// `contentlayer/generated` and `@/…` look like packages but are project files, so they are bundled.
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const external = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).flatMap((name) => [name, `${name}/*`]);
await build({ entryPoints: [path.resolve(root, script)], bundle: true, platform: 'node', format: 'esm', external, outfile, logLevel: 'error', resolveExtensions: ['.tsx', '.ts', '.jsx', '.js', '.mjs', '.json'] });
process.argv = [process.argv[0], script, ...args];
await import(pathToFileURL(outfile).href);
