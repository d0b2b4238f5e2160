// The report as a table for people; .reports/bench.json has the same figures for programs.

const n = (v, digits = 0) => (typeof v === 'number' ? v.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : '–');
const ms = (v) => (typeof v !== 'number' ? '–' : v < 10 ? n(v, 2) : v < 100 ? n(v, 1) : n(v));
const day = (iso) => (iso ? iso.slice(0, 10) : '?');

function columns(rows, indent = '  ') {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i] ?? '').length)));
  return rows
    .map(
      (r) =>
        indent +
        r
          .map((c, i) => String(c ?? '').padEnd(widths[i]))
          .join('  ')
          .trimEnd(),
    )
    .join('\n');
}

const failed = (section) => section?.error && `  niet gemeten: ${section.error}`;
/** A part left out with --only (or --quick): its reason instead of its table. */
const unless = (section, render) => (section?.skipped ? `  ${section.skipped}` : render(section));

function search(s) {
  if (failed(s)) return failed(s);
  const cl = s.contentBuild;
  return columns([
    ['content build (contentlayer2)', `${n(cl.seconds, 1)} s`, cl.cached ? `(measured ${day(cl.measured)}; --fresh to rebuild)` : ''],
    ['index build', `${n(s.indexBuildSeconds, 2)} s`],
    ['index memory (heap growth)', `${n(s.heapMiB)} MiB`],
    [`query latency (${n(s.queries)} queries)`, `p50 ${ms(s.p50Ms)} ms, p95 ${ms(s.p95Ms)} ms, p99 ${ms(s.p99Ms)} ms`],
  ]);
}

function firstLoad(f) {
  if (failed(f)) return failed(f);
  return columns([
    ['route type', 'URL', 'JS KiB', 'over hello world', 'files', 'HTML KiB (gzip)'],
    ...Object.entries(f.routes).map(([type, r]) => [
      type,
      r.url,
      n(r.kiB, 1),
      `${r.overHelloWorldKiB < 0 ? '−' : '+'}${n(Math.abs(r.overHelloWorldKiB), 1)} KiB`,
      r.files,
      `${n(r.htmlKiB, 1)} (${n(r.htmlGzipKiB, 1)})`,
    ]),
  ]);
}

const errorsOf = (r) => (r?.errors ? r.errors.socket + r.errors.status : undefined);

/** How many runs, and whether two agreed: "2", "4, never within 10 %". */
const agreement = (t, agreePct) => (t.runs ? `${t.runs.length}${t.agreed === false ? `, never within ${agreePct} %` : ''}` : '');

function throughputRow(t, agreePct) {
  if (t.error) return [t.label, t.url, `niet gemeten: ${t.error}`];
  return [
    t.label,
    t.url,
    `${n(t.portal.rps)}${t.portal.extended ? ` (${t.portal.seconds} s run)` : ''}`,
    ms(t.portal.p50Ms),
    ms(t.portal.p99Ms),
    n(errorsOf(t.portal)),
    n(t.nginx.rps),
    `${n(t.ratioPct, 1)} %`,
    agreement(t, agreePct),
  ];
}

function throughput(t, load) {
  if (failed(t)) return failed(t);
  const rows = [
    ['target', 'URL', 'portal req/s', 'p50 ms', 'p99 ms', 'errors', 'nginx req/s', 'portal/nginx', 'runs'],
    ...Object.values(t).map((x) => throughputRow(x, load.agreePct)),
  ];
  let text = columns(rows);
  const c = t.cold;
  if (c?.pool) {
    text += `\n  cold: every request a URL the server had not seen in this run${c.pool.repeated ? ' — POOL EXHAUSTED, URLs repeated' : ''} (${Object.entries(
      c.pool.mix,
    )
      .map(([p, k]) => `${p} ${n(k)}`)
      .join(', ')}); nginx serves ${c.sampleSize} such pages (avg ${n(c.sampleHtmlKiB, 1)} KiB) in turn`;
  }
  const cache = c?.serverCache;
  if (cache)
    text += `\n  server page cache (GET /health): ${n(cache.before?.entries)} entries before the cold run, ${n(cache.after.entries)} after, ${n(cache.after.bytes / 2 ** 20, 1)} of ${n(cache.after.maxBytes / 2 ** 20, 1)} MiB`;
  text += `\n  errors: socket errors and 4xx/5xx counted by wrk; every URL was first checked to answer 200 without a redirect; wrk timeout ${load.timeoutSeconds} s`;
  if (load.repeats > 1)
    text += `\n  runs: portal then nginx, repeated (at most ${load.repeats}) until two portal/nginx ratios agree within ${load.agreePct} %; the later of the closest two is shown`;
  if (Object.values(t).some((x) => x.portal?.extended))
    text += '\n  a portal run with fewer than 30 answers was run again, five times as long (the machine was busy)';
  return text;
}

