// Servers the benchmark starts: the portal, a hello-world Next app, nginx. All on 127.0.0.1 and on
// ports 3200–3299, which no test server uses (the e2e suite has 3100, other tests 3101–3199).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { nginxBinary } from '../lib.mjs';

const given = new Set();

function isFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

// GKA_BENCH_PORTS=4200-4299: another range, for a bench run beside another one on the same machine.
const [FIRST_PORT, LAST_PORT] = (process.env.GKA_BENCH_PORTS ?? '3200-3299').split('-').map(Number);

/** A port nobody listens on, never the same twice in one run, so a running test server is never hit. */
export async function freePort() {
  for (let port = FIRST_PORT; port <= LAST_PORT; port++) {
    if (given.has(port)) continue;
    if (await isFree(port)) {
      given.add(port);
      return port;
    }
  }
  throw new Error(`geen vrije poort tussen ${FIRST_PORT} en ${LAST_PORT}`);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Until `url` answers below 500 (with `ready`, 200). */
export async function waitFor(url, { seconds = 120, server, ready = false } = {}) {
  for (let i = 0; i < seconds * 4; i++) {
    if (server?.exited()) throw new Error(`${url}: de server stopte (exit ${server.child.exitCode}); zie ${server.log}`);
    try {
      const r = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(10_000) });
      await r.arrayBuffer();
      if (ready ? r.status === 200 : r.status < 500) return;
    } catch {
      // not up yet
    }
    await sleep(250);
  }
  throw new Error(`${url} kwam niet op binnen ${seconds} s${server ? `; zie ${server.log}` : ''}`);
}

/**
 * Started in its own process group, so stop() ends the server and whatever it started. Output goes
 * to `log`; with `readStdout`, stdout is a pipe this process reads and appends to `log`, as a
 * terminal, journald or `npm start | …` reads the portal's request log: a file would hide what a
 * pipe costs (on Linux Node writes to a pipe synchronously, waiting whenever the reader is behind).
 */
export function start(command, args, { cwd, log, env = {}, readStdout = false }) {
  fs.mkdirSync(path.dirname(log), { recursive: true });
  // Appending, both the child's stderr and the stdout read here, so neither writes over the other.
  fs.writeFileSync(log, '');
  const out = fs.openSync(log, 'a');
  const child = spawn(command, args, { cwd, stdio: ['ignore', readStdout ? 'pipe' : out, out], env: { ...process.env, ...env }, detached: true });
  fs.closeSync(out);
  // The first lines, to know the server that answers is this one (see startPortal).
  let head = '';
  if (readStdout) {
    child.stdout.on('data', (d) => {
      if (head.length < 4096) head += d;
    });
    child.stdout.pipe(fs.createWriteStream(log, { flags: 'a' }));
  }
  let exited = false;
  child.on('exit', () => (exited = true));
  return {
    child,
    log,
    exited: () => exited,
    head: () => head,
    stop: async () => {
      if (exited) return;
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        return;
      }
      for (let i = 0; i < 40 && !exited; i++) await sleep(100);
      if (!exited) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // gone
        }
      }
    },
  };
}

/**
 * The production server of a project directory (the portal itself or a copy with generated
 * content), with a database folder of its own: PGlite allows one process per folder, and a
 * running `npm start` keeps .data/. Its request log on, as `npm start` ships it, unless `env`
 * says GKA_REQUEST_LOG=0.
 */
export async function startPortal(dir, work, env = {}, { readySeconds = 120 } = {}) {
  const port = await freePort();
  const log = path.join(work, `portal-${port}.log`);
  const server = start('node', ['scripts/run-ts.mjs', 'scripts/serve.ts', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: dir,
    log,
    env: { GKA_DATA_DIR: path.join(work, `data-${port}`), PORT: String(port), GKA_REQUEST_LOG: '1', ...env },
    readStdout: true,
  });
  const origin = `http://127.0.0.1:${port}`;
  try {
    // Its own "running on" line first: other programs (another bench, a test) may take a port
    // between the check and the start, and their server would answer in its place.
    for (let i = 0; !server.head().includes(`localhost:${port}`); i++) {
      if (server.exited()) throw new Error(`de portal stopte (exit ${server.child.exitCode}); zie ${log}`);
      if (i > readySeconds * 4) throw new Error(`de portal kwam niet op binnen ${readySeconds} s; zie ${log}`);
      await sleep(250);
    }
    // Ready, not only up: the database opened (PGlite blocks the event loop for seconds while it
    // starts) and the search index built, so nothing of the start falls into a measurement.
    await waitFor(`${origin}/ready`, { server, ready: true, seconds: readySeconds });
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { origin, port, pid: server.child.pid, log, stop: server.stop };
}

/**
 * CPU time (user + system, ms) a process has used, from /proc (Linux); null elsewhere. Less swayed
 * than throughput by other programs on a shared machine: it counts only this process's own work.
 */
export function cpuMs(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime, in clock ticks of 10 ms (USER_HZ is 100 on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/**
 * nginx over a folder of HTML files, tuned as a static server would be: the figure to divide by.
 * Keep-alive without a request limit, like the portal, so neither side pays for new connections.
 */
export async function startNginx(dir) {
  const port = await freePort();
  const www = path.join(dir, 'www');
  fs.mkdirSync(www, { recursive: true });
  const conf = path.join(dir, 'nginx.conf');
  fs.writeFileSync(
    conf,
    `worker_processes auto; pid ${dir}/nginx.pid; error_log ${dir}/nginx-error.log; daemon off;
events { worker_connections 4096; }
http { access_log off; sendfile on; tcp_nopush on; keepalive_requests 10000000; keepalive_timeout 120s;
  types { text/html html; }
  client_body_temp_path ${dir}; proxy_temp_path ${dir}; fastcgi_temp_path ${dir}; uwsgi_temp_path ${dir}; scgi_temp_path ${dir};
  server { listen 127.0.0.1:${port}; root ${www}; location / { try_files $uri =404; } } }\n`,
  );
  fs.writeFileSync(path.join(www, 'up.html'), 'ok');
  // -e: nginx opens its compiled-in error log before it reads the configuration.
  const server = start(nginxBinary(), ['-p', dir, '-e', path.join(dir, 'nginx-error.log'), '-c', conf], { cwd: dir, log: path.join(dir, 'nginx.log') });
  const origin = `http://127.0.0.1:${port}`;
  await waitFor(`${origin}/up.html`, { seconds: 20, server });
  return { origin, www, stop: server.stop };
}
