// `npm run bench`: figures to steer by. Prints a table and writes .reports/bench.json; asserts nothing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { writeCorpus } from './bench/corpus.mjs';
import { benchSite } from './bench/site.mjs';
import { ensureBuild, ensureDependencies, root } from './lib.mjs';

ensureDependencies();
const fresh = process.argv.includes('--fresh');
const results = {};
const table = [];
const record = (name, value, unit) => {
  results[name] = { value, unit };
  table.push([name, `${value} ${unit}`]);
};

// A temporary copy of the project with generated content, so the site's own content is untouched.
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gka-bench-'));
fs.symlinkSync(path.join(root, 'node_modules'), path.join(work, 'node_modules'));
fs.cpSync(path.join(root, 'lib'), path.join(work, 'lib'), { recursive: true });
fs.cpSync(path.join(root, 'messages'), path.join(work, 'messages'), { recursive: true });
for (const f of ['contentlayer.config.ts', 'package.json']) fs.copyFileSync(path.join(root, f), path.join(work, f));
const content = path.join(work, 'content');
for (const d of ['themas', 'gemeenten', 'regios']) fs.cpSync(path.join(root, 'content', d), path.join(content, d), { recursive: true });
const slugs = (d) => fs.readdirSync(path.join(content, d)).map((f) => f.replace(/\.md$/, ''));

// The content build of 11,000 documents takes minutes; its output is kept in .cache/ and reused
// unless --fresh is given (or the generator changed), and the table says which it was.
const cacheDir = path.join(root, '.cache/bench-corpus');
// Keyed on the generator's source; after a change to the content model, run with --fresh.
const generatorStamp = fs.readFileSync(path.join(root, 'scripts/bench/corpus.mjs'), 'utf8').length;
const cacheMeta = path.join(cacheDir, 'meta.json');
const cached = !fresh && fs.existsSync(cacheMeta) && JSON.parse(fs.readFileSync(cacheMeta, 'utf8')).stamp === generatorStamp;
let t = performance.now();
if (cached) {
  const meta = JSON.parse(fs.readFileSync(cacheMeta, 'utf8'));
  fs.cpSync(path.join(cacheDir, 'generated'), path.join(work, '.contentlayer/generated'), { recursive: true });
  record('content build, 11,000 generated documents', `${meta.seconds} (measured ${meta.date.slice(0, 10)}; --fresh to rebuild)`, 's');
} else {
  writeCorpus(content, { interventions: 10_000, news: 1_000, themes: slugs('themas'), municipalities: slugs('gemeenten'), vocabularyFrom: path.join(root, 'content') });
  t = performance.now();
  const cl = spawnSync('node', [path.join(root, 'scripts/contentlayer.mjs'), 'build'], { cwd: work, encoding: 'utf8', env: { ...process.env, PWD: work } });
  if (cl.status !== 0) {
    console.error(cl.stdout, cl.stderr);
    process.exit(1);
  }
  const seconds = ((performance.now() - t) / 1000).toFixed(1);
  record('content build, 11,000 generated documents', seconds, 's');
  fs.rmSync(cacheDir, { recursive: true, force: true });
  fs.cpSync(path.join(work, '.contentlayer/generated'), path.join(cacheDir, 'generated'), { recursive: true });
  fs.writeFileSync(cacheMeta, JSON.stringify({ stamp: generatorStamp, seconds, date: new Date().toISOString() }));
}

// The search engine as the site runs it, bundled for plain Node.
const bundle = path.join(work, 'search-bench.mjs');
await build({
  stdin: {
    contents: `export { createSearchIndex } from './lib/search/engine.ts'; export { toSearchDocuments } from './lib/search/documents.ts';`,
    resolveDir: work,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: bundle,
  logLevel: 'error',
});
const { createSearchIndex, toSearchDocuments } = await import(pathToFileURL(bundle).href);
const load = (type) => JSON.parse(fs.readFileSync(path.join(work, '.contentlayer/generated', type, '_index.json'), 'utf8'));
const corpus = {
  news: load('News'),
  interventions: load('Intervention'),
  municipalities: load('Municipality'),
  regions: load('Region'),
  themes: load('Theme'),
  events: [],
  publications: [],
  agendas: [],
  podcastEpisodes: [],
  pages: [],
};

global.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
t = performance.now();
const docs = toSearchDocuments(corpus);
const index = createSearchIndex(docs);
record(`search index build, ${docs.length.toLocaleString('en')} documents`, ((performance.now() - t) / 1000).toFixed(2), 's');
global.gc?.();
record('search index memory (heap growth)', ((process.memoryUsage().heapUsed - heapBefore) / 2 ** 20).toFixed(0), 'MiB');

const QUERIES = [
  'armoede op school', 'taal ouders', 'regiocoordinator', 'voortgangsrapportage 2022', 'den bosch', 'sudwest fryslan', 'Groningn',
  'zomerschool', 'brugfunctionaris', 'gezonde schoollunch', 'huiswerk begeleiding', 'peuters voorschool', 'stage loopbaan mbo',
  'leesclub bibliotheek', 'kansengelijkheid', 'ouderbetrokkenheid', 'segregatie gemengde groepen', 'talent', 'sport cultuur wijk',
  'mentor', 'xylofoon', 'interventies', 'lezen', 'brugklas schooladvies', 'professionalisering training',
];
const timings = [];
for (let round = 0; round < 3; round++) for (const q of QUERIES) index.search({ q }); // warm up
for (let round = 0; round < 20; round++) {
  for (const q of QUERIES) {
    const filters = round % 2 ? { type: ['interventie'] } : {};
    const start = performance.now();
    index.search({ q, filters, page: 1 + (round % 3) });
    timings.push(performance.now() - start);
  }
}
timings.sort((a, b) => a - b);
const pct = (p) => timings[Math.min(timings.length - 1, Math.floor((p / 100) * timings.length))].toFixed(2);
record(`query latency p50 (${timings.length} queries)`, pct(50), 'ms');
record('query latency p95', pct(95), 'ms');
record('query latency p99', pct(99), 'ms');

fs.rmSync(work, { recursive: true, force: true });

// The site as visitors get it: the production build behind `npm start`.
ensureBuild();
await benchSite(record, { fresh });

fs.mkdirSync(path.join(root, '.reports'), { recursive: true });
fs.writeFileSync(path.join(root, '.reports/bench.json'), JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, results }, null, 2));
const width = Math.max(...table.map(([k]) => k.length));
console.log(`\nGKA-portal benchmark (${os.cpus().length} cores, Node ${process.version})\n`);
for (const [k, v] of table) console.log(`${k.padEnd(width)}  ${v}`);
console.log('\nWritten to .reports/bench.json');
