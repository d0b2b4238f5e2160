// E-mail alerts (issue 26): from a publish to every mail queued, for 500 selections with 10,000 to
// 100,000 confirmed subscribers of which half follow something the publish adds to, on PostgreSQL
// (Debian's package, a throwaway server on loopback) and on PGlite (what `npm start` runs).
// Each run is a process of its own (scripts/bench/alerts.ts) in a fresh database; this one samples
// its RSS and PostgreSQL's memory every 100 ms from /proc. Target: ≤ 60 s, and memory that does not
// grow with the number of subscribers (the rows stay in the database, in bounded batches).
import { fork } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleTs } from '../bundle-ts.mjs';

const TARGET_SECONDS = 60;
const SELECTIONS = 500;
const SAMPLE_MS = 100;
/** A run that takes longer than this is stopped and reported as not measured. */
const RUN_TIMEOUT_MS = 240_000;

const mib = (kib) => Number((kib / 1024).toFixed(1));

/** A line of /proc/<pid>/<file> as a number of KiB ("VmRSS:  1234 kB"); null when the process is gone. */
function procKiB(pid, file, field) {
  try {
    return Number(fs.readFileSync(`/proc/${pid}/${file}`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'))?.[1] ?? NaN) || null;
  } catch {
    return null;
  }
}

/** The postmaster listening on `port` (its command line carries `-p <port>`, see tests/support/postgres.ts). */
function postmasterOf(port) {
  for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const argv = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      if (path.basename(argv[0]) === 'postgres' && argv.some((a, i) => a === '-p' && argv[i + 1] === String(port))) return Number(pid);
    } catch {
      // gone meanwhile
    }
  }
  return undefined;
}

/**
 * PostgreSQL's memory: the proportional set size (Pss) of the postmaster and every process it
 * started (backends, writers), summed, where RSS would count the shared buffers once per process;
 * and the same without shared memory (Pss_Shmem: the shared buffers as they fill, at most
 * shared_buffers), which is what the work itself takes.
 */
