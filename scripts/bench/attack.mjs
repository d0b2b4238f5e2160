// The event loop under the query-parameter attack of issue 22: a few connections send addresses
// with thousands of parameters (an 8 KB request line, inside nginx's default limit, and a 12 KB
// one), while a probe asks GET /health every 50 ms on a connection of its own. How long the probe
// waits is how long any visitor waits: the server's event loop delay, seen from outside. Bounded
// in time whatever the server does: every request has a timeout and the attack stops on the clock.
import http from 'node:http';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** `/themas/x?p&p&…` with `count` parameters. */
export const attackPath = (count) => `/themas/x?${Array(count).fill('p').join('&')}`;

function get(origin, path, { agent, timeoutMs, signal }) {
  return new Promise((resolve) => {
    const started = performance.now();
    const req = http.get(`${origin}${path}`, { agent, timeout: timeoutMs, signal }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode, ms: performance.now() - started }));
      res.on('error', () => resolve({ error: 'reset', ms: performance.now() - started }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (e) => resolve({ error: e.message === 'timeout' ? 'timeout' : 'error', ms: performance.now() - started }));
  });
}

const pct = (sorted, p) => (sorted.length ? Number(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))].toFixed(1)) : null);

/** GET /health every `everyMs` until `until()` says stop; a probe not answered in time counts at its timeout. */
async function probe(origin, { everyMs, timeoutMs, until }) {
  const agent = new http.Agent({ keepAlive: false });
  const probes = [];
  while (!until()) {
    probes.push(get(origin, '/health', { agent, timeoutMs }));
    await sleep(everyMs);
  }
  const results = await Promise.all(probes);
  const times = results.map((r) => (r.error === 'timeout' ? timeoutMs : r.ms)).sort((a, b) => a - b);
  return {
    probes: results.length,
    unanswered: results.filter((r) => r.error).length,
    p50Ms: pct(times, 50),
    p99Ms: pct(times, 99),
    maxMs: pct(times, 100),
  };
}

/**
 * `seconds` of attack from `connections` connections (half 8 KB, half 12 KB request lines), after
 * two seconds of probing the idle server for comparison. Answers are counted by status: a server
 * that bounds parameters answers 414 or 400 at once, one that does not answers late or not at all.
 */
export async function parameterAttack(origin, { seconds, connections = 4, everyMs = 50, timeoutMs = 10_000 }) {
  const idleUntil = performance.now() + 2000;
  const idle = await probe(origin, { everyMs, timeoutMs, until: () => performance.now() >= idleUntil });

  const paths = [attackPath(3990), attackPath(6000)];
  const stop = new AbortController();
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const statuses = {};
  let sent = 0;
  let failed = 0;
  const end = performance.now() + seconds * 1000;
  const attackers = Array.from({ length: connections }, async (_, i) => {
    while (performance.now() < end) {
      sent++;
      const r = await get(origin, paths[i % 2], { agent, timeoutMs: seconds * 1000 + timeoutMs, signal: stop.signal });
      if (r.error) failed++;
      else statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    }
  });
  const stopAt = setTimeout(() => stop.abort(), seconds * 1000);
  const under = await probe(origin, { everyMs, timeoutMs, until: () => performance.now() >= end });
  clearTimeout(stopAt);
  stop.abort();
  await Promise.all(attackers);
  agent.destroy();
  return {
    seconds,
    connections,
    requestLineBytes: paths.map((p) => `GET ${p} HTTP/1.1`.length),
    attack: { sent, answered: sent - failed, statuses, unanswered: failed },
    probe: { path: '/health', everyMs, timeoutMs, idle, underAttack: under },
  };
}
