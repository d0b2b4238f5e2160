// Publish (issue 23): from `npm run publiceer` to the new text on every affected address of two
// servers that share one release store, under steady traffic; and each server's memory before,
// during and after the switch. Nothing here touches content/: the content is a project copy.
//
// The change is a NEW news item (not a changed title): it is the one change every affected
// address shows unambiguously — its own page, the first place of /actueel/nieuws, a search hit,
// the RSS feed and a new <loc> in the sitemap (an edited title would leave the sitemap unchanged).
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleTs } from '../bundle-ts.mjs';
import { root } from '../lib.mjs';
import { projectCopy } from './project.mjs';
import { startPortal } from './servers.mjs';
import { detailPath, newsPath } from './site.mjs';

const POLL_MS = 100;
const SAMPLE_MS = 100;
/** After `publiceer` ends: how long the bench waits for the new text before it says where it is missing. */
const WAIT_SECONDS = 120;
/** Requests a second to each server: steady traffic, not a saturating one (see steadyLoad). */
const RATE_PER_SERVER = 40;
const REQUEST_TIMEOUT_MS = 30_000;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const secondsSince = (t) => Number(((performance.now() - t) / 1000).toFixed(2));
const mib = (kib) => Number((kib / 1024).toFixed(1));
const median = (xs) => {
  const v = [...xs].sort((a, b) => a - b);
  return v.length ? (v[Math.floor((v.length - 1) / 2)] + v[Math.ceil((v.length - 1) / 2)]) / 2 : null;
};

/**
 * Where both servers find their releases: a throwaway PostgreSQL server (tests/support/postgres.ts)
 * when PostgreSQL is installed, as production runs several servers; else one folder both read.
 */
async function releaseStore(work) {
  const pg = await import(pathToFileURL(await bundleTs('tests/support/postgres.ts')).href);
  const bin = pg.postgresBin();
  if (!bin) {
    return {
      kind: 'folder (PostgreSQL is niet geïnstalleerd)',
      scenario: async (name) => ({ env: { DATABASE_URL: '', GKA_RELEASES_DIR: path.join(work, `releases-${name}`) }, drop: async () => {} }),
      stop: () => {},
    };
  }
  const server = await pg.startPostgres(bin);
  return {
    kind: `PostgreSQL ${path.basename(path.dirname(bin))}`,
    scenario: async () => {
      const db = await pg.freshDatabase(server.url);
      return { env: { DATABASE_URL: db.url }, drop: () => db.drop() };
    },
    stop: () => server.stop(),
  };
}

/** `npm run publiceer` in the copy (node scripts/run-ts.mjs, without npm in between), not waited for synchronously. */
function publiceer(dir, env, log) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn('node', ['scripts/run-ts.mjs', 'scripts/publiceer.ts'], {
      cwd: dir,
      env: { ...process.env, ...env, CONTENT_DIR: path.join(dir, 'content'), PWD: dir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => {
      fs.appendFileSync(log, `\n$ publiceer (exit ${code})\n${out}`);
      const published = out.match(/Release (\S+) \(nr\. (\d+)\) gepubliceerd/);
      resolve({
        ok: code === 0 && Boolean(published),
        seconds: secondsSince(started),
        id: published?.[1],
        seq: published ? Number(published[2]) : undefined,
        // Its own account, from taking the lock to the release stored: the rest is starting Node and bundling the script.
        ownSeconds: Number(out.match(/gepubliceerd in .*\(([\d,.]+) s\)\.\s*$/m)?.[1].replace(',', '.')) || null,
        line: out.trim().split('\n').slice(-3).join(' ').slice(0, 400),
      });
    });
  });
}

/** VmRSS of a process in KiB, from /proc (Linux); null when it is gone or not readable. */
function rssKiB(pid) {
  try {
    return Number(fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m)?.[1] ?? NaN) || null;
  } catch {
    return null;
  }
}