function postgresKiB(postmaster) {
  let children = [];
  try {
    children = fs.readFileSync(`/proc/${postmaster}/task/${postmaster}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
  } catch {
    return null;
  }
  const pids = [postmaster, ...children];
  const pss = pids.reduce((sum, pid) => sum + (procKiB(pid, 'smaps_rollup', 'Pss') ?? 0), 0);
  return { pss, own: pss - pids.reduce((sum, pid) => sum + (procKiB(pid, 'smaps_rollup', 'Pss_Shmem') ?? 0), 0) };
}

/** Every SAMPLE_MS between the run's 'start' and 'queued': its RSS, and PostgreSQL's Pss. */
function sampler(pid, postmaster) {
  const rows = [];
  const take = () => {
    const pg = postmaster ? postgresKiB(postmaster) : null;
    rows.push({ rss: procKiB(pid, 'status', 'VmRSS'), pg: pg?.pss, pgOwn: pg?.own });
  };
  take();
  const timer = setInterval(take, SAMPLE_MS);
  return () => {
    clearInterval(timer);
    take();
    const peak = (k) => mib(Math.max(...rows.map((r) => r[k] ?? 0)));
    const start = (k) => mib(rows[0][k] ?? 0);
    return {
      samples: rows.length,
      rssStartMiB: start('rss'),
      rssPeakMiB: peak('rss'),
      ...(postmaster
        ? { postgresStartMiB: start('pg'), postgresPeakMiB: peak('pg'), postgresOwnStartMiB: start('pgOwn'), postgresOwnPeakMiB: peak('pgOwn') }
        : {}),
    };
  };
}

/** What the database must hold after a run: every matched subscriber's items in one mail each, none empty. */
function problems(run, spec) {
  const c = run.check;
  if (!c) return [];
  return [
    run.queue?.selections !== spec.selections && `queueNewItems las ${run.queue?.selections} van de ${spec.selections} selecties`,
    c.matchedSubscribers !== spec.matched && `${c.matchedSubscribers} abonnees kregen iets in de wachtrij, verwacht ${spec.matched}`,
    c.withoutMail > 0 && `${c.withoutMail} items van een abonnee in geen mail`,
    c.mails !== c.matchedSubscribers && `${c.mails} mails voor ${c.matchedSubscribers} abonnees`,
    c.emptyMails > 0 && `${c.emptyMails} lege mails`,
  ].filter(Boolean);
}

/** One run in a process of its own; its figures with the memory seen from outside. */
function measure(program, spec, postmaster) {
  return new Promise((resolve) => {
    const child = fork(program, [JSON.stringify(spec)], { execArgv: ['--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let stop;
    let outside;
    let result;
    const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS);
    child.on('message', (m) => {
      if (m.phase === 'start') stop = sampler(child.pid, postmaster);
      else if (m.phase === 'queued') outside = stop?.();
      else if (m.phase === 'result') result = m;
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (stop && !outside) outside = stop();
      if (result?.result) resolve({ ...result.result, outside });
      else resolve({ error: result?.error ?? `gestopt (${signal ?? `exit ${code}`}) na ${signal === 'SIGKILL' ? `${RUN_TIMEOUT_MS / 1000} s` : 'een fout'}` });
    });
  });
}

/** report.meldingen */
export async function alertsBench({ work, quick }) {
  const program = await bundleTs('scripts/bench/alerts.ts');
  const pg = await import(pathToFileURL(await bundleTs('tests/support/postgres.ts')).href);
  const bin = pg.postgresBin();
  const sizes = quick ? [10_000] : [10_000, 50_000, 100_000];
  const runs = [
    ...(bin ? sizes.map((n) => ({ store: 'postgresql', subscribers: n })) : []),
    // PGlite at the largest size (and the smallest, to compare): its database is this process's memory.
    ...(quick ? [10_000] : [10_000, 100_000]).map((n) => ({ store: 'pglite', subscribers: n })),
  ];
  const out = {
    target: { seconds: TARGET_SECONDS },
    selections: SELECTIONS,
    quick: Boolean(quick),
    postgresql: bin ? `PostgreSQL ${path.basename(path.dirname(bin))}` : 'niet geïnstalleerd (apt-get install -y postgresql): alleen PGlite gemeten',
    runs: [],
  };
  const server = bin ? await pg.startPostgres(bin) : undefined;
  try {
    const postmaster = server ? postmasterOf(new URL(server.url).port) : undefined;
    for (const r of runs) {
      const spec = { subscribers: r.subscribers, matched: r.subscribers / 2, selections: SELECTIONS };
      let db;
      if (r.store === 'postgresql') {
        db = await pg.freshDatabase(server.url);
        spec.url = db.url;
      } else {
        spec.dir = path.join(work, `meldingen-pglite-${r.subscribers}`);
      }
      try {
        const run = { store: r.store, subscribers: r.subscribers, ...(await measure(program, spec, r.store === 'postgresql' ? postmaster : undefined)) };
        const wrong = problems(run, spec);
        if (wrong.length) run.error = wrong.join('; ');
        out.runs.push(run);
      } finally {
        await db?.drop().catch(() => {});
        if (spec.dir) fs.rmSync(spec.dir, { recursive: true, force: true });
      }
    }
  } finally {
    server?.stop();
  }
  const failed = out.runs.filter((r) => r.error);
  if (failed.length) out.error = failed.map((r) => `${r.store} ${r.subscribers}: ${r.error}`).join('; ');
  out.note = `${SELECTIONS} selections from the content (lists with filters, themes, municipalities, search words), confirmed subscribers 70 % direct, 20 % daily, 10 % weekly; the publish adds a news item and an intervention, and half the subscribers are on a selection it adds to; queue = queueNewItems + makeDueDeliveries at the publish (every item queued per subscriber, every direct mail made), digests = makeDueDeliveries at the next slots; memory sampled every ${SAMPLE_MS} ms during the queue: the run's process (RSS from /proc, heap from inside) and PostgreSQL (Pss of all its processes, and without the shared buffers)`;
  return out;
}
