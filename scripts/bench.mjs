// `npm run bench`: figures to steer by. Prints a table and writes .reports/bench.json; asserts nothing.
//   --quick   real content, a 1,000-document search corpus, short throughput runs, no generated
//             site builds and no Lighthouse: about two minutes, and part of `npm test`.
//   --fresh   measure again what is kept in .cache/ (content builds, site builds, hello world).
//   --skip-builds   the full run without the builds of generated sites (they take about an hour).
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBuild, ensureDependencies, ensureLoadTools, ensureNode, ensurePackage, nginxBinary, root } from './lib.mjs';
import { CONNECTIONS, THREADS, TIMEOUT_SECONDS } from './bench/load.mjs';
import { projectCopy, siteModule, siteValues, workDir } from './bench/project.mjs';
import { startNginx, startPortal } from './bench/servers.mjs';
import { BUILD_SETS, detailPath, firstLoadFigures, lighthouse, measureBuild, newsPath } from './bench/site.mjs';
import { renderers } from './bench/renderers.mjs';
import { renderTable } from './bench/table.mjs';
import { parameterAttack } from './bench/attack.mjs';
import { publishBench } from './bench/publish.mjs';
import { editorBench } from './bench/editor.mjs';
import { alertsBench } from './bench/alerts.mjs';
import { AGREE, coldTarget, logCost, warmTarget } from './bench/throughput.mjs';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const fresh = argv.includes('--fresh');
const skipBuilds = quick || argv.includes('--skip-builds');
// `--only=requestLog,parameterAttack`: just those parts, at full length (to measure one change).
const only = argv
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const RERUN = `npm run bench${quick ? ' -- --quick' : ''}`;
const began = performance.now();

await ensureNode();
ensureDependencies();
ensureLoadTools(RERUN);
if (!quick) ensurePackage(() => fs.existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'), 'chromium', 'Chromium (voor Lighthouse)', RERUN);

/** "wrk 4.1.0", "nginx 1.22.1": the first version-looking word of `cmd args`. */
const version = (cmd, args) => {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  const v = `${r.stdout}${r.stderr}`.match(/(\d+\.\d+[\w.+~-]*)/)?.[1];
  return `${cmd} ${v ?? '(versie onbekend)'}`;
};
const report = {
  date: new Date().toISOString(),
  mode: quick ? 'quick' : 'full',
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'onbekend',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
  },
  load: {
    tool: version('wrk', ['-v']),
    threads: THREADS,
    connections: CONNECTIONS,
    seconds: quick ? 3 : 10,
    warmupSeconds: quick ? 1 : 2,
    // Each figure: runs (portal, then nginx on the same bytes) until two agree within AGREE, at
    // most this many. --quick checks that everything is measured, not how well: one run.
    repeats: quick ? 1 : 4,
    agreePct: AGREE * 100,
    timeoutSeconds: TIMEOUT_SECONDS,
    note: 'one wrk thread is enough on 2 cores: it saturates nginx, and a second one would only take CPU from the server under test',
  },
  static: { server: version(nginxBinary(), ['-v']).replace(/^\S*nginx/, 'nginx') },
};
const work = workDir('bench');

/** Runs one part of the bench; a part that fails is reported as not measured, the rest goes on. */
async function part(name, fn) {
  if (only && !only.includes(name)) {
    report[name] = { skipped: 'niet gevraagd (--only)' };
    return;
  }
  try {
    report[name] = await fn();
  } catch (error) {
    report[name] = {
      error: String(error?.message ?? error)
        .replace(/\s+/g, ' ')
        .slice(0, 600),
    };
  }
}

// First, so a fresh clone has its build (and public/) before anything is copied or measured. The
// alerts part needs the content only (.contentlayer/generated): `--only=meldingen` builds no site.
if (!only || only.some((p) => p !== 'meldingen')) ensureBuild();
const lib = await siteModule();

