// The site figures of `npm run bench`: JavaScript and HTML per route type beside a hello-world
// Next app, Lighthouse, and builds of the real content and of 1,000 and 10,000 generated
// interventions. Prints, never asserts.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { root } from '../lib.mjs';
import { countDocuments, dirSize, projectCopy, workDir } from './project.mjs';
import { freePort, start, waitFor } from './servers.mjs';

const NEXT = path.join(root, 'node_modules/.bin/next');
const kib = (n) => Number((n / 1024).toFixed(1));
const mib = (n) => Number((n / 2 ** 20).toFixed(1));

/** Front matter fields of a Markdown file that the bench needs (flat `key: value` lines only). */
function frontMatter(file) {
  const head = fs.readFileSync(file, 'utf8').match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '';
  return Object.fromEntries([...head.matchAll(/^(\w+):\s*"?([^"\n]*)"?\s*$/gm)].map((m) => [m[1], m[2]]));
}

/**
 * An intervention from the content folder, chosen when the bench runs (the first published one
 * by file name), so a removed intervention never breaks the bench.
 */
export function detailPath() {
  const dir = path.join(root, 'content/interventies');
  const slug = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.md') && frontMatter(path.join(dir, f)).draft !== 'true')
    .sort()[0]
    ?.replace(/\.md$/, '');
  if (!slug) throw new Error('geen interventie in content/interventies');
  return `/interventies/${slug}`;
}

/** The news article the figures have always used while it exists, else the newest published one. */
export function newsPath(values) {
  const preferred = '/actueel/nieuws/2023/03/14/voortgangrapportage-2022';
  if (values.news.some((n) => n.url === preferred)) return preferred;
  const newest = [...values.news].sort((a, b) => b.date.localeCompare(a.date))[0];
  if (!newest) throw new Error('geen gepubliceerd nieuwsbericht');
  return newest.url;
}

/** The scripts a first visit loads: every <script src> of the page, gzipped at level 9. */
export async function firstLoadJs(origin, pathname) {
  const r = await fetch(origin + pathname, { redirect: 'manual' });
  if (r.status !== 200) throw new Error(`${pathname} gaf ${r.status}`);
  const html = await r.text();
  const srcs = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&')))];
  let gz = 0;
  for (const src of srcs) gz += gzipSync(Buffer.from(await (await fetch(new URL(src, origin))).arrayBuffer()), { level: 9 }).length;
  return { gz, files: srcs.length, html: Buffer.byteLength(html), htmlGz: gzipSync(html, { level: 9 }).length };
}

const HELLO = {
  'package.json': '{"private":true}\n',
  // Its own (empty) config, or Next finds the portal's one further up.
  'next.config.mjs': 'export default {};\n',
  'app/layout.js': 'export default function RootLayout({ children }) { return <html lang="nl"><body>{children}</body></html>; }\n',
  'app/page.js': 'export default function Page() { return <h1>Hallo wereld</h1>; }\n',
};

/**
 * A small Next app of `files` in .cache/<name>, built on the project's Next once per Next version
 * and per version of its files (or again with --fresh), then started with `next start` (after
 * `beforeStart(dir)`, when given).
 */
export async function builtApp(name, files, { work, fresh, beforeStart }) {
  const dir = path.join(root, '.cache', name);
  const stamp = JSON.stringify({ next: JSON.parse(fs.readFileSync(path.join(root, 'node_modules/next/package.json'), 'utf8')).version, files });
  const stampFile = path.join(dir, 'stamp.json');
  if (fresh || !fs.existsSync(path.join(dir, '.next/BUILD_ID')) || !fs.existsSync(stampFile) || fs.readFileSync(stampFile, 'utf8') !== stamp) {
    workDir(name);
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
    const built = spawnSync(NEXT, ['build'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 });
    if (built.status !== 0) throw new Error(`${name} bouwen mislukt: ${(built.stderr || built.stdout).slice(-1000)}`);
    fs.writeFileSync(stampFile, stamp);
  }
  await beforeStart?.(dir);
  const port = await freePort();
  const server = start(NEXT, ['start', '-p', String(port), '-H', '127.0.0.1'], { cwd: dir, log: path.join(work, `${name}.log`) });
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${origin}/`, { server });
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { origin, dir, pid: server.child.pid, stop: server.stop };
}

/** The smallest App Router app on the same Next. */
const helloWorld = (work, fresh) => builtApp('bench-hello', HELLO, { work, fresh });

export async function firstLoadFigures(portal, routes, { work, fresh }) {
  const hello = await helloWorld(work, fresh);
  try {
    const floor = await firstLoadJs(hello.origin, '/');
    const out = { helloWorldKiB: kib(floor.gz), helloWorldFiles: floor.files, routes: {} };
    for (const [type, url] of Object.entries(routes)) {
      const m = await firstLoadJs(portal.origin, url);
      out.routes[type] = { url, kiB: kib(m.gz), overHelloWorldKiB: kib(m.gz - floor.gz), files: m.files, htmlKiB: kib(m.html), htmlGzipKiB: kib(m.htmlGz) };
    }
    return out;
  } finally {
    await hello.stop();
  }
}

// Lighthouse 12: the last line that runs on Node 20 (13 needs Node 22). Kept out of the project's
// dependencies: only the benchmark needs its 185 MB.
const LIGHTHOUSE = '12.8.2';
// Chromium without its own traffic (component updates, sync, first-run pages), which can keep a
// page load from going quiet and only adds noise.
const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';

function lighthouseBin() {
  const dir = path.join(root, '.cache/lighthouse');
  const bin = path.join(dir, 'node_modules/.bin/lighthouse');
  const pkg = path.join(dir, 'node_modules/lighthouse/package.json');
  if (fs.existsSync(bin) && JSON.parse(fs.readFileSync(pkg, 'utf8')).version === LIGHTHOUSE) return bin;
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), '{"private":true}\n');
  const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', `lighthouse@${LIGHTHOUSE}`], { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`lighthouse@${LIGHTHOUSE} kon niet worden geïnstalleerd: ${r.stderr.slice(-300)}`);
  return bin;
}

/**
 * One Lighthouse run. The report is read whatever the exit code: Lighthouse exits non-zero for
 * a runtime error but also writes the report, and that error's code says more than its stderr.
 */
function lighthouseRun(bin, url, out) {
  fs.rmSync(out, { force: true });
  const r = spawnSync(
    bin,
    [
      url,
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      '--max-wait-for-load=60000',
      `--chrome-flags=${CHROME_FLAGS}`,
    ],
    { encoding: 'utf8', timeout: 240_000, maxBuffer: 1 << 26, env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' } },
  );
  const report = fs.existsSync(out) ? JSON.parse(fs.readFileSync(out, 'utf8')) : undefined;
  if (report?.runtimeError) return { error: `${report.runtimeError.code}: ${report.runtimeError.message}` };
  if (!report) return { error: r.error ? String(r.error.message) : (r.stderr || `exit ${r.status}`).trim().split('\n').slice(-3).join(' ') };
  const score = (id) => report.categories[id]?.score;
  const ids = ['performance', 'accessibility', 'best-practices', 'seo'];
  const missing = ids.filter((id) => typeof score(id) !== 'number');
  const lcp = report.audits['largest-contentful-paint'];
  if (missing.length || typeof lcp?.numericValue !== 'number') {
    return {
      error: `geen score voor ${[...missing, ...(typeof lcp?.numericValue === 'number' ? [] : ['LCP'])].join(', ')}${lcp?.errorMessage ? ` (${lcp.errorMessage})` : ''}`,
    };
  }
  return {
    url,
    performance: Math.round(score('performance') * 100),
    accessibility: Math.round(score('accessibility') * 100),
    bestPractices: Math.round(score('best-practices') * 100),
    seo: Math.round(score('seo') * 100),
    lcpSeconds: Number((lcp.numericValue / 1000).toFixed(2)),
  };
}

/** Lighthouse mobile (its default) on each URL, one retry when a run fails. */
export async function lighthouse(urls, work) {
  const bin = lighthouseBin();
  const scores = {};
  for (const [name, url] of Object.entries(urls)) {
    // The first answer of a dynamic page is not what a visitor's page load measures.
    await (await fetch(url)).arrayBuffer();
    let result;
    for (let attempt = 1; attempt <= 2; attempt++) {
      result = lighthouseRun(bin, url, path.join(work, `lighthouse-${name}.json`));
      if (!result.error) break;
      result.attempts = attempt;
    }
    scores[name] = result;
  }
  return scores;
}

/**
 * Seconds per build step, each step's output in a log file. The content is a release the server
 * loads (issue 23): the Next build renders no page of it, and the PDF bundle is made per release
 * on its first request (lib/bundle/index.ts), so neither step grows with the content any more
 * but the content build itself.
 */
function timedBuild(dir, interventions, work, label) {
  const steps = [
    ['content', 'node', [path.join(root, 'scripts/contentlayer.mjs'), 'build']],
    ['nextBuild', NEXT, ['build']],
  ];
  const seconds = {};
  for (const [step, cmd, args] of steps) {
    const log = path.join(work, `build-${label}-${step}.log`);
    const out = fs.openSync(log, 'w');
    const t = performance.now();
    const r = spawnSync(cmd, args, { cwd: dir, stdio: ['ignore', out, out], env: { ...process.env, PWD: dir } });
    fs.closeSync(out);
    if (r.status !== 0) throw new Error(`${step} mislukt (zie ${log}): ${fs.readFileSync(log, 'utf8').slice(-600)}`);
    seconds[step] = Number(((performance.now() - t) / 1000).toFixed(1));
  }
  return seconds;
}

export const BUILD_SETS = [
  ['real content', 0],
  ['1,000 generated interventions', 1000],
  ['10,000 generated interventions', 10_000],
];

/**
 * One build of a project copy: seconds per step and per 1,000 documents (every Markdown file
 * under content/), and what the build leaves on disk. `after(dir)` runs on the built copy before
 * it is removed (the cold measurement at 10,000 interventions); its figures join the result.
 */
export async function measureBuild(label, interventions, { work, after }) {
  const dir = projectCopy(`bench-build-${interventions}`, { interventions });
  try {
    const documents = countDocuments(dir);
    const seconds = timedBuild(dir, interventions, work, interventions);
    const perThousand = Object.fromEntries(Object.entries(seconds).map(([k, s]) => [k, s === null ? null : Number(((s / documents) * 1000).toFixed(1))]));
    const result = {
      date: new Date().toISOString(),
      documents,
      interventions: interventions || fs.readdirSync(path.join(dir, 'content/interventies')).filter((f) => f.endsWith('.md')).length,
      seconds,
      totalSeconds: Number(
        Object.values(seconds)
          .reduce((a, s) => a + (s ?? 0), 0)
          .toFixed(1),
      ),
      secondsPerThousandDocuments: perThousand,
      sizesMiB: {
        next: mib(dirSize(path.join(dir, '.next'))),
        nextServer: mib(dirSize(path.join(dir, '.next/server'))),
        nextCache: mib(dirSize(path.join(dir, '.next/cache'))),
      },
    };
    if (after) Object.assign(result, await after(dir));
    return result;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