/** Every SAMPLE_MS each server's RSS in KiB, with the moment it was read (performance.now()). */
function sampleMemory(servers) {
  const samples = [];
  const timer = setInterval(() => samples.push({ at: performance.now(), kib: servers.map((s) => rssKiB(s.pid)) }), SAMPLE_MS);
  return {
    samples,
    stop: () => clearInterval(timer),
  };
}

/**
 * A fixed number of requests a second to each server, round-robin over `paths`, whatever the
 * answers take (open loop). wrk keeps every connection busy, so a publish would be measured on a
 * machine at 100 % CPU; this is traffic a site has, and every failed answer is counted as wrk
 * counts them: a status of 400 or more, or a socket error or timeout.
 */
function steadyLoad(servers, paths, rate) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  const stats = { sent: 0, answered: 0, failedStatus: 0, socketErrors: 0, examples: [], latenciesMs: [] };
  let outstanding = 0;
  let i = 0;
  const fail = (what) => {
    if (stats.examples.length < 5) stats.examples.push(what);
  };
  const one = (origin, pathname) => {
    const started = performance.now();
    stats.sent++;
    outstanding++;
    const done = () => outstanding--;
    const req = http.get(`${origin}${pathname}`, { agent, timeout: REQUEST_TIMEOUT_MS }, (res) => {
      res.resume();
      res.on('end', () => {
        stats.answered++;
        stats.latenciesMs.push(performance.now() - started);
        if (res.statusCode >= 400) {
          stats.failedStatus++;
          fail(`${res.statusCode} ${origin}${pathname}`);
        }
        done();
      });
      res.on('error', (error) => {
        stats.socketErrors++;
        fail(`${error.message} ${origin}${pathname}`);
        done();
      });
    });
    req.on('timeout', () => req.destroy(new Error(`geen antwoord binnen ${REQUEST_TIMEOUT_MS / 1000} s`)));
    req.on('error', (error) => {
      stats.socketErrors++;
      fail(`${error.message} ${origin}${pathname}`);
      done();
    });
  };
  const started = performance.now();
  // What is due by now is sent, not one per tick: a tick that comes late (a busy event loop)
  // would otherwise lower the rate just when the machine is busiest.
  const timer = setInterval(() => {
    for (const due = Math.floor(((performance.now() - started) / 1000) * rate); i < due; i++) {
      for (const s of servers) one(s.origin, paths[i % paths.length]);
    }
  }, 10);
  return async () => {
    clearInterval(timer);
    const seconds = secondsSince(started);
    for (let w = 0; outstanding > 0 && w < REQUEST_TIMEOUT_MS / 100 + 10; w++) await sleep(100);
    agent.destroy();
    const sorted = stats.latenciesMs.sort((a, b) => a - b);
    const pct = (p) => (sorted.length ? Number(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))].toFixed(1)) : null);
    return {
      ratePerServer: rate,
      seconds,
      sentPerSecond: Math.round(stats.sent / seconds),
      paths,
      sent: stats.sent,
      answered: stats.answered,
      failed: stats.failedStatus + stats.socketErrors + outstanding,
      failedStatus: stats.failedStatus,
      socketErrors: stats.socketErrors,
      unanswered: outstanding,
      p50Ms: pct(0.5),
      p99Ms: pct(0.99),
      maxMs: sorted.length ? Number(sorted.at(-1).toFixed(1)) : null,
      ...(stats.examples.length ? { examples: stats.examples } : {}),
    };
  };
}

/** The status and body of one GET, or the error. */
async function get(url) {
  try {
    const r = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(10_000) });
    return { status: r.status, body: await r.text() };
  } catch (error) {
    return { status: 0, body: '', error: String(error.message ?? error) };
  }
}

/** A word no content has: letters only, so every tokenizer and stemmer keeps it one word. */
function markerWord() {
  const letters = 'bcdfghjklmnpqrstvwxz';
  return `proef${[...crypto.randomBytes(8)].map((b) => letters[b % letters.length]).join('')}`;
}

/** Two days ago: published on any server clock (Amsterdam or UTC), and newer than every real news item, so it heads the list and the feed. */
const itemDate = () => new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);

