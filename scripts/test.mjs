// `npm test`: every check, in the order that fails fastest: content, types, lint, unit, build, browser.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ensureBuild, ensureDependencies, root, step } from './lib.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function ensureChromium() {
  if (fs.existsSync(CHROMIUM)) return;
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    console.error(`Chromium ontbreekt op ${CHROMIUM}: installeer het met "sudo apt-get install -y chromium" en draai npm test opnieuw.`);
    process.exit(1);
  }
  step('Chromium installeren (apt-get install -y chromium)', 'sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium']);
}

// Not test-results/: Playwright empties that folder when it starts.
const reports = path.join(root, '.reports');
fs.mkdirSync(reports, { recursive: true });

ensureDependencies();
ensureChromium();
step('Inhoud bouwen en valideren (contentlayer2)', 'node_modules/.bin/contentlayer2', ['build']);
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
