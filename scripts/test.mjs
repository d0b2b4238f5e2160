// `npm test`: every check, in the order that fails fastest: content, types, lint, unit, build, browser.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ensureBuild, ensureDependencies, root, step } from './lib.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

/** A Debian package the tests need: installed with apt when we may, else one line saying how. */
function ensurePackage(present, pkg, what) {
  if (present()) return;
  if (process.getuid?.() !== 0 || !has('apt-get')) {
    console.error(`${what} ontbreekt: installeer het met "sudo apt-get install -y ${pkg}" en draai npm test opnieuw.`);
    process.exit(1);
  }
  step(`${what} installeren (apt-get install -y ${pkg})`, 'sh', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkg}`]);
}

// Not test-results/: Playwright empties that folder when it starts.
const reports = path.join(root, '.reports');
fs.mkdirSync(reports, { recursive: true });

ensureDependencies();
ensurePackage(() => fs.existsSync(CHROMIUM), 'chromium', `Chromium (${CHROMIUM})`);
// The Nu HTML Checker (vnu-jar) runs on Java.
ensurePackage(() => has('java'), 'default-jre-headless', 'Java');
// The database unit tests start a throwaway PostgreSQL server (tests/support/postgres.ts).
ensurePackage(() => fs.existsSync('/usr/lib/postgresql') && fs.readdirSync('/usr/lib/postgresql').some((v) => fs.existsSync(`/usr/lib/postgresql/${v}/bin/initdb`)), 'postgresql', 'PostgreSQL');
step('Inhoud bouwen en valideren (contentlayer2)', 'node', ['scripts/contentlayer.mjs', 'build']);
step('Typecontrole (tsc)', 'sh', ['-c', 'node_modules/.bin/next typegen && node_modules/.bin/tsc --noEmit']);
step('Lint (eslint)', 'node_modules/.bin/eslint', ['--max-warnings', '0', '.']);
step('Unittests (vitest)', 'node_modules/.bin/vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile=${reports}/vitest.json`]);
ensureBuild();
step('End-to-endtests (Playwright in Chromium)', 'node_modules/.bin/playwright', ['test']);

const unit = JSON.parse(fs.readFileSync(`${reports}/vitest.json`, 'utf8'));
const e2e = JSON.parse(fs.readFileSync(`${reports}/playwright.json`, 'utf8')).stats;
const passed = unit.numPassedTests + e2e.expected + e2e.flaky;
const failed = unit.numFailedTests + e2e.unexpected;
console.log(`\nunit ${unit.numPassedTests}, end-to-end ${e2e.expected + e2e.flaky}`);
console.log(`${passed} passed, ${failed} failed${e2e.skipped ? `, ${e2e.skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