function requestLog(l, load) {
  if (failed(l)) return failed(l);
  const rows = [
    ['target', 'URL', 'with log req/s', 'of nginx', 'runs', 'without req/s', 'of nginx', 'runs', 'log costs', 'CPU µs/req with (without)', 'CPU share'],
  ];
  for (const t of Object.values(l.targets)) {
    if (t.error) rows.push([t.label, t.url, `niet gemeten: ${t.error}`]);
    else
      rows.push([
        t.label,
        t.url,
        n(t.withLog.rps),
        `${n(t.withLog.ratioPct, 1)} %`,
        agreement(t.withLog, load.agreePct),
        n(t.withoutLog.rps),
        `${n(t.withoutLog.ratioPct, 1)} %`,
        agreement(t.withoutLog, load.agreePct),
        `${n(t.costPct, 1)} %`,
        `${n(t.withLog.cpuUsPerRequest)} (${n(t.withoutLog.cpuUsPerRequest)})`,
        `${n(t.cpuCostPct, 1)} %`,
      ]);
  }
  return `${columns(rows)}\n  the portal as \`npm start\` runs it (stdout: ${l.stdout}) and with GKA_REQUEST_LOG=0, taking turns, each run followed by nginx on the same bytes; cost = 1 − (with ÷ without) of the shares of nginx; CPU: the server's own CPU time per request (/proc, median of its runs), less swayed by other programs on a shared machine`;
}

function renderersTable(r, load) {
  if (failed(r)) return failed(r);
  const side = (t) =>
    t.error
      ? [`niet gemeten: ${t.error}`]
      : [
          `${n(t.portal.rps)} (${n(t.nginx.rps)})`,
          `${n(t.ratioPct, 1)} %`,
          n(t.cpuUsPerRequest),
          ms(t.portal.p99Ms),
          n(t.htmlKiB, 1),
          n(t.jsKiB, 1),
          agreement(t, load.agreePct),
        ];
  const rows = [['page', 'URL', 'renderer', 'req/s (nginx)', 'of nginx', 'CPU µs/req', 'p99 ms', 'HTML KiB', 'JS KiB', 'runs']];
  for (const p of Object.values(r.pages)) {
    rows.push([p.label, p.url, "Next 'use cache'", ...side(p.nextCache)]);
    rows.push(['', '', 'own (portal)', ...side(p.own)]);
  }
  const publish = Object.values(r.pages)
    .map(({ url, nextCache: { publish: x } }) =>
      x
        ? `${url}: first request ${ms(x.firstRequestMs)} ms${x.allFresh ? '' : `, NOT ALWAYS FRESH (fresh after ${ms(x.freshAfterMs)} ms)`}, the next ${ms(x.secondRequestMs)} ms`
        : `${url}: –`,
    )
    .join('; ');
  return `${columns(rows)}
  Next 'use cache': a cacheComponents app (.cache/bench-nextcache) rendering the portal's <body> from a file read at run time inside 'use cache' + cacheTag('inhoud') (one HTML string, not a component tree: a best case for Next); own: the portal; each run followed by nginx on that server's own bytes; CPU: the server's own time per request (/proc)
  publish (the page's file changed, revalidateTag('inhoud', { expire: 0 }) in a route handler, then the page; median of ${Object.values(r.pages)[0]?.nextCache.publish?.each.length ?? 0}): ${publish}`;
}

function attack(a) {
  if (failed(a)) return failed(a);
  const p = a.probe;
  const row = (label, x) => [label, n(x.probes), ms(x.p50Ms), ms(x.p99Ms), ms(x.maxMs), n(x.unanswered)];
  const statuses = Object.entries(a.attack.statuses)
    .map(([status, count]) => `${count}× ${status}`)
    .join(', ');
  return `${columns([['GET /health every 50 ms', 'probes', 'p50 ms', 'p99 ms', 'max ms', `unanswered in ${n(p.timeoutMs / 1000)} s`], row('idle, the second before', p.idle), row(`during ${a.seconds} s of attack`, p.underAttack)])}
  attack: ${a.connections} connections, request lines of ${a.requestLineBytes.map((b) => `${n(b)} bytes`).join(' and ')} (/themas/x?p&p&…); ${n(a.attack.sent)} sent, answers ${statuses || 'none'}, ${n(a.attack.unanswered)} unanswered when the attack stopped`;
}

