// The site with fixture content, for the end-to-end tests that need volume (20 a page, filters with
// counts): the project's own build, served by a second server whose release store holds one release
// of the real content plus generated interventions (scripts/bench/corpus.mjs; each one says in its
// source that it is fictional). The content is made in a copy of the project (.cache/e2e-fixture)
// and published from there with `npm run publiceer` into FIXTURE_RELEASES, the only store that ever
// holds it: the public build and its store never see it. playwright.config.ts serves it on a second port.
// Published again only when the recipe (this script, the corpus, publiceer) or the content and the
// code that builds it changed since.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureNode, newestIn, root } from './lib.mjs';
import { projectCopy } from './bench/project.mjs';

await ensureNode();

export const FIXTURE_DIR = path.join(root, '.cache/e2e-fixture');
/** The fixture server's store (GKA_RELEASES_DIR); its data folder beside it. */
export const FIXTURE_RELEASES = path.join(root, '.cache/e2e-fixture-releases');
/** Enough for two pages of primary-school interventions (20 a page) and real counts per filter. */
export const FIXTURE_INTERVENTIONS = 100;

// What the release is made of: the recipe, the content, the code that builds and checks it, and
// public/ (the files the publications point at are checked).
const RECIPE = ['scripts/fixture-site.mjs', 'scripts/bench/corpus.mjs', 'scripts/bench/project.mjs', 'scripts/publiceer.ts', 'contentlayer.config.ts'];
const INPUTS = ['content', 'lib', 'data', 'public'];
const pointer = path.join(FIXTURE_RELEASES, 'huidig');
const publishedAt = fs.existsSync(pointer) ? fs.statSync(pointer).mtimeMs : 0;
const newest = Math.max(...RECIPE.map((f) => fs.statSync(path.join(root, f)).mtimeMs), ...INPUTS.map((d) => newestIn(path.join(root, d))));

if (newest <= publishedAt) {
  console.log('Testsite met fixture-inhoud is actueel');
} else {
  const started = performance.now();
  projectCopy(path.basename(FIXTURE_DIR), { interventions: FIXTURE_INTERVENTIONS, keepInterventions: true });
  // One release in a fresh store: the server that serves it is started after this.
  fs.rmSync(FIXTURE_RELEASES, { recursive: true, force: true });
  const log = path.join(FIXTURE_DIR, 'publiceer.log');
  const out = fs.openSync(log, 'w');
  const result = spawnSync(process.execPath, [path.join(root, 'scripts/run-ts.mjs'), 'scripts/publiceer.ts'], {
    cwd: FIXTURE_DIR,
    stdio: ['ignore', out, out],
    env: { ...process.env, PWD: FIXTURE_DIR, CONTENT_DIR: 'content', GKA_RELEASES_DIR: FIXTURE_RELEASES, DATABASE_URL: '' },
  });
  fs.closeSync(out);
  if (result.status !== 0) {
    fs.rmSync(FIXTURE_RELEASES, { recursive: true, force: true });
    console.error(`Testsite met fixture-inhoud: publiceren mislukt (zie ${path.relative(root, log)}):\n${fs.readFileSync(log, 'utf8').slice(-1500)}`);
    process.exit(1);
  }
  console.log(`Testsite met fixture-inhoud gepubliceerd in ${((performance.now() - started) / 1000).toFixed(0)} s (${path.relative(root, FIXTURE_RELEASES)})`);
}
