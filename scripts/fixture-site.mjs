// The site with fixture content, for the end-to-end tests that need volume (20 a page, filters with
// counts): a copy of the project under .cache/e2e-fixture whose content is the real content plus
// generated interventions (scripts/bench/corpus.mjs; each one says in its source that it is
// fictional), built on its own. The public build (.next of the project, what `npm start` serves)
// never sees them: they exist only in this copy. playwright.config.ts serves it on a second port.
// Rebuilt only when a source of the project is newer than the copy's build.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildIsStale, ensureNode, root } from './lib.mjs';
import { projectCopy } from './bench/project.mjs';

await ensureNode();

export const FIXTURE_DIR = path.join(root, '.cache/e2e-fixture');
/** Enough for two pages of primary-school interventions (20 a page) and real counts per filter. */
export const FIXTURE_INTERVENTIONS = 100;

function run(label, command, args) {
  const log = path.join(FIXTURE_DIR, `build-${label}.log`);
  const out = fs.openSync(log, 'w');
  const result = spawnSync(command, args, { cwd: FIXTURE_DIR, stdio: ['ignore', out, out], env: { ...process.env, PWD: FIXTURE_DIR } });
  fs.closeSync(out);
  if (result.status !== 0) {
    console.error(`Testsite met fixture-inhoud: ${label} mislukt (zie ${path.relative(root, log)}):\n${fs.readFileSync(log, 'utf8').slice(-1500)}`);
    process.exit(1);
  }
}

// This script and the corpus decide the fixture too, beside the sources buildIsStale knows.
const manifest = path.join(FIXTURE_DIR, '.build/manifest.json');
const builtAt = fs.existsSync(manifest) ? fs.statSync(manifest).mtimeMs : 0;
const recipeChanged = [import.meta.filename, path.join(root, 'scripts/bench/corpus.mjs')].some((f) => fs.statSync(f).mtimeMs > builtAt);

if (!recipeChanged && !buildIsStale(FIXTURE_DIR)) {
  console.log('Testsite met fixture-inhoud is actueel');
} else {
  const started = performance.now();
  projectCopy(path.basename(FIXTURE_DIR), { interventions: FIXTURE_INTERVENTIONS, keepInterventions: true });
  // The steps of `npm run build` except the PDFs: the bundle is tested on the public build.
  run('content', 'node', [path.join(root, 'scripts/contentlayer.mjs'), 'build']);
  run('browser', 'node', ['scripts/browser.mjs']);
  run('next', path.join(root, 'node_modules/.bin/next'), ['build']);
  console.log(`Testsite met fixture-inhoud gebouwd in ${((performance.now() - started) / 1000).toFixed(0)} s (${path.relative(root, FIXTURE_DIR)})`);
}
