// E-mail alerts (issue 26): from a publish to every mail queued, for 500 selections with 10,000 to
// 100,000 confirmed subscribers of which half follow something the publish adds to, on PostgreSQL
// (Debian's package, a throwaway server on loopback) and on PGlite (what `npm start` runs).
// Each run is a process of its own (scripts/bench/alerts.ts) in a fresh database; this one samples
// its RSS and PostgreSQL's memory every 100 ms from /proc. Target: ≤ 60 s, and memory that does not
// grow with the number of subscribers (the rows stay in the database, in bounded batches).
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleTs } from '../bundle-ts.mjs';

const TARGET_SECONDS = 60;
const SELECTIONS = 500;
const SAMPLE_MS = 100;
/**
 * Sending, in turn: a rate well under what one sender manages on this machine (to see it hold), the
 * issue's 200/s, and no rate (the sender's own limit). Seconds each.
 */
const RATES = [
  { perSecond: 50, seconds: 8 },
  { perSecond: 200, seconds: 8 },
  { perSecond: 0, seconds: 5 },
];
const QUICK_RATES = [
  { perSecond: 50, seconds: 8 },
  { perSecond: 0, seconds: 3 },
];
/** How often the sink's count is read while mails are sent: the finest window of the rate. */
const SINK_SAMPLE_MS = 50;
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

/**
 * What the database must hold after a run: every matched subscriber's items in one mail each, none
 * empty; and what the sink must have had: every mail sent, none failed, no more a second than the rate.
 */
function problems(run, spec) {
  const c = run.check;
  if (!c) return [];
  const sending = [run.sendRated, run.sendUnthrottled].filter(Boolean);
  return [
    ...sending.flatMap((x) => [
      x.sink?.received !== x.sent && `${x.sent} mails verstuurd, ${x.sink?.received} ontvangen`,
      x.failed > 0 && `${x.failed} mails mislukt`,
    ]),
    run.sendRated &&
      run.sendRated.sink?.perSecond > spec.send.perSecond &&
      `${run.sendRated.sink.perSecond} mails/s bij een ingestelde ${spec.send.perSecond}/s`,
    run.queue?.selections !== spec.selections && `queueNewItems las ${run.queue?.selections} van de ${spec.selections} selecties`,
    c.matchedSubscribers !== spec.matched && `${c.matchedSubscribers} abonnees kregen iets in de wachtrij, verwacht ${spec.matched}`,
    c.withoutMail > 0 && `${c.withoutMail} items van een abonnee in geen mail`,
    c.mails !== c.matchedSubscribers && `${c.mails} mails voor ${c.matchedSubscribers} abonnees`,
    c.emptyMails > 0 && `${c.emptyMails} lege mails`,
  ].filter(Boolean);
}

/**
 * The mails the sink completed while the run sent ('send' to 'sent'): how many, a second on
 * average, and the most in any second (from its count every SINK_SAMPLE_MS).
 */
function sinkCounter(sink) {
  let rows;
  let timer;
  return {
    start() {
      rows = [[performance.now(), sink.received.length]];
      timer = setInterval(() => rows.push([performance.now(), sink.received.length]), SINK_SAMPLE_MS);
    },
    stop() {
      clearInterval(timer);
      rows.push([performance.now(), sink.received.length]);
      // The sink keeps each message; only their number is wanted.
      sink.received.length = 0;
      const [[t0, n0], [t1, n1]] = [rows[0], rows.at(-1)];
      let most = 0;
      for (let i = 0, j = 0; i < rows.length; i++) {
        while (j + 1 < rows.length && rows[j + 1][0] - rows[i][0] <= 1000) j++;
        most = Math.max(most, rows[j][1] - rows[i][1]);
      }
      return {
        received: n1 - n0,
        seconds: Number(((t1 - t0) / 1000).toFixed(2)),
        perSecond: Number(((n1 - n0) / ((t1 - t0) / 1000)).toFixed(1)),
        mostInOneSecond: most,
      };
    },
  };
}