function builds(b) {
  if (failed(b)) return failed(b);
  if (b.skipped) return `  ${b.skipped}`;
  const per = (r, k) => (r.seconds[k] === null ? 'skipped' : `${n(r.seconds[k], r.seconds[k] < 100 ? 1 : 0)} (${n(r.secondsPerThousandDocuments[k], 1)})`);
  const rows = [['content', 'documents', 'content s (/1,000 docs)', 'next build s (/1,000)', 'total s', '.next MiB', '.next/server MiB', 'measured']];
  for (const [label, r] of Object.entries(b)) {
    if (r.error) rows.push([label, `niet gemeten: ${r.error}`]);
    else
      rows.push([
        label,
        n(r.documents),
        per(r, 'content'),
        per(r, 'nextBuild'),
        n(r.totalSeconds),
        n(r.sizesMiB.next, 1),
        n(r.sizesMiB.nextServer, 1),
        `${day(r.date)}${r.cached ? ' (cached; --fresh)' : ''}`,
      ]);
  }
  return `${columns(rows)}\n  documents = Markdown files under content/; the PDF bundle is made per release at run time (lib/bundle/index.ts), not built`;
}

function cold10k(c, set) {
  if (failed(c)) return failed(c);
  if (c.skipped) return `  ${c.skipped}`;
  const rows = [['target', 'URL', 'portal req/s', 'p50 ms', 'p99 ms', 'errors', 'nginx req/s', 'portal/nginx', '']];
  rows.push(throughputRow({ label: 'cold, real content', ...set.coldReal }), throughputRow({ label: 'cold, 10,000 interventions', ...set.cold }));
  return `${columns(rows)}\n  real content ÷ 10,000 interventions: ${n(c.slowdown, 2)} (the issue asks at most ${c.target}); back to back on fresh servers, measured ${day(c.measured)}`;
}