/** The new news item in the copy's content; fictional, and it says so. */
function newsItem(dir, marker) {
  const theme = fs
    .readdirSync(path.join(dir, 'content/themas'))
    .find((f) => f.endsWith('.md'))
    .replace(/\.md$/, '');
  fs.writeFileSync(
    path.join(dir, 'content/nieuws', `benchmark-${marker}.md`),
    `---\ntitle: "Benchmarkbericht ${marker}"\ndate: "${itemDate()}"\nsummary: "Fictief bericht van npm run bench (scripts/bench/publish.mjs): meet hoe snel een publicatie op de site staat."\nthemes: [${theme}]\n---\n\nFictief bericht, alleen in een kopie van de inhoud die de benchmark publiceert. Zoekwoord: ${marker}.\n`,
  );
}

/**
 * Every POLL_MS each address on each server until it shows the item: its page by the marker (and
 * a 200), the others by a link to the page (the search page repeats the query word even without
 * a hit). Polls from before the publish, so the steady state already carries this traffic too;
 * times count from `publishing(t0)`, and stop at `until(deadline)` or `stop()`.
 */
function pollForItem(servers, marker, itemPath) {
  const checks = [];
  for (const [si, s] of servers.entries()) {
    const at = (address, needle) => checks.push({ server: si, address, url: s.origin + address, needle, seenSeconds: null });
    at(itemPath, marker);
    at('/actueel/nieuws', itemPath);
    at(`/zoeken?q=${marker}`, itemPath);
    at('/actueel/nieuws/rss.xml', itemPath);
    at('/sitemap.xml', itemPath);
  }
  let t0;
  let deadline;
  let stopped = false;
  const early = new Set();
  const done = (async () => {
    for (;;) {
      const tick = performance.now();
      const pending = checks.filter((c) => c.seenSeconds === null);
      if (!pending.length || stopped || (deadline !== undefined && tick > deadline)) return checks;
      await Promise.all(
        pending.map(async (c) => {
          const r = await get(c.url);
          if (r.status !== 200 || !r.body.includes(c.needle)) return;
          // Before the publish the item cannot be there: then the check is wrong, not fast.
          if (t0 === undefined) early.add(c.url);
          else c.seenSeconds = secondsSince(t0);
        }),
      );
      await sleep(Math.max(0, POLL_MS - (performance.now() - tick)));
    }
  })();
  return {
    done,
    early,
    publishing: (t) => (t0 = t),
    until: (t) => (deadline = t),
    stop: () => (stopped = true),
  };
}

/**
 * Traffic until the servers' memory stops growing (a fresh server grows for a while as its heap
 * and caches fill): each second, the highest RSS of the last second against that of five seconds
 * before, until every server grew less than 1 %, or `max` seconds.
 */
async function warmUp(memory, servers, { min, max }) {
  const started = performance.now();
  const highest = (from, to, i) => Math.max(0, ...memory.samples.filter((r) => r.at >= from && r.at < to).map((r) => r.kib[i] ?? 0));
  for (;;) {
    await sleep(1000);
    const now = performance.now();
    const seconds = secondsSince(started);
    if (seconds < min) continue;
    const settled = servers.every((_, i) => highest(now - 1000, now, i) < 1.01 * highest(now - 6000, now - 5000, i));
    if (settled || seconds >= max) return { seconds: Math.round(seconds), settled };
  }
}

/** What a server's log says about the switch to release `id` (the line of server/release-holder.ts), read as it grows. */
function switchWatcher(servers, t0) {
  const offsets = servers.map(() => 0);
  const seen = servers.map(() => null);
  return {
    seen,
    check(id) {
      if (!id) return;
      for (const [i, s] of servers.entries()) {
        if (seen[i]) continue;
        const size = fs.statSync(s.log).size;
        if (size <= offsets[i]) continue;
        const fd = fs.openSync(s.log, 'r');
        const chunk = Buffer.alloc(size - offsets[i]);
        fs.readSync(fd, chunk, 0, chunk.length, offsets[i]);
        fs.closeSync(fd);
        // Whole lines only: a line half-written now is read whole next time.
        const text = chunk.toString('utf8');
        const end = text.lastIndexOf('\n') + 1;
        offsets[i] += Buffer.byteLength(text.slice(0, end));
        const m = text.slice(0, end).match(new RegExp(`Release ${id} \\(nr\\. \\d+\\) wordt geserveerd \\(klaargezet in (\\d+) ms\\)`));
        if (m) seen[i] = { seconds: secondsSince(t0), preparedMs: Number(m[1]) };
      }
    },
  };
}