/** One run in a process of its own; its figures with the memory seen from outside and the sink's count. */
function measure(program, spec, postmaster, sink) {
  return new Promise((resolve) => {
    const child = fork(program, [JSON.stringify(spec)], { execArgv: ['--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let stop;
    let outside;
    let result;
    const counter = sinkCounter(sink);
    const received = [];
    const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS);
    child.on('message', (m) => {
      if (m.phase === 'start') stop = sampler(child.pid, postmaster);
      else if (m.phase === 'queued') outside = stop?.();
      else if (m.phase === 'send') counter.start();
      else if (m.phase === 'sent') received.push(counter.stop());
      else if (m.phase === 'result') result = m;
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (stop && !outside) outside = stop();
      if (result?.result) {
        for (const [i, s] of (result.result.sending ?? []).entries()) s.sink = received[i];
        resolve({ ...result.result, outside });
      } else
        resolve({ error: result?.error ?? `gestopt (${signal ?? `exit ${code}`}) na ${signal === 'SIGKILL' ? `${RUN_TIMEOUT_MS / 1000} s` : 'een fout'}` });
    });
  });
}

/** report.meldingen */
export async function alertsBench({ work, quick }) {
  const program = await bundleTs('scripts/bench/alerts.ts');
  const pg = await import(pathToFileURL(await bundleTs('tests/support/postgres.ts')).href);
  const { startSmtpSink } = await import(pathToFileURL(await bundleTs('tests/support/smtp-sink.ts')).href);
  const bin = pg.postgresBin();
  const sizes = quick ? [10_000] : [10_000, 50_000, 100_000];
  const runs = [
    ...(bin ? sizes.map((n) => ({ store: 'postgresql', subscribers: n })) : []),
    // PGlite at the largest size (and the smallest, to compare): its database is this process's memory.
    ...(quick ? [10_000] : [10_000, 100_000]).map((n) => ({ store: 'pglite', subscribers: n })),
  ];
  // On a shared machine the figures move with what else runs: said beside them (1 minute, start and end).
  const load = () => Number(os.loadavg()[0].toFixed(1));
  const out = {
    loadAverage: { start: load() },
    target: { seconds: TARGET_SECONDS },
    selections: SELECTIONS,
    quick: Boolean(quick),
    postgresql: bin ? `PostgreSQL ${path.basename(path.dirname(bin))}` : 'niet geïnstalleerd (apt-get install -y postgresql): alleen PGlite gemeten',
    runs: [],
  };
  const server = bin ? await pg.startPostgres(bin) : undefined;
  const sink = await startSmtpSink();
  // Sent by the largest run of each database (each in --quick).
  const sends = (r) => r.subscribers === Math.max(...runs.filter((x) => x.store === r.store).map((x) => x.subscribers));
  try {
    const postmaster = server ? postmasterOf(new URL(server.url).port) : undefined;
    for (const r of runs) {
      const spec = {
        subscribers: r.subscribers,
        matched: r.subscribers / 2,
        selections: SELECTIONS,
        ...(sends(r) ? { send: { smtpUrl: `smtp://127.0.0.1:${sink.port}`, rates: quick ? QUICK_RATES : RATES } } : {}),
      };
      let db;
      if (r.store === 'postgresql') {
        db = await pg.freshDatabase(server.url);
        spec.url = db.url;
      } else {
        spec.dir = path.join(work, `meldingen-pglite-${r.subscribers}`);
      }
      try {
        const run = { store: r.store, subscribers: r.subscribers, ...(await measure(program, spec, r.store === 'postgresql' ? postmaster : undefined, sink)) };
        const wrong = problems(run, spec);
        if (wrong.length) run.error = wrong.join('; ');
        out.runs.push(run);
      } finally {
        await db?.drop().catch(() => {});
        if (spec.dir) fs.rmSync(spec.dir, { recursive: true, force: true });
      }
    }
  } finally {
    await sink.close();
    server?.stop();
  }
  const failed = out.runs.filter((r) => r.error);
  if (failed.length) out.error = failed.map((r) => `${r.store} ${r.subscribers}: ${r.error}`).join('; ');
  out.loadAverage.end = load();
  out.note = `${SELECTIONS} selections from the content (lists with filters, themes, municipalities, search words), confirmed subscribers 70 % direct, 20 % daily, 10 % weekly; the publish adds a news item and an intervention, and half the subscribers are on a selection it adds to; queue = queueNewItems + makeDueDeliveries at the publish (every item queued per subscriber, every direct mail made), digests = makeDueDeliveries at the next slots; memory sampled every ${SAMPLE_MS} ms during the queue: the run's process (RSS from /proc, heap from inside) and PostgreSQL (Pss of all its processes, and without the shared buffers); sending: deliverAlerts round after round (batch and claim as alertSettings gives them for the rate) through lib/mail/committed.ts to an SMTP sink in the bench process, by the largest run of each database; achieved and most in 1 s counted at the sink (every ${SINK_SAMPLE_MS} ms)`;
  return out;
}
