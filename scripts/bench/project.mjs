// The project as the benchmark sees it: copies to build with other content, the site's own code
// bundled for plain Node, what its pages accept, sizes on disk.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { root } from '../lib.mjs';
import { writeCorpus } from './corpus.mjs';

// Builds happen inside the project's .cache/, not in /tmp with a symlinked node_modules: Turbopack
// does not follow a node_modules outside its root, and here the root is the project (its lockfile).
export function workDir(name) {
  const dir = path.join(root, '.cache', name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

// Not copied: what is installed, built, generated or local to this checkout. The lockfile stays
// out too, or Turbopack would take the copy for the root and look for node_modules inside it.
const NOT_COPIED = new Set(['node_modules', 'public', 'package-lock.json', 'test-results', 'playwright-report', 'coverage', 'out', 'tmp', 'next-env.d.ts']);

/**
 * A copy of the project (sources, content, data; not the build, the bundle or dot-folders such as
 * .next, .data and .git), optionally with `interventions` generated interventions and `news`
 * generated news items in place of the real interventions (or beside them: `keepInterventions`).
 */
export function projectCopy(name, { interventions = 0, news = 0, keepInterventions = false } = {}) {
  const dir = workDir(name);
  for (const entry of fs.readdirSync(root)) {
    if (entry.startsWith('.') || NOT_COPIED.has(entry)) continue;
    fs.cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true, filter: (src) => !src.includes(`${path.sep}node_modules`) });
  }
  // A fresh clone has no public/ until the first build writes the bundle into it.
  if (fs.existsSync(path.join(root, 'public'))) {
    fs.cpSync(path.join(root, 'public'), path.join(dir, 'public'), {
      recursive: true,
      filter: (src) => !src.startsWith(path.join(root, 'public/downloads/bundel')),
    });
  }
  // The PDF and the share images read the Geist files from <project>/node_modules; every other
  // package is found one level up, in the real project.
  fs.cpSync(path.join(root, 'node_modules/geist'), path.join(dir, 'node_modules/geist'), { recursive: true });
  if (interventions || news) {
    const content = path.join(dir, 'content');
    if (interventions && !keepInterventions) fs.rmSync(path.join(content, 'interventies'), { recursive: true });
    const slugs = (d) => fs.readdirSync(path.join(content, d)).map((f) => f.replace(/\.md$/, ''));
    writeCorpus(content, { interventions, news, themes: slugs('themas'), municipalities: slugs('gemeenten'), vocabularyFrom: path.join(root, 'content') });
  }
  return dir;
}

/** Markdown files under content/: the documents a build handles. */
export function countDocuments(dir) {
  return fs.readdirSync(path.join(dir, 'content'), { recursive: true }).filter((f) => String(f).endsWith('.md')).length;
}

/** Bytes of every file under `dir` (0 when it does not exist). */
export function dirSize(dir) {
  if (!fs.existsSync(dir)) return 0;
  let bytes = 0;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return bytes;
}

/**
 * The site's own search engine and vocabularies, bundled for plain Node: the bench measures the
 * engine the site runs and builds addresses from the values the pages accept, whatever they are.
 */
export async function siteModule() {
  const outfile = path.join(root, '.cache/bench/site-lib.mjs');
  await build({
    stdin: {
      contents: [
        `export { createSearchIndex, FACETS } from './lib/search/engine.ts';`,
        `export { toSearchDocuments, DOC_TYPES } from './lib/search/documents.ts';`,
        `export { siteLanguage } from './lib/search/language.ts';`,
        `export { PROVINCES, SCHOOL_TYPES } from './lib/vocabulary.ts';`,
        `export { TARGET_GROUPS, SORTS } from './lib/lists/interventions.ts';`,
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    // yaml (the synonym list) requires Node built-ins, which an ES module bundle cannot; it is
    // loaded from node_modules beside the bundle.
    external: ['yaml'],
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'error',
  });
  return import(`${pathToFileURL(outfile).href}?${Date.now()}`);
}

const live = (d, today) => !d.draft && (d.date ?? d.start ?? '') <= today;

/** What the search and list pages accept, read from the built content of `dir`. */
export function siteValues(dir, lib) {
  const load = (type) => JSON.parse(fs.readFileSync(path.join(dir, '.contentlayer/generated', type, '_index.json'), 'utf8'));
  const today = new Date().toISOString().slice(0, 10);
  const news = load('News').filter((d) => live(d, today));
  const dated = [...news, ...load('Publication').filter((d) => live(d, today)), ...load('Event').filter((d) => live(d, today))];
  const years = (docs) => [...new Set(docs.map((d) => (d.date ?? d.start).slice(0, 4)))].sort();
  return {
    themes: load('Theme').map((t) => ({ slug: t.slug, title: t.title })),
    municipalities: load('Municipality').map((m) => ({ slug: m.slug, title: m.title })),
    provinces: [...lib.PROVINCES],
    schoolTypes: [...lib.SCHOOL_TYPES],
    targetGroups: [...lib.TARGET_GROUPS],
    sorts: [...lib.SORTS],
    docTypes: [...lib.DOC_TYPES],
    searchYears: years(dated),
    newsYears: years(news),
    news,
  };
}