/** Each address must answer below 400 on each server before the traffic starts, or the failures would not be the switch's. */
async function checkAddresses(servers, paths) {
  const bad = [];
  for (const s of servers) {
    for (const p of paths) {
      const r = await get(s.origin + p);
      if (!r.status || r.status >= 400) bad.push(`${p} gaf ${r.status || r.error} op ${s.origin}`);
    }
  }
  if (bad.length) throw new Error(`adressen voor het verkeer antwoorden niet: ${bad.join('; ')}`);
}

/** One measurement: a project copy (optionally with generated interventions) published, two servers, the new item published under traffic. */
async function scenario({ name, label, interventions, store, work, quick, target }) {
  const out = { label, store: store.kind, target: { visibleSeconds: target, memoryRatio: 2 } };
  const dir = projectCopy(`bench-publish-${name}`, { interventions });
  const { env, drop } = await store.scenario(name);
  const log = path.join(work, `publish-${name}.log`);
  const servers = [];
  try {
    out.documents = fs.readdirSync(path.join(dir, 'content'), { recursive: true }).filter((f) => String(f).endsWith('.md')).length;
    // The release the servers start with, published before they start, so they load it as their
    // first (the steady state) and the contentlayer cache of the copy is warm, as on a server
    // where `npm run publiceer` ran before.
    const first = await publiceer(dir, env, log);
    out.firstPublishSeconds = first.seconds;
    if (!first.ok) throw new Error(`de eerste publicatie mislukte: ${first.line}`);
    // A server loads and prepares the whole release before it listens: 10,000 interventions take a while.
    for (let i = 0; i < 2; i++) servers.push(await startPortal(root, work, env, { readySeconds: interventions ? 600 : 120 }));
    out.servers = servers.map((s) => s.origin);
    out.pollMs = Number(process.env.GKA_RELEASE_POLL_MS) || 500;

    const detail = interventions ? '/interventies/gegenereerd-0' : detailPath();
    const today = new Date().toISOString().slice(0, 10);
    const published = JSON.parse(fs.readFileSync(path.join(root, '.contentlayer/generated/News/_index.json'), 'utf8'));
    const news = newsPath({ news: published.filter((n) => !n.draft && (n.publishDate ?? n.date) <= today) });
    const paths = [
      '/',
      '/themas',
      '/interventies',
      '/interventies?thema=armoede',
      detail,
      news,
      '/actueel/nieuws',
      '/zoeken?q=armoede',
      '/actueel/nieuws/rss.xml',
      '/sitemap.xml',
    ];
    await checkAddresses(servers, paths);

    const memory = sampleMemory(servers);
    const stopLoad = steadyLoad(servers, paths, RATE_PER_SERVER);
    const marker = markerWord();
    const itemPath = `/actueel/nieuws/${itemDate().replaceAll('-', '/')}/benchmark-${marker}`;
    const poller = pollForItem(servers, marker, itemPath);
    let loadResult;
    let t0;
    let allSeen;
    try {
      out.warmUp = await warmUp(memory, servers, quick ? { min: 5, max: 20 } : { min: 10, max: 90 });
      newsItem(dir, marker);
      out.change = { kind: 'nieuw nieuwsbericht', marker, path: itemPath };
      t0 = performance.now();
      poller.publishing(t0);
      // On a shared machine the figures move with what else runs: said beside them.
      out.loadAverage = Number(os.loadavg()[0].toFixed(1));
      let published;
      const publishing = publiceer(dir, env, log).then((r) => {
        published = r;
        if (r.ok) poller.until(performance.now() + WAIT_SECONDS * 1000);
        else poller.stop();
        return r;
      });
      const watcher = switchWatcher(servers, t0);
      const watching = setInterval(() => watcher.check(published?.id), POLL_MS);
      const checks = await poller.done;
      await publishing;
      watcher.check(published.id);
      clearInterval(watching);
      allSeen = performance.now();
      out.publish = { seconds: published.seconds, ownSeconds: published.ownSeconds, release: published.id, line: published.line };
      const missing = checks.filter((c) => c.seenSeconds === null);
      out.visible = {
        seconds: missing.length ? null : Math.max(...checks.map((c) => c.seenSeconds)),
        perServer: servers.map((s, i) => ({
          origin: s.origin,
          switched: watcher.seen[i],
          addresses: Object.fromEntries(checks.filter((c) => c.server === i).map((c) => [c.address, c.seenSeconds])),
        })),
      };
      if (poller.early.size) out.error = `al zichtbaar vóór publiceer (de controle deugt niet): ${[...poller.early].join(', ')}`;
      else if (!published.ok) out.error = `publiceren mislukte: ${published.line}`;
      else if (missing.length)
        out.error = `niet gezien op ${missing.map((c) => `${servers[c.server].origin}${c.address}`).join(', ')} binnen ${WAIT_SECONDS} s na publiceer`;
      // After the switch: long enough for the old release to be let go of and collected.
      await sleep((quick ? 3 : 8) * 1000);
    } finally {
      poller.stop();
      await poller.done;
      loadResult = await stopLoad();
      memory.stop();
    }
    out.load = loadResult;

    const s = memory.samples;
    const column = (rows, i) => rows.map((r) => r.kib[i]).filter((x) => x !== null);
    const before = s.filter((r) => r.at < t0 && r.at >= t0 - 2000);
    const during = s.filter((r) => r.at >= t0 && r.at <= allSeen);
    const after = s.filter((r) => r.at >= s.at(-1).at - 1000);
    out.memoryMiB = servers.map((srv, i) => {
      const steady = median(column(before, i));
      const peak = Math.max(...column([...during, ...after], i));
      return {
        pid: srv.pid,
        before: mib(steady),
        peakDuring: mib(peak),
        after: mib(median(column(after, i))),
        peakOverBefore: steady ? Number((peak / steady).toFixed(2)) : null,
      };
    });
    // Per second from the start of publiceer (negative: before it), each server's highest sample.
    const perSecond = new Map();
    for (const r of s) {
      const sec = Math.floor((r.at - t0) / 1000);
      const row = perSecond.get(sec) ?? servers.map(() => 0);
      perSecond.set(
        sec,
        row.map((v, i) => Math.max(v, r.kib[i] ?? 0)),
      );
    }
    out.memoryTimelineMiB = [...perSecond].map(([sec, row]) => [sec, ...row.map(mib)]);
    out.memoryNote = `VmRSS of each server process every ${SAMPLE_MS} ms: before = median of the 2 s before publiceer, peak = highest from publiceer to the end, after = median of the last second`;
    return out;
  } catch (error) {
    out.error = String(error?.message ?? error)
      .replace(/\s+/g, ' ')
      .slice(0, 600);
    return out;
  } finally {
    for (const srv of servers) await srv.stop();
    await drop().catch(() => {});
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** report.publish: the real content, and (not with --quick) 10,000 generated interventions. */
export async function publishBench({ work, quick }) {
  const store = await releaseStore(work);
  try {
    const real = await scenario({ name: 'real', label: 'real content', interventions: 0, store, work, quick, target: 15 });
    const generated10k = quick
      ? { skipped: 'niet met --quick' }
      : await scenario({ name: '10k', label: '10,000 generated interventions', interventions: 10_000, store, work, quick, target: 30 });
    return { real, generated10k };
  } finally {
    store.stop();
  }
}
