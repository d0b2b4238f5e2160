// `npm test` runs `npm run bench -- --quick` and then this: the bench still runs and its report has
// every figure. It never judges a figure: how fast something is, is for people to read, and
// timings on a shared machine would make a flaky test.
import fs from 'node:fs';
import path from 'node:path';
import { root } from '../lib.mjs';

const file = path.join(root, '.reports/bench.json');
if (!fs.existsSync(file)) {
  console.error('✖ .reports/bench.json ontbreekt: de benchmark schreef geen rapport');
  process.exit(1);
}
const report = JSON.parse(fs.readFileSync(file, 'utf8'));
const quick = process.argv.includes('--quick');
const problems = [];

const get = (p) => p.split('.').reduce((o, k) => (o == null ? undefined : o[k]), report);
const number = (p) => {
  const v = get(p);
  if (typeof v !== 'number' || !Number.isFinite(v)) problems.push(`${p} is geen getal (${JSON.stringify(v)?.slice(0, 200)})`);
};
const text = (p) => {
  const v = get(p);
  if (typeof v !== 'string' || !v) problems.push(`${p} ontbreekt`);
};

if (report.mode !== (quick ? 'quick' : 'full')) problems.push(`mode is ${report.mode}, verwacht ${quick ? 'quick' : 'full'}`);
text('date');
text('machine.node');
number('machine.cpus');
number('load.connections');
number('load.threads');

for (const k of ['documents', 'contentBuild.seconds', 'indexBuildSeconds', 'heapMiB', 'queries', 'p50Ms', 'p95Ms', 'p99Ms']) number(`search.${k}`);

number('firstLoadJs.helloWorldKiB');
for (const route of ['home', 'static page', 'list', 'filtered list', 'detail', 'news', 'search', 'map', 'finder']) {
  for (const k of ['kiB', 'overHelloWorldKiB', 'files', 'htmlKiB', 'htmlGzipKiB']) number(`firstLoadJs.routes.${route}.${k}`);
}

const target = (base) => {
  for (const k of ['portal.rps', 'portal.p50Ms', 'portal.p99Ms', 'portal.requests', 'portal.errors.socket', 'portal.errors.status', 'nginx.rps', 'ratioPct'])
    number(`${base}.${k}`);
};
for (const t of ['prerendered', 'news', 'home', 'list', 'filteredList', 'search', 'cold']) target(`throughput.${t}`);
number('load.repeats');
number('throughput.cold.pool.sent');

for (const t of ['prerendered', 'home', 'filteredList']) {
  for (const k of [
    'withLog.rps',
    'withLog.nginxRps',
    'withLog.ratioPct',
    'withLog.cpuUsPerRequest',
    'withoutLog.rps',
    'withoutLog.nginxRps',
    'withoutLog.ratioPct',
    'withoutLog.cpuUsPerRequest',
    'costPct',
    'cpuCostPct',
  ])
    number(`requestLog.targets.${t}.${k}`);
}
text('requestLog.stdout');

number('parameterAttack.attack.sent');
for (const phase of ['idle', 'underAttack']) for (const k of ['probes', 'unanswered', 'p50Ms', 'p99Ms', 'maxMs']) number(`parameterAttack.probe.${phase}.${k}`);
number('throughput.cold.pool.addresses');

if (quick) {
  for (const p of ['builds.skipped', 'coldAt10k.skipped', 'lighthouse.skipped']) text(p);
} else {
  for (const page of ['home', 'list', 'detail', 'search'])
    for (const k of ['performance', 'accessibility', 'bestPractices', 'seo', 'lcpSeconds']) number(`lighthouse.${page}.${k}`);
  if (!report.builds?.skipped) {
    for (const set of ['real content', '1,000 generated interventions', '10,000 generated interventions']) {
      for (const k of ['documents', 'seconds.content', 'seconds.nextBuild', 'totalSeconds', 'sizesMiB.next', 'sizesMiB.nextServer'])
        number(`builds.${set}.${k}`);
    }
    target('builds.10,000 generated interventions.cold');
    target('builds.10,000 generated interventions.coldReal');
    number('coldAt10k.slowdown');
  }
}

// Publish: the figures exist (the 10,000-intervention set only in a full run); how fast is for people.
for (const set of quick ? ['real'] : ['real', 'generated10k']) {
  for (const k of ['firstPublishSeconds', 'publish.seconds', 'visible.seconds', 'load.sent', 'load.failed']) number(`publish.${set}.${k}`);
  for (const server of [0, 1]) for (const k of ['before', 'peakDuring', 'after']) number(`publish.${set}.memoryMiB.${server}.${k}`);
}

// Editor (issue 24): publishChange to the new item at its address.
number('editor.medianSeconds');

// E-mail alerts (issue 26): a publish queued for the fixture's subscribers, on each database measured.
for (const i of (report.meldingen?.runs ?? [undefined]).keys())
  for (const k of ['queuedSeconds', 'digestSeconds', 'check.matchedSubscribers', 'outside.rssPeakMiB']) number(`meldingen.runs.${i}.${k}`);

// A part that failed is reported in place, with its reason. The comparison of renderers (issue
// 23) builds and starts a second Next app: a decision aid, not a figure of the portal, so its
// failure is shown here but does not fail `npm test`.
const OPTIONAL = new Set(['renderers']);
const errors = [];
const notes = [];
(function walk(o, at) {
  if (!o || typeof o !== 'object') return;
  for (const [k, v] of Object.entries(o)) {
    if (k === 'error') (OPTIONAL.has(at.split('.')[0]) ? notes : errors).push(`${at}: ${v}`);
    else walk(v, at ? `${at}.${k}` : k);
  }
})(report, '');
if (notes.length) console.log(`Niet gemeten (telt niet mee):\n${notes.map((p) => `  ${p}`).join('\n')}`);

if (problems.length || errors.length) {
  console.error(`✖ Het benchmarkrapport is niet compleet:\n${[...errors, ...problems].map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`✔ Benchmarkrapport compleet (${report.mode}, ${report.durationSeconds} s)`);
