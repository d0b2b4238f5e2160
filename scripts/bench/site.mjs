// The site figures of `npm run bench`: JavaScript and HTML per route type beside a hello-world
// Next app, throughput beside a plain static server, build times, Lighthouse. Prints, never asserts.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { writeCorpus } from './corpus.mjs';
import { root } from '../lib.mjs';

export const ROUTE_TYPES = {
  home: '/',
  'static page': '/themas',
  list: '/interventies',
  'filtered list': '/interventies?thema=armoede',
  detail: '/interventies/brede-brugklas-amsterdam',
  news: '/actueel/nieuws/2023/03/14/voortgangrapportage-2022',
  search: '/zoeken?q=armoede',
  map: '/gemeenten',
  finder: '/regiocoordinatoren',
};

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitFor(url, seconds = 90) {
  for (let i = 0; i < seconds * 4; i++) {
    try {
      const r = await fetch(url);
      if (r.status < 500) return;
    } catch {
      // not up yet
    }
    await sleep(250);
  }
  throw new Error(`${url} kwam niet op`);
}

function start(command, args, cwd, port) {
  const child = spawn(command, args, { cwd, stdio: 'ignore', env: { ...process.env, PORT: String(port) }, detached: true });
  return { child, stop: () => { try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ } } };
}

const kib = (n) => (n / 1024).toFixed(1);

/** The scripts a first visit loads: every <script src> of the page, gzipped at level 9. */
async function firstLoadJs(origin, pathname) {
  const html = await (await fetch(origin + pathname)).text();
  const srcs = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&')))];
  let gz = 0;
  for (const src of srcs) gz += gzipSync(Buffer.from(await (await fetch(new URL(src, origin))).arrayBuffer()), { level: 9 }).length;
  return { gz, files: srcs.length, html: Buffer.byteLength(html), htmlGz: gzipSync(html, { level: 9 }).length };
}

// Builds happen inside the project's .cache/, not in /tmp with a symlinked node_modules: Turbopack
// does not follow a node_modules outside its root, and here the root is the project (its lockfile).
function workDir(name) {
  const dir = path.join(root, '.cache', name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}
const NEXT = path.join(root, 'node_modules/.bin/next');

async function helloWorld(port) {
  const dir = workDir('bench-hello');
  fs.mkdirSync(path.join(dir, 'app'));
  fs.writeFileSync(path.join(dir, 'package.json'), '{"private":true}');
  // Its own (empty) config, or Next finds the portal's one further up.
  fs.writeFileSync(path.join(dir, 'next.config.mjs'), 'export default {};\n');
  fs.writeFileSync(path.join(dir, 'app/layout.js'), 'export default function RootLayout({ children }) { return <html lang="nl"><body>{children}</body></html>; }\n');
  fs.writeFileSync(path.join(dir, 'app/page.js'), 'export default function Page() { return <h1>Hallo wereld</h1>; }\n');
  const built = spawnSync(NEXT, ['build'], { cwd: dir, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`hello world bouwen mislukt: ${built.stderr}`);
  const server = start(NEXT, ['start', '-p', String(port)], dir, port);
  await waitFor(`http://127.0.0.1:${port}/`);
  return { dir, server };
}

/** nginx when the machine has it (installed with apt when we may), else a minimal Node server. */
function staticServer(dir, port) {
  const hasNginx = () => spawnSync('sh', ['-c', 'command -v nginx'], { stdio: 'ignore' }).status === 0;
  if (!hasNginx() && process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0) {
    spawnSync('sh', ['-c', 'apt-get install -y -qq nginx-light >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq nginx-light) >/dev/null 2>&1']);
  }
  if (hasNginx()) {
    const conf = path.join(dir, 'nginx.conf');
    fs.writeFileSync(
      conf,
      `worker_processes auto; pid ${dir}/nginx.pid; error_log ${dir}/error.log; daemon off;
events { worker_connections 4096; }
http { access_log off; sendfile on; tcp_nopush on; keepalive_requests 100000;
  types { text/html html; }
  client_body_temp_path ${dir}; proxy_temp_path ${dir}; fastcgi_temp_path ${dir}; uwsgi_temp_path ${dir}; scgi_temp_path ${dir};
  server { listen 127.0.0.1:${port}; root ${dir}/www; location / { try_files $uri =404; } } }\n`,
    );
    return { name: 'nginx', ...start('nginx', ['-c', conf], dir, port) };
  }
  const script = path.join(dir, 'static.mjs');
  fs.writeFileSync(script, `import http from 'node:http'; import fs from 'node:fs'; import path from 'node:path';
const files = new Map(fs.readdirSync('${dir}/www').map((f) => ['/' + f, fs.readFileSync(path.join('${dir}/www', f))]));
http.createServer((q, r) => { const b = files.get(q.url); if (!b) { r.statusCode = 404; return r.end(); } r.setHeader('Content-Type', 'text/html'); r.end(b); }).listen(${port}, '127.0.0.1');\n`);
  return { name: 'Node static server (nginx not available)', ...start('node', [script], dir, port) };
}

async function load(url) {
  const r = await autocannon({ url, connections: 32, duration: 10 });
  return { rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx };
}

/**
 * Seconds per step. The PDF step is skipped above 1,000 interventions: react-pdf needs 217 s for
 * 1,000 (it lays out the whole document again for "page N of M"), so 10,000 would take hours.
 */
function timedBuild(dir, interventions) {
  const steps = [
    ['content', 'node', [path.join(root, 'scripts/contentlayer.mjs'), 'build']],
    ...(interventions <= 1000 ? [['PDFs', 'node', ['scripts/run-ts.mjs', 'scripts/bundle.tsx']]] : []),
    ['next build', NEXT, ['build']],
  ];
  const parts = [];
  let total = 0;
  for (const [label, cmd, args] of steps) {
    const t = performance.now();
    const r = spawnSync(cmd, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, PWD: dir }, maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error(`${label} mislukt: ${(r.stderr || r.stdout || '').slice(-2000)}`);
    const s = (performance.now() - t) / 1000;
    total += s;
    parts.push(`${label} ${s.toFixed(0)}`);
  }
  return `${total.toFixed(0)} (${parts.join(', ')}${interventions > 1000 ? '; PDFs not built' : ''})`;
}

/** A copy of the project (sources, content, data; not the build) with optional generated interventions. */
export function projectCopy(interventions) {
  const dir = workDir(`bench-build-${interventions}`);
  for (const entry of fs.readdirSync(root)) {
    if (['node_modules', '.next', '.cache', '.contentlayer', '.reports', '.git', 'test-results', 'public', 'package-lock.json'].includes(entry)) continue;
    fs.cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true, filter: (src) => !src.includes(`${path.sep}node_modules`) });
  }
  fs.mkdirSync(path.join(dir, 'public'));
  for (const entry of fs.readdirSync(path.join(root, 'public'))) if (entry !== 'downloads') fs.cpSync(path.join(root, 'public', entry), path.join(dir, 'public', entry), { recursive: true });
  fs.cpSync(path.join(root, 'public/downloads'), path.join(dir, 'public/downloads'), { recursive: true, filter: (src) => !src.includes('bundel') });
  // The PDF and the share images read the Geist files from <project>/node_modules; every other
  // package is found one level up, in the real project.
  fs.cpSync(path.join(root, 'node_modules/geist'), path.join(dir, 'node_modules/geist'), { recursive: true });
  if (interventions) {
    const content = path.join(dir, 'content');
    fs.rmSync(path.join(content, 'interventies'), { recursive: true });
    const slugs = (d) => fs.readdirSync(path.join(content, d)).map((f) => f.replace(/\.md$/, ''));
    writeCorpus(content, { interventions, news: 0, themes: slugs('themas'), municipalities: slugs('gemeenten'), vocabularyFrom: path.join(root, 'content') });
  }
  return dir;
}

