// Throughput of the portal beside nginx serving the very HTML the portal returned, measured back
// to back in the same run, so the ratio says how far the portal is from a static file server on
// this machine today. Each target has its own nginx figure: nginx's rate depends on the size of
// the page, and a list page is four times the size of a news article.
import fs from 'node:fs';
import path from 'node:path';
import { CONNECTIONS, wrk } from './load.mjs';
import { cpuMs } from './servers.mjs';
import { coldAddresses, mixOf } from './urls.mjs';

// Fewer answers than this and p99 is just the slowest one (or there is none): on a machine busy
// with other work a short run is run again, five times as long.
const MIN_ANSWERS = 30;
const EXTEND = 5;

const ratio = (portal, nginx) => (nginx.rps > 0 ? Number(((portal.rps / nginx.rps) * 100).toFixed(1)) : null);
const fileName = (key) => `${key.replace(/\W+/g, '-')}.html`;

/** The page as a visitor's first request gets it: 200 and no redirect, or the figure is not measured. */
async function page(origin, url, timeoutMs = 120_000) {
  const r = await fetch(origin + url, { redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
  const body = Buffer.from(await r.arrayBuffer());
  if (r.status !== 200) throw new Error(`${url} gaf ${r.status} in plaats van 200`);
  return body;
}

/** The server's own CPU time per request (µs), the median over its runs; null without figures. */
function median(xs) {
  const v = xs.filter((x) => x !== null).sort((a, b) => a - b);
  return v.length ? Number(((v[Math.floor((v.length - 1) / 2)] + v[Math.ceil((v.length - 1) / 2)]) / 2).toFixed(1)) : null;
}

/** Two runs agree when their portal/nginx ratios differ by at most this share of the larger. */
export const AGREE = 0.1;

/**
 * Of runs with a `ratioPct` each, the two closest together, and whether they agree within AGREE;
 * the figure reported is the later of the two.
 */
export function closestPair(runs) {
  let best;
  for (let i = 0; i < runs.length; i++)
    for (let j = i + 1; j < runs.length; j++) {
      const [a, b] = [runs[i].ratioPct, runs[j].ratioPct];
      const spread = Math.abs(a - b) / Math.max(a, b, Number.EPSILON);
      if (!best || spread < best.spread) best = { spread, pick: runs[j] };
    }
  if (!best) return { pick: runs[0], agreed: null, spreadPct: null };
  return { pick: best.pick, agreed: best.spread <= AGREE, spreadPct: Number((best.spread * 100).toFixed(1)) };
}

/**
 * One measurement of the portal at `url` and of nginx on the same bytes right after; `repeats`
 * times at most, until two of them agree (closestPair). The machine is shared: one run can fall
 * in another program's busy second, and the report says when no two ever agreed.
 */
async function measured(portal, nginx, { url, file }, { seconds, work, repeats }) {
  const runs = [];
  for (let i = 0; i < repeats; i++) {
    let cpuBefore = cpuMs(portal.pid);
    let ours = await wrk(portal.origin, { path: url, seconds, work });
    if (ours.requests < MIN_ANSWERS) {
      cpuBefore = cpuMs(portal.pid);
      ours = { ...(await wrk(portal.origin, { path: url, seconds: seconds * EXTEND, work })), extended: true };
    }
    const cpu = cpuBefore === null || !ours.requests ? null : ((cpuMs(portal.pid) - cpuBefore) * 1000) / ours.requests;
    const static_ = await wrk(nginx.origin, { path: `/${file}`, seconds, work });
    runs.push({ result: { portal: ours, nginx: static_, ratioPct: ratio(ours, static_) }, ratioPct: ratio(ours, static_), cpu });
    if (runs.length >= 2 && closestPair(runs).agreed) break;
  }
  const { pick, agreed, spreadPct } = closestPair(runs);
  return { ...pick.result, runs: runs.map((r) => r.ratioPct), agreed, spreadPct, cpuUsPerRequest: median(runs.map((r) => r.cpu)) };
}

/** The same address on every request: after the first, whatever the server keeps is warm. */
export async function warmTarget(portal, nginx, { key, url }, { seconds, warmup, work, repeats = 1 }) {
  fs.writeFileSync(path.join(nginx.www, fileName(key)), await page(portal.origin, url));
  await wrk(portal.origin, { path: url, seconds: warmup, work });
  return { url, ...(await measured(portal, nginx, { url, file: fileName(key) }, { seconds, work, repeats })) };
}

/**
 * What the request log costs: the same address on a portal with the log (as `npm start` ships
 * it) and on one with GKA_REQUEST_LOG=0, each followed by nginx on the same bytes, taking turns,
 * so both see the same machine. The cost is the share of throughput (relative to nginx) lost.
 */
export async function logCost(withLog, withoutLog, nginx, { key, url }, { seconds, warmup, work, repeats = 1 }) {
  fs.writeFileSync(path.join(nginx.www, fileName(key)), await page(withLog.origin, url));
  // A server started for this comparison loads a route's code on its first request, and V8
  // optimises the hot code only after thousands: the first answer is awaited, and both servers
  // get three warm-ups, not one, before anything is measured.
  await page(withoutLog.origin, url);
  for (const portal of [withLog, withoutLog]) await wrk(portal.origin, { path: url, seconds: warmup * 3, work });
  const on = [];
  const off = [];
  const one = async (portal) => {
    const cpuBefore = cpuMs(portal.pid);
    const ours = await wrk(portal.origin, { path: url, seconds, work });
    const cpu = cpuBefore === null || !ours.requests ? null : ((cpuMs(portal.pid) - cpuBefore) * 1000) / ours.requests;
    const static_ = await wrk(nginx.origin, { path: `/${fileName(key)}`, seconds, work });
    return { portal: ours, nginx: static_, ratioPct: ratio(ours, static_), cpuUsPerRequest: cpu };
  };
  for (let i = 0; i < repeats; i++) {
    on.push(await one(withLog));
    off.push(await one(withoutLog));
    if (on.length >= 2 && closestPair(on).agreed && closestPair(off).agreed) break;
  }
  const side = (runs) => {
    const { pick, agreed, spreadPct } = closestPair(runs);
    return {
      rps: pick.portal.rps,
      p99Ms: pick.portal.p99Ms,
      nginxRps: pick.nginx.rps,
      ratioPct: pick.ratioPct,
      runs: runs.map((r) => r.ratioPct),
      agreed,
      spreadPct,
      cpuUsPerRequest: median(runs.map((r) => r.cpuUsPerRequest)),
    };
  };
  const withLogSide = side(on);
  const withoutLogSide = side(off);
  const [cpuOn, cpuOff] = [withLogSide.cpuUsPerRequest, withoutLogSide.cpuUsPerRequest];
  return {
    url,
    withLog: withLogSide,
    withoutLog: withoutLogSide,
    costPct: withoutLogSide.ratioPct > 0 ? Number(((1 - withLogSide.ratioPct / withoutLogSide.ratioPct) * 100).toFixed(1)) : null,
    // The share of the server's CPU per request that goes to the log: what it costs a busy server.
    cpuCostPct: cpuOn && cpuOff ? Number(((1 - cpuOff / cpuOn) * 100).toFixed(1)) : null,
  };
}

/**
 * The server's own account of its page cache, where it gives one (GET /health with a `cache`
 * object, as server/index.ts answers); undefined for a server without it.
 */
async function serverCache(origin) {
  try {
    const r = await fetch(`${origin}/health`, { signal: AbortSignal.timeout(5000) });
    const cache = r.ok && (r.headers.get('content-type') ?? '').includes('json') ? (await r.json()).cache : undefined;
    return typeof cache?.entries === 'number' ? cache : undefined;
  } catch {
    return undefined;
  }
}

// Pages whose HTML nginx serves for the cold baseline, in turn. Fetched first, so they are not
// among the measured addresses.
const SAMPLE = 40;

async function inParallel(items, n, fn) {
  const out = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i], i);
      }
    }),
  );
  return out;
}

