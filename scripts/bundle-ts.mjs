// Bundles a TypeScript module with esbuild into .cache/scripts/ as an ES module (dependencies stay
// external) and returns the file to import: for scripts/run-ts.mjs and the build adapter.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { root } from './lib.mjs';

/** The bundle of `script` (a path from the project root), written whole before it is returned. */
export async function bundleTs(script) {
  const outfile = path.join(root, '.cache/scripts', `${path.basename(script).replace(/\.tsx?$/, '')}.mjs`);
  // Real dependencies stay external (loaded from node_modules); tsconfig aliases such as `@/…` look
  // like packages but are project files, so they are bundled. The generated content is loaded at run
  // time from .contentlayer/ (with 10,000 documents it is tens of megabytes of JSON, not code).
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const external = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).flatMap((name) => [name, `${name}/*`]);
  // The project's own .mjs scripts find their files relative to themselves: imported where they are.
  const projectScripts = {
    name: 'project-scripts',
    setup(b) {
      b.onResolve({ filter: /^\.{1,2}\/.*\.mjs$/ }, (args) => ({ path: pathToFileURL(path.resolve(args.resolveDir, args.path)).href, external: true }));
    },
  };
  const generatedContent = {
    name: 'generated-content',
    setup(b) {
      b.onResolve({ filter: /^contentlayer\/generated$/ }, () => ({
        path: pathToFileURL(path.join(root, '.contentlayer/generated/index.mjs')).href,
        external: true,
      }));
    },
  };
  // A dynamic import of a project module stays lazy: bundled on its own (esbuild would otherwise
  // hoist that module's package imports to the top of this bundle and load them at every start).
  const lazyModules = {
    name: 'lazy-modules',
    setup(b) {
      b.onResolve({ filter: /^\.{1,2}\// }, async (args) => {
        if (args.kind !== 'dynamic-import') return undefined;
        const resolved = await b.resolve(args.path, { kind: 'import-statement', resolveDir: args.resolveDir });
        if (resolved.errors.length || !/\.tsx?$/.test(resolved.path)) return undefined;
        return { path: pathToFileURL(await bundleTs(path.relative(root, resolved.path))).href, external: true };
      });
    },
  };
  // Written beside the bundle, then renamed: servers started at once (deploy/systemd/gka@.service)
  // must never import a half-written file.
  const written = await build({
    write: false,
    entryPoints: [path.resolve(root, script)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    jsx: 'automatic',
    external,
    plugins: [generatedContent, projectScripts, lazyModules],
    outfile,
    logLevel: 'error',
    resolveExtensions: ['.tsx', '.ts', '.jsx', '.js', '.mjs', '.json'],
  });
  fs.mkdirSync(path.dirname(outfile), { recursive: true });
  const partial = `${outfile}.${process.pid}`;
  fs.writeFileSync(partial, written.outputFiles[0].contents);
  fs.renameSync(partial, outfile);
  return outfile;
}