async function lighthouse(urls) {
  const dir = path.join(root, '.cache/lighthouse');
  const bin = path.join(dir, 'node_modules/.bin/lighthouse');
  if (!fs.existsSync(bin)) {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'package.json'), '{"private":true}');
  // Its own (empty) config, or Next finds the portal's one further up.
  fs.writeFileSync(path.join(dir, 'next.config.mjs'), 'export default {};\n');
    // Lighthouse 12: the last line that runs on Node 20 (13 needs Node 22). Kept out of the
    // project's dependencies: only the benchmark needs its 185 MB.
    const r = spawnSync('npm', ['install', '--no-audit', '--no-fund', 'lighthouse@12.8.2'], { cwd: dir, encoding: 'utf8' });
    if (r.status !== 0) return { error: 'lighthouse kon niet worden geïnstalleerd' };
  }
  const scores = {};
  for (const [name, url] of Object.entries(urls)) {
    const out = path.join(dir, 'report.json');
    const r = spawnSync(bin, [url, '--quiet', '--output=json', `--output-path=${out}`, '--only-categories=performance,accessibility,best-practices,seo', '--chrome-flags=--headless=new --no-sandbox --disable-gpu'], {
      encoding: 'utf8',
      env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    });
    if (r.status !== 0 || !fs.existsSync(out)) {
      scores[name] = { error: (r.stderr || 'onbekende fout').split('\n').slice(-3).join(' ') };
      continue;
    }
    const report = JSON.parse(fs.readFileSync(out, 'utf8'));
    scores[name] = Object.fromEntries(Object.entries(report.categories).map(([k, v]) => [k, Math.round(v.score * 100)]));
    scores[name].lcp = `${(report.audits['largest-contentful-paint'].numericValue / 1000).toFixed(2)} s`;
    fs.rmSync(out);
  }
  return scores;
}