// ── Search engine on a generated corpus ──────────────────────────────────────────────────────────
await part('search', async () => {
  const size = quick ? { interventions: 900, news: 100 } : { interventions: 10_000, news: 1_000 };
  // The content build of 11,000 documents takes minutes: its output is kept in .cache/ and reused
  // unless --fresh, or the generator or the content model changed.
  const stamp = crypto
    .createHash('sha256')
    .update(JSON.stringify(size))
    .update(fs.readFileSync(path.join(root, 'scripts/bench/corpus.mjs')))
    .update(fs.readFileSync(path.join(root, 'contentlayer.config.ts')))
    .digest('hex');
  const cacheDir = path.join(root, `.cache/bench-corpus-${size.interventions + size.news}`);
  const metaFile = path.join(cacheDir, 'meta.json');
  let meta = !fresh && fs.existsSync(metaFile) ? JSON.parse(fs.readFileSync(metaFile, 'utf8')) : undefined;
  let cached = meta?.stamp === stamp;
  if (!cached) {
    const dir = projectCopy('bench-corpus-work', size);
    try {
      const t = performance.now();
      const cl = spawnSync('node', [path.join(root, 'scripts/contentlayer.mjs'), 'build'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, PWD: dir },
        maxBuffer: 1 << 26,
      });
      if (cl.status !== 0) throw new Error(`contentlayer2 build mislukt: ${(cl.stderr || cl.stdout).slice(-600)}`);
      meta = { stamp, seconds: Number(((performance.now() - t) / 1000).toFixed(1)), date: new Date().toISOString() };
      fs.rmSync(cacheDir, { recursive: true, force: true });
      fs.cpSync(path.join(dir, '.contentlayer/generated'), path.join(cacheDir, 'generated'), { recursive: true });
      fs.writeFileSync(metaFile, JSON.stringify(meta));
      cached = false;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  const load = (type) => {
    const file = path.join(cacheDir, 'generated', type, '_index.json');
    return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : [];
  };
  const corpus = {
    news: load('News'),
    events: load('Event'),
    publications: load('Publication'),
    agendas: load('Agenda'),
    interventions: load('Intervention'),
    municipalities: load('Municipality'),
    regions: load('Region'),
    themes: load('Theme'),
    podcastEpisodes: load('PodcastEpisode'),
    pages: load('Page'),
  };

  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let t = performance.now();
  const docs = lib.toSearchDocuments(corpus);
  const index = lib.createSearchIndex(docs, lib.siteLanguage());
  const indexBuildSeconds = Number(((performance.now() - t) / 1000).toFixed(2));
  global.gc?.();
  const heapMiB = Math.round((process.memoryUsage().heapUsed - heapBefore) / 2 ** 20);

  const QUERIES = [
    'armoede op school',
    'taal ouders',
    'regiocoordinator',
    'voortgangsrapportage 2022',
    'den bosch',
    'sudwest fryslan',
    'Groningn',
    'zomerschool',
    'brugfunctionaris',
    'gezonde schoollunch',
    'huiswerk begeleiding',
    'peuters voorschool',
    'stage loopbaan mbo',
    'leesclub bibliotheek',
    'kansengelijkheid',
    'ouderbetrokkenheid',
    'segregatie gemengde groepen',
    'talent',
    'sport cultuur wijk',
    'mentor',
    'xylofoon',
    'interventies',
    'lezen',
    'brugklas schooladvies',
    'professionalisering training',
  ];
  const timings = [];
  for (let round = 0; round < 3; round++) for (const q of QUERIES) index.search({ q }); // warm up
  for (let round = 0; round < 20; round++) {
    for (const q of QUERIES) {
      const filters = round % 2 ? { type: ['interventie'] } : {};
      t = performance.now();
      index.search({ q, filters, page: 1 + (round % 3) });
      timings.push(performance.now() - t);
    }
  }
  timings.sort((a, b) => a - b);
  const pct = (p) => Number(timings[Math.min(timings.length - 1, Math.floor((p / 100) * timings.length))].toFixed(2));
  return {
    documents: docs.length,
    generated: size,
    contentBuild: { seconds: meta.seconds, measured: meta.date, cached },
    indexBuildSeconds,
    heapMiB,
    queries: timings.length,
    p50Ms: pct(50),
    p95Ms: pct(95),
    p99Ms: pct(99),
  };
});

// ── The site as visitors get it: the production build behind `npm start` ─────────────────────────
const values = siteValues(root, lib);
const THROUGHPUT = [
  ['prerendered', 'prerendered page', '/themas'],
  ['news', 'prerendered news article', newsPath(values)],
  ['home', 'home', '/'],
  ['list', 'list, unfiltered', '/interventies'],
  ['filteredList', 'filtered list, warm', '/interventies?thema=armoede'],
  ['search', 'search, warm', '/zoeken?q=armoede'],
];
const coldSpec = { contentDir: path.join(root, 'content'), values, exclude: THROUGHPUT.map(([, , url]) => url) };
const runs = { seconds: report.load.seconds, warmup: report.load.warmupSeconds, work, repeats: report.load.repeats };
// What the request log costs, on the pages of issue 22.
const LOGGED = THROUGHPUT.filter(([key]) => ['prerendered', 'home', 'filteredList'].includes(key));

// Not started for an --only run that measures none of the parts below.
const usesPortal = !only || ['firstLoadJs', 'throughput', 'requestLog', 'renderers', 'lighthouse'].some((p) => only.includes(p));
const portal = usesPortal ? await startPortal(root, work) : undefined;
try {
  const detail = detailPath();
  const ROUTES = {
    home: '/',
    'static page': '/themas',
    list: '/interventies',
    'filtered list': '/interventies?thema=armoede',
    detail,
    news: THROUGHPUT[1][2],
    search: '/zoeken?q=armoede',
    map: '/gemeenten',
    finder: '/regiocoordinatoren',
  };
  await part('firstLoadJs', () => firstLoadFigures(portal, ROUTES, { work, fresh }));

  await part('throughput', async () => {
    const nginx = await startNginx(path.join(work, 'nginx'));
    const out = {};
    try {
      for (const [key, label, url] of THROUGHPUT) {
        try {
          out[key] = { label, ...(await warmTarget(portal, nginx, { key, url }, runs)) };
        } catch (error) {
          out[key] = { label, url, error: String(error.message ?? error) };
        }
      }
      // Last: with a response cache, the cold run fills it with thousands of pages.
      try {
        out.cold = { label: 'never-seen URLs, cold', ...(await coldTarget(portal, nginx, coldSpec, runs)) };
      } catch (error) {
        out.cold = { label: 'never-seen URLs, cold', url: '(pool)', error: String(error.message ?? error) };
      }
    } finally {
      await nginx.stop();
    }
    return out;
  });

  await part('requestLog', async () => {
    const quiet = await startPortal(root, work, { GKA_REQUEST_LOG: '0' });
    const nginx = await startNginx(path.join(work, 'nginx-log'));
    const targets = {};
    try {
      for (const [key, label, url] of LOGGED) {
        try {
          targets[key] = { label, ...(await logCost(portal, quiet, nginx, { key, url }, runs)) };
        } catch (error) {
          targets[key] = { label, url, error: String(error.message ?? error) };
        }
      }
    } finally {
      await nginx.stop();
      await quiet.stop();
    }
    return { stdout: 'a pipe read by the bench, which appends it to the server log (as a terminal or journald reads it)', targets };
  });

  // Issue 23: Next's own caching ('use cache', revalidateTag on publish) beside the own renderer.
  await part('renderers', async () => {
    const nginx = await startNginx(path.join(work, 'nginx-renderers'));
    try {
      return await renderers(portal, nginx, { runs, work, fresh });
    } finally {
      await nginx.stop();
    }
  });

  await part('lighthouse', async () => {
    if (quick) return { skipped: 'niet met --quick (vier runs van ~15 s)' };
    return lighthouse(
      Object.fromEntries(Object.entries({ home: '/', list: '/interventies', detail, search: '/zoeken?q=armoede' }).map(([k, u]) => [k, portal.origin + u])),
      work,
    );
  });
} finally {
  await portal?.stop();
}

// ── The event loop under the query-parameter attack of issue 22 ──────────────────────────────────
// On a server of its own: one that does not bound parameters stays busy for a while after the
// attack, and would slow whatever is measured next. Stopped right after (SIGKILL if it must).
await part('parameterAttack', async () => {
  const target = await startPortal(root, work);
  try {
    return await parameterAttack(target.origin, { seconds: quick ? 3 : 5 });
  } finally {
    await target.stop();
  }
});

// ── Publish (issue 23): `npm run publiceer` to the new text on two servers, under traffic ───────
await part('publish', () => publishBench({ work, quick }));

// ── Editor (issue 24): "Publiceren" in /beheer (publishChange) to the new item at its address ───
await part('editor', () => editorBench({ work, quick }));

// ── E-mail alerts (issue 26): a publish → every mail queued for 100,000 subscribers, then sent ───
await part('meldingen', () => alertsBench({ work, quick }));

// ── Builds of the real content and of generated sites; cold URLs at 10,000 interventions ──────────
await part('builds', async () => {
  if (skipBuilds) return { skipped: quick ? 'niet met --quick' : 'overgeslagen (--skip-builds)' };
  // Each build takes minutes (10,000 interventions: about 50); kept in .cache/ and reused unless
  // --fresh, and the table says when each was measured. A failed build is measured again next time.
  const cacheFile = path.join(root, '.cache/bench-builds.json');
  const cache = !fresh && fs.existsSync(cacheFile) ? JSON.parse(fs.readFileSync(cacheFile, 'utf8')) : {};
  const sets = cache.version === 2 ? cache.sets : {};
  const out = {};
  for (const [label, count] of BUILD_SETS) {
    if (sets[label] && !sets[label].error) {
      out[label] = { ...sets[label], cached: true };
      continue;
    }
    try {
      out[label] = await measureBuild(label, count, {
        work,
        // The same cold measurement on a server of this copy, right after one on a fresh server of
        // the real content: the ratio of the two is not swayed by what else the machine did in the
        // hour the build took. Both walk the same addresses, new to each server.
        after:
          count === 10_000
            ? async (dir) => {
                const real = await startPortal(root, work);
                const tenK = await startPortal(dir, work);
                const nginx = await startNginx(path.join(work, 'nginx-10k'));
                try {
                  const coldReal = await coldTarget(real, nginx, { ...coldSpec, label: 'coldReal' }, runs);
                  return { coldReal, cold: await coldTarget(tenK, nginx, { ...coldSpec, label: 'cold10k' }, runs) };
                } finally {
                  await nginx.stop();
                  await tenK.stop();
                  await real.stop();
                }
              }
            : undefined,
      });
    } catch (error) {
      out[label] = {
        error: String(error.message ?? error)
          .replace(/\s+/g, ' ')
          .slice(0, 600),
      };
    }
    sets[label] = out[label];
    fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
    fs.writeFileSync(cacheFile, JSON.stringify({ version: 2, sets }, null, 2));
  }
  return out;
});

// The issue's bar: cold URLs at most twice as slow with 10,000 interventions as with the real content.
await part('coldAt10k', async () => {
  if (skipBuilds) return { skipped: report.builds.skipped };
  const set = report.builds['10,000 generated interventions'];
  const tenK = set?.cold;
  const real = set?.coldReal;
  if (!tenK?.portal || !real?.portal) throw new Error(`geen koude meting op de echte inhoud of op 10.000 interventies${set?.error ? `: ${set.error}` : ''}`);
  return {
    realRps: real.portal.rps,
    tenThousandRps: tenK.portal.rps,
    slowdown: tenK.portal.rps > 0 ? Number((real.portal.rps / tenK.portal.rps).toFixed(2)) : null,
    target: 2,
    measured: set.date,
  };
});

report.durationSeconds = Math.round((performance.now() - began) / 1000);
fs.mkdirSync(path.join(root, '.reports'), { recursive: true });
fs.writeFileSync(path.join(root, '.reports/bench.json'), JSON.stringify(report, null, 2));
console.log(renderTable(report));
console.log('\nWritten to .reports/bench.json');
// Server and build logs stay when something could not be measured: they say why.
if (JSON.stringify(report).includes('"error":')) console.log(`Logs: ${path.relative(root, work)}/`);
else fs.rmSync(work, { recursive: true, force: true });