function lighthouse(l) {
  if (failed(l)) return failed(l);
  if (l.skipped) return `  ${l.skipped}`;
  return columns([
    ['page', 'URL', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP'],
    ...Object.entries(l).map(([name, s]) =>
      s.error
        ? [name, `niet gemeten: ${s.error}`]
        : [name, new URL(s.url).pathname + new URL(s.url).search, s.performance, s.accessibility, s.bestPractices, s.seo, `${n(s.lcpSeconds, 2)} s`],
    ),
  ]);
}

const ADDRESSES = [
  ['page', (c) => c.path],
  ['list', () => '/actueel/nieuws'],
  ['search', (c) => `/zoeken?q=${c.marker}`],
  ['feed', () => '/actueel/nieuws/rss.xml'],
  ['sitemap', () => '/sitemap.xml'],
];

function publish(p, cores) {
  if (failed(p)) return failed(p);
  const scenarios = Object.values(p).filter((x) => x && !x.skipped);
  const s = (v) => (typeof v === 'number' ? `${n(v, 1)} s` : '–');
  const timing = [
    [
      'content',
      'documents',
      'first publish',
      'publiceer (its own)',
      'new text on both',
      'target',
      ...ADDRESSES.map(([a]) => a),
      'switched (prepared)',
      'requests',
      'failed',
      'p99 ms',
      'max ms',
    ],
  ];
  const memory = [['content', 'server', 'before MiB', 'peak MiB', 'after MiB', 'peak/before', 'target']];
  const notes = [];
  for (const x of scenarios) {
    // Per address the later of the two servers: when every visitor sees it.
    const slowest = (address) => {
      const seen = (x.visible?.perServer ?? []).map((srv) => srv.addresses[address]);
      return seen.length && seen.every((v) => typeof v === 'number') ? Math.max(...seen) : undefined;
    };
    const switched = (x.visible?.perServer ?? [])
      .map((srv) => (srv.switched ? `${n(srv.switched.seconds, 1)} s (${n(srv.switched.preparedMs)} ms)` : '–'))
      .join(', ');
    timing.push([
      x.label,
      n(x.documents),
      s(x.firstPublishSeconds),
      `${s(x.publish?.seconds)}${typeof x.publish?.ownSeconds === 'number' ? ` (${s(x.publish.ownSeconds)})` : ''}`,
      s(x.visible?.seconds),
      `≤ ${x.target.visibleSeconds} s`,
      ...ADDRESSES.map(([, at]) => (x.change ? s(slowest(at(x.change))) : '–')),
      switched || '–',
      n(x.load?.sent),
      n(x.load?.failed),
      ms(x.load?.p99Ms),
      ms(x.load?.maxMs),
    ]);
    for (const m of x.memoryMiB ?? [])
      memory.push([x.label, `pid ${m.pid}`, n(m.before, 1), n(m.peakDuring, 1), n(m.after, 1), n(m.peakOverBefore, 2), `≤ ${x.target.memoryRatio}`]);
    if (typeof x.loadAverage === 'number')
      notes.push(`  ${x.label}: machine load average (1 min) when publiceer started: ${n(x.loadAverage, 1)} on ${cores} cores`);
    if (x.error) notes.push(`  ${x.label}: ${x.error}`);
    if (x.load?.examples) notes.push(`  ${x.label}, failed requests: ${x.load.examples.join('; ')}`);
  }
  const first = scenarios[0];
  const skipped = Object.entries(p)
    .filter(([, x]) => x?.skipped)
    .map(([k, x]) => `  ${k}: ${x.skipped}`);
  return [
    columns(timing),
    memory.length > 1 ? `\n${columns(memory)}` : '',
    ...notes,
    ...skipped,
    first
      ? `  two servers on one release store (${first.store}), each asking it every ${n(first.pollMs)} ms; the change: a new news item, polled every 100 ms on both servers at each address (seconds from the start of publiceer; per address the later server); publiceer (its own): the command, and in brackets its own figure from taking the lock to the release stored (the rest is starting Node and bundling the script); switched: when each server's log says it serves the release, and how long it took to prepare it; traffic: ${n(first.load?.ratePerServer)} requests/s to each server (${n(first.load?.sentPerSecond)}/s sent in all) over ${n(first.load?.paths?.length)} addresses during the whole measurement, failed = 4xx/5xx, socket errors and timeouts; ${first.memoryNote ?? ''}`
      : '',
  ]
    .filter(Boolean)
    .join('\n');
}

function editor(e) {
  if (!e?.runs) return failed(e) || '  niet gemeten';
  const s = (v) => (typeof v === 'number' ? `${n(v, 1)} s` : '–');
  const steps = ['schrijven', 'vastleggen', 'bouwen en publiceren', 'live'];
  return [
    columns([
      ['median', 'max', 'target', 'runs', ...steps.map((x) => `${x} at`)],
      [s(e.medianSeconds), s(e.maxSeconds), `≤ ${e.target.seconds} s`, n(e.runs.length), ...steps.map((x) => s(e.stepsMedian?.[x]))],
    ]),
    `  each run: ${e.runs.map((r) => s(r.seconds)).join(', ')}`,
    e.error ? `  ${e.error}` : '',
    `  ${e.note ?? ''}`,
  ]
    .filter(Boolean)
    .join('\n');
}

function alerts(a) {
  if (!a?.runs) return failed(a) || '  niet gemeten';
  const s = (v) => (typeof v === 'number' ? `${n(v, v < 10 ? 2 : 1)} s` : '–');
  const range = (from, to) => (typeof from === 'number' ? `${n(from)} → ${n(to)}` : '–');
  const rows = [
    [
      'database',
      'subscribers',
      'matched',
      'queued',
      'target',
      'direct mails',
      'digests (at their slot)',
      'process RSS MiB',
      'heap MiB',
      'PostgreSQL MiB (own)',
    ],
  ];
  for (const r of a.runs) {
    const o = r.outside ?? {};
    const made = r.made?.direct;
    const digests = r.digests ? r.digests.dagelijks + r.digests.wekelijks : undefined;
    rows.push([
      r.store === 'postgresql' ? a.postgresql : 'PGlite',
      n(r.subscribers),
      n(r.check?.matchedSubscribers),
      s(r.queuedSeconds),
      `≤ ${a.target.seconds} s`,
      n(made),
      `${n(digests)} (${s(r.digestSeconds)})`,
      range(o.rssStartMiB, o.rssPeakMiB),
      range(r.memory?.heapStartMiB, r.memory?.heapPeakMiB),
      o.postgresStartMiB === undefined ? '–' : `${range(o.postgresStartMiB, o.postgresPeakMiB)} (${range(o.postgresOwnStartMiB, o.postgresOwnPeakMiB)})`,
    ]);
  }
  const sending = [['sending', 'subscribers', 'rate set', 'seconds', 'sent', 'achieved /s', 'most in 1 s', 'failed']];
  for (const r of a.runs)
    for (const x of r.sending ?? [])
      sending.push([
        r.store === 'postgresql' ? a.postgresql : 'PGlite',
        n(r.subscribers),
        x.perSecond ? `${n(x.perSecond)}/s` : 'none',
        n(x.sink?.seconds, 1),
        n(x.sink?.received),
        n(x.sink?.perSecond, 1),
        n(x.sink?.mostInOneSecond),
        n(x.failed),
      ]);
  const bursts = a.runs.flatMap((r) =>
    (r.sending ?? []).filter((x) => x.perSecond > 0 && x.sink?.mostInOneSecond > x.perSecond).map((x) => `${n(x.sink.mostInOneSecond)} at ${n(x.perSecond)}/s`),
  );
  return [
    columns(rows),
    sending.length > 1 ? `\n${columns(sending)}` : '',
    bursts.length ? `  ABOVE THE SET RATE in some second: ${bursts.join(', ')} (counted when each mail's final dot reached the sink)` : '',
    a.quick ? '  --quick: 10,000 subscribers only (a full run: 10,000, 50,000 and 100,000 on PostgreSQL, 10,000 and 100,000 on PGlite)' : '',
    ...a.runs.filter((r) => r.error).map((r) => `  ${r.store} ${n(r.subscribers)}: ${r.error}`),
    `  memory: start → peak during the queue; ${a.note}`,
    `  machine load average (1 min): ${n(a.loadAverage?.start, 1)} at the start, ${n(a.loadAverage?.end, 1)} at the end`,
  ]
    .filter(Boolean)
    .join('\n');
}

export function renderTable(r) {
  const m = r.machine;
  const s = r.search;
  const f = r.firstLoadJs;
  const out = [
    `\nGKA-portal benchmark (${r.mode}) — ${r.date.slice(0, 16).replace('T', ' ')} UTC — ${m.cpus} cores (${m.cpuModel}), ${m.memoryGiB} GiB, Node ${m.node}${r.durationSeconds ? ` — ${r.durationSeconds} s` : ''}`,
    `\nSearch engine${s?.documents ? `: ${n(s.documents)} documents (${n(s.generated.interventions)} generated interventions, ${n(s.generated.news)} generated news items, the rest real content)` : ''}`,
    unless(s, search),
    `\nFirst-load JavaScript (gzip)${f?.helloWorldKiB ? ` beside a hello-world Next app: ${n(f.helloWorldKiB, 1)} KiB in ${f.helloWorldFiles} files` : ''}`,
    unless(f, firstLoad),
    `\nThroughput: ${r.load.tool}, ${r.load.threads} thread, ${r.load.connections} connections, ${r.load.seconds} s per run after a ${r.load.warmupSeconds} s warm-up; ${r.static.server} serves the same HTML, measured right after`,
    unless(r.throughput, (t) => throughput(t, r.load)),
    '\nRequest log: what it costs',
    unless(r.requestLog, (l) => requestLog(l, r.load)),
    "\nRenderers: Next 'use cache' vs own (issue 23)",
    unless(r.renderers, (x) => renderersTable(x, r.load)),
    '\nEvent loop under the query-parameter attack (issue 22): a /health probe from outside',
    unless(r.parameterAttack, attack),
    '\nPublish: publiceer → new text on both servers',
    unless(r.publish, (p) => publish(p, m.cpus)),
    '\nEditor: "Publiceren" (publishChange) → the new news item answers 200',
    unless(r.editor, editor),
    '\nE-mail alerts: a publish → every mail queued (issue 26)',
    unless(r.meldingen, alerts),
    '\nBuilds (content = contentlayer2, next build; the content is a release, no page of it is built)',
    builds(r.builds),
    '\nCold URLs at 10,000 interventions',
    cold10k(r.coldAt10k, r.builds?.['10,000 generated interventions']),
    '\nLighthouse mobile',
    lighthouse(r.lighthouse),
  ];
  return out.join('\n');
}
