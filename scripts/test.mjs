// `npm test`: every check, in the order that fails fastest: content, types, lint, unit, build, browser,
// and last the quick benchmark, so it cannot rot.
import fs from 'node:fs';
import path from 'node:path';
import { ensureBuild, ensureDependencies, ensureLoadTools, ensureNode, ensurePackage, has, root, step } from './lib.mjs';

await ensureNode();

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Not test-results/: Playwright empties that folder when it starts.
const reports = path.join(root, '.reports');
fs.mkdirSync(reports, { recursive: true });

ensureDependencies();
ensurePackage(() => fs.existsSync(CHROMIUM), 'chromium', `Chromium (${CHROMIUM})`);
// The Nu HTML Checker (vnu-jar) runs on Java.
ensurePackage(() => has('java'), 'default-jre-headless', 'Java');
// The database unit tests start a throwaway PostgreSQL server (tests/support/postgres.ts).
ensurePackage(
  () => fs.existsSync('/usr/lib/postgresql') && fs.readdirSync('/usr/lib/postgresql').some((v) => fs.existsSync(`/usr/lib/postgresql/${v}/bin/initdb`)),
  'postgresql',
  'PostgreSQL',
);
// The bundle tests read the PDFs' structure tree with pdfinfo -struct (lib/bundle/document.test.ts).
ensurePackage(() => has('pdfinfo'), 'poppler-utils', 'pdfinfo (poppler-utils)');
// The quick benchmark at the end measures with wrk against nginx; the production check runs
// nginx with TLS (a self-signed pair made with openssl).
ensureLoadTools('npm test');
ensurePackage(() => has('openssl'), 'openssl', 'openssl');
step('Inhoud bouwen en valideren (contentlayer2)', 'node', ['scripts/contentlayer.mjs', 'build']);
step('Typecontrole (tsc)', 'sh', ['-c', 'node_modules/.bin/next typegen && node_modules/.bin/tsc --noEmit']);
step('Lint (eslint)', 'node_modules/.bin/eslint', ['--max-warnings', '0', '.']);
step('Opmaak (prettier --check; herstel met npm run format)', 'node_modules/.bin/prettier', ['--check', '--log-level', 'warn', '.']);
step('Unittests (vitest)', 'node_modules/.bin/vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile=${reports}/vitest.json`]);
ensureBuild();
// A release of fixture content in a store of its own, served by the same build on a second port, for
// the specs that need volume (20 a page, filter counts): the public content never holds generated
// content. Skipped when it is up to date.
step('Testsite met fixture-inhoud (scripts/fixture-site.mjs)', 'node', ['scripts/fixture-site.mjs']);
step('End-to-endtests (Playwright in Chromium)', 'node_modules/.bin/playwright', ['test']);
// The production topology (deploy/): PostgreSQL, two servers and nginx under load and restarts.
// Fails unless nothing failed and every acknowledged submission is stored (scripts/proef-productie.ts).
step('Productieproef (npm run proef:productie)', 'node', ['scripts/run-ts.mjs', 'scripts/proef-productie.ts']);
// After the browser tests, so neither slows the other down. Only completeness is checked, never a figure.
fs.rmSync(`${reports}/bench.json`, { force: true });
step('Benchmark, kort (npm run bench -- --quick)', 'node', ['--expose-gc', 'scripts/bench.mjs', '--quick']);
step('Benchmarkrapport compleet', 'node', ['scripts/bench/check-report.mjs', '--quick']);

const unit = JSON.parse(fs.readFileSync(`${reports}/vitest.json`, 'utf8'));
const e2e = JSON.parse(fs.readFileSync(`${reports}/playwright.json`, 'utf8')).stats;
const passed = unit.numPassedTests + e2e.expected + e2e.flaky;
const failed = unit.numFailedTests + e2e.unexpected;
console.log(`\nunit ${unit.numPassedTests}, end-to-end ${e2e.expected + e2e.flaky}`);
console.log(`${passed} passed, ${failed} failed${e2e.skipped ? `, ${e2e.skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