/**
 * Every request an address the server has not answered before in this run, from a pool longer
 * than the run can send. The pool is sized from a warm-up on other fresh addresses: four times
 * what the server did there, and never more than nginx could take (40,000/s); should the run
 * still get through it, `repeated` says so.
 */
export async function coldTarget(portal, nginx, { contentDir, values, exclude, label = 'cold' }, { seconds, warmup, work }) {
  const cacheBefore = await serverCache(portal.origin);
  const addresses = coldAddresses({ contentDir, values, exclude });
  const sample = addresses.take(SAMPLE);
  const dir = path.join(nginx.www, label);
  fs.mkdirSync(dir, { recursive: true });
  const sizes = await inParallel(sample, 4, async (url, i) => {
    const body = await page(portal.origin, url);
    fs.writeFileSync(path.join(dir, `${i}.html`), body);
    return body.length;
  });
  const sampleList = path.join(work, `${label}-sample.txt`);
  fs.writeFileSync(sampleList, sample.map((_, i) => `/${label}/${i}.html`).join('\n') + '\n');

  const warmList = path.join(work, `${label}-warmup.txt`);
  fs.writeFileSync(warmList, addresses.take(Math.max(2000, CONNECTIONS * 50)).join('\n') + '\n');
  const warm = await wrk(portal.origin, { pathsFile: warmList, seconds: warmup, work });

  const measure = async (runSeconds) => {
    const pool = addresses.take(Math.min(40_000 * runSeconds, Math.max(20_000, Math.ceil((warm.rps || 1) * runSeconds * 4))));
    const poolList = path.join(work, `${label}-pool.txt`);
    fs.writeFileSync(poolList, pool.join('\n') + '\n');
    return { pool, result: await wrk(portal.origin, { pathsFile: poolList, seconds: runSeconds, work }) };
  };
  let { pool, result: ours } = await measure(seconds);
  // Again on addresses of its own: the first ones have been seen now.
  if (ours.requests < MIN_ANSWERS) {
    ({ pool, result: ours } = await measure(seconds * EXTEND));
    ours.extended = true;
  }
  const cacheAfter = await serverCache(portal.origin);
  const static_ = await wrk(nginx.origin, { pathsFile: sampleList, seconds, work });
  const sent = Math.min(ours.walk?.sent ?? 0, pool.length);
  return {
    url: `${sent.toLocaleString('en')} of ${pool.length.toLocaleString('en')} distinct URLs`,
    portal: ours,
    nginx: static_,
    ratioPct: ratio(ours, static_),
    pool: { addresses: pool.length, sent: ours.walk?.sent ?? 0, repeated: (ours.walk?.sent ?? 0) > pool.length, mix: mixOf(pool.slice(0, sent)) },
    ...(cacheAfter ? { serverCache: { before: cacheBefore, after: cacheAfter } } : {}),
    sampleSize: sample.length,
    sampleHtmlKiB: Number((sizes.reduce((a, b) => a + b, 0) / sizes.length / 1024).toFixed(1)),
  };
}