export async function benchSite(record, { fresh }) {
  const ports = { ours: 3211, next: 3212, hello: 3213, static: 3214 };
  const ours = start('node', ['scripts/run-ts.mjs', 'scripts/serve.ts', '--port', String(ports.ours), '--hostname', '127.0.0.1'], root, ports.ours);
  const plain = start(path.join(root, 'node_modules/.bin/next'), ['start', '-p', String(ports.next)], root, ports.next);
  const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gka-static-'));
  let hello;
  let nginx;
  try {
    await waitFor(`http://127.0.0.1:${ports.ours}/`);
    await waitFor(`http://127.0.0.1:${ports.next}/`);
    hello = await helloWorld(ports.hello);
    const floor = await firstLoadJs(`http://127.0.0.1:${ports.hello}`, '/');
    record('first-load JS, hello-world Next app (same build, gzip)', kib(floor.gz), 'KiB');
    for (const [type, url] of Object.entries(ROUTE_TYPES)) {
      const m = await firstLoadJs(`http://127.0.0.1:${ports.ours}`, url);
      record(`first-load JS ${type} (${url})`, `${kib(m.gz)} (+${kib(m.gz - floor.gz)} over hello world, ${m.files} files)`, 'KiB gzip');
      record(`HTML ${type}`, `${kib(m.html)} (${kib(m.htmlGz)} gzip)`, 'KiB');
    }

    // Throughput: the same HTML from our server, from plain `next start` and from a static server.
    fs.mkdirSync(path.join(staticDir, 'www'));
    const targets = { 'prerendered page': '/themas', list: '/interventies?thema=armoede', search: '/zoeken?q=armoede' };
    for (const [name, url] of Object.entries(targets)) {
      fs.writeFileSync(path.join(staticDir, 'www', `${name.replace(/\W+/g, '-')}.html`), await (await fetch(`http://127.0.0.1:${ports.ours}${url}`)).text());
    }
    nginx = staticServer(staticDir, ports.static);
    await waitFor(`http://127.0.0.1:${ports.static}/search.html`);
    for (const [name, url] of Object.entries(targets)) {
      const file = `/${name.replace(/\W+/g, '-')}.html`;
      const a = await load(`http://127.0.0.1:${ports.ours}${url}`);
      const n = await load(`http://127.0.0.1:${ports.next}${url}`);
      const s = await load(`http://127.0.0.1:${ports.static}${file}`);
      record(`${name}: npm start (32 connections)`, `${a.rps} req/s, p50 ${a.p50} ms, p99 ${a.p99} ms, ${a.errors} errors`, '');
      record(`${name}: plain next start`, `${n.rps} req/s, p50 ${n.p50} ms, p99 ${n.p99} ms`, '');
      record(`${name}: ${nginx.name}, same HTML`, `${s.rps} req/s, p50 ${s.p50} ms, p99 ${s.p99} ms`, '');
      record(`${name}: npm start ÷ static server`, `${((a.rps / s.rps) * 100).toFixed(1)}`, '%');
    }

    const urls = Object.fromEntries(['home', 'list', 'detail', 'search'].map((k) => [k, `http://127.0.0.1:${ports.ours}${ROUTE_TYPES[k]}`]));
    const scores = await lighthouse(urls);
    for (const [name, s] of Object.entries(scores)) {
      record(`Lighthouse mobile ${name}`, s.error ? `niet gemeten: ${s.error}` : `performance ${s.performance}, accessibility ${s.accessibility}, best practices ${s['best-practices']}, SEO ${s.seo}, LCP ${s.lcp}`, '');
    }
  } finally {
    ours.stop();
    plain.stop();
    hello?.server.stop();
    nginx?.stop();
    fs.rmSync(staticDir, { recursive: true, force: true });
    if (hello) fs.rmSync(hello.dir, { recursive: true, force: true });
  }

  // Build times take minutes (10,000 interventions: both languages prerendered); kept in .cache/
  // and reused unless --fresh, and the table says when they were measured.
  const cacheFile = path.join(root, '.cache/bench-builds.json');
  const cached = !fresh && fs.existsSync(cacheFile) ? JSON.parse(fs.readFileSync(cacheFile, 'utf8')) : undefined;
  const builds = cached ?? { date: new Date().toISOString(), seconds: {} };
  if (!cached) {
    for (const [label, count] of [['real content', 0], ['1,000 generated interventions', 1000], ['10,000 generated interventions', 10000]]) {
      const dir = projectCopy(count);
      try {
        builds.seconds[label] = timedBuild(dir, count);
      } catch (error) {
        builds.seconds[label] = `mislukt: ${String(error).replace(/\s+/g, ' ').slice(0, 300)}`;
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }
    // Only a complete measurement is kept; a failed build is measured again next time.
    if (Object.values(builds.seconds).every((s) => !String(s).startsWith('mislukt'))) {
      fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
      fs.writeFileSync(cacheFile, JSON.stringify(builds, null, 2));
    }
  }
  for (const [label, s] of Object.entries(builds.seconds)) record(`full build (content, PDFs, next build), ${label}`, cached ? `${s} (measured ${builds.date.slice(0, 10)}; --fresh to rebuild)` : s, 's');
}
