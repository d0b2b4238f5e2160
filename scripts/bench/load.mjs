// Throughput with wrk: one thread and 32 connections. autocannon (Node) topped out at 4,620 req/s
// against nginx where wrk reaches ~36,000 on the same machine, so every ratio to nginx read far
// too high; wrk is C and one thread of it saturates nginx on these 2 cores.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const CONNECTIONS = 32;
export const THREADS = 1;
export const TIMEOUT_SECONDS = 60;

// Each request takes the next path of a list: with a list longer than the run can send, no path
// is asked twice. `sent` and `count` are globals so done() can read them from the thread.
const WALK = `-- Walks a list of paths, one per request.
sent = 0
count = 0
local paths = {}
function init(args)
  for line in io.lines(args[1]) do
    count = count + 1
    paths[count] = line
  end
end
function request()
  sent = sent + 1
  return wrk.format(nil, paths[(sent - 1) % count + 1])
end
local threads = {}
function setup(thread)
  threads[#threads + 1] = thread
end
function done()
  local sent, count = 0, 0
  for _, t in ipairs(threads) do
    sent = sent + t:get("sent")
    count = count + t:get("count")
  end
  io.write(string.format("bench-walk: %d sent, %d paths\\n", sent, count))
end
`;

const toMs = (value, unit) => Number(value) * { us: 0.001, ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[unit];

/** The figures of one wrk run; throws when the output is not wrk's. */
export function parseWrk(text) {
  const rps = text.match(/Requests\/sec:\s+([\d.]+)/);
  const total = text.match(/(\d+) requests in ([\d.]+)(us|ms|s|m|h)/);
  if (!rps || !total) throw new Error(`onverwachte uitvoer van wrk: ${text.slice(-500)}`);
  // Without a single answer wrk prints 0 for every percentile: no figure, not a fast one.
  const latency =
    Number(total[1]) === 0
      ? {}
      : Object.fromEntries([...text.matchAll(/^\s+(50|75|90|99)%\s+([\d.]+)(us|ms|s|m|h)\s*$/gm)].map((m) => [m[1], toMs(m[2], m[3])]));
  const socket = text.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/);
  const [connect, read, write, timeout] = socket ? socket.slice(1).map(Number) : [0, 0, 0, 0];
  const status = Number(text.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? 0);
  const walk = text.match(/bench-walk: (\d+) sent, (\d+) paths/);
  return {
    rps: Math.round(Number(rps[1])),
    requests: Number(total[1]),
    seconds: Number((toMs(total[2], total[3]) / 1000).toFixed(2)),
    p50Ms: latency['50'] ?? null,
    p99Ms: latency['99'] ?? null,
    // wrk counts 4xx/5xx here (not 3xx, despite its label); the bench checks beforehand that
    // every measured address answers 200 without a redirect.
    errors: { socket: connect + read + write + timeout, status, timeout },
    ...(walk ? { walk: { sent: Number(walk[1]), paths: Number(walk[2]) } } : {}),
  };
}

function run(args) {
  return new Promise((resolve, reject) => {
    const child = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`wrk stopte met ${code}: ${out.slice(-500)}`))));
  });
}

/**
 * One wrk run against `origin`: one path every time, or (`pathsFile`) each request the next
 * path of that file. A long timeout, so slow answers count in p99 instead of vanishing as errors.
 */
export async function wrk(origin, { path: pathname = '/', pathsFile, seconds, work }) {
  const args = [`-t${THREADS}`, `-c${CONNECTIONS}`, `-d${seconds}s`, '--timeout', `${TIMEOUT_SECONDS}s`, '--latency'];
  if (pathsFile) {
    const script = path.join(work, 'walk.lua');
    if (!fs.existsSync(script)) fs.writeFileSync(script, WALK);
    args.push('-s', script, origin, '--', pathsFile);
  } else {
    args.push(origin + pathname);
  }
  return parseWrk(await run(args));
}
