// `npm run proef:productie`: the production topology on this machine, under load and under
// restarts. PostgreSQL (Debian's package), two servers (scripts/serve.ts, as deploy/systemd/gka@.service
// starts them), nginx with deploy/nginx/gka.conf (ports and certificate swapped, nothing else) and a
// local SMTP sink, all on 127.0.0.1. Load goes over every page type through nginx (TLS), with a few
// hundred form posts, while each server in turn is restarted with SIGTERM and one is killed with
// SIGKILL. Before that: one visitor alternating between the two servers meets the limits of one
// (form limit and login throttle, kept in PostgreSQL), and a production start without
// GKA_TRUSTED_PROXIES fails unless GKA_DIRECT_VISITORS=1. E-mail alerts under the same load: confirmed
// subscribers (most put in PostgreSQL, some through the site's sign-up form and the link in their
// confirmation mail), a release published with `npm run publiceer` while the servers restart, and the
// server that is sending alerts killed with SIGKILL; every (subscriber, item) due must then arrive
// exactly once. The last lines: `meldingen: …` and `requests N, failed F, submissions acknowledged A, stored S`;
// the exit code is 0 only when nothing failed, A = S, no e-mail went out twice, no alert was lost or
// doubled and the clean-up ran once.
//
// Ports: GKA_PROEF_PORT (default 3701) and the two after it for the servers and the SMTP sink,
// GKA_PROEF_NGINX_PORT (default 3750) and the one after it for nginx (HTTPS, HTTP).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http2 from 'node:http2';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
// @ts-expect-error: plain ES modules of the scripts, without types
import { ensureBuild, ensurePackage, has, nginxBinary } from './lib.mjs';
// @ts-expect-error: plain ES modules of the scripts, without types
import { writeNginxConfig } from './nginx-config.mjs';
import { FORM_PAGES, PAGE_TYPES } from '../tests/e2e/pages';
import { QUESTION, sleep, tokenFrom } from '../tests/e2e/support/forms';
import { freshDatabase, postgresBin, startPostgres } from '../tests/support/postgres';
import { startSmtpSink } from '../tests/support/smtp-sink';
import { openDatabase, type Database } from '../lib/db';
import { pgReleaseStore } from '../lib/release/pg-store';

const root = process.cwd();
const serverBase = Number(process.env.GKA_PROEF_PORT ?? 3701);
const nginxBase = Number(process.env.GKA_PROEF_NGINX_PORT ?? 3750);
const SERVER_PORTS = [serverBase, serverBase + 1];
const SMTP_PORT = serverBase + 2;
const HTTPS_PORT = nginxBase;
const HTTP_PORT = nginxBase + 1;
const FORM_POSTS = 300;
const FORM_LIMIT = 6;
const CONCURRENCY = 12;
/** Confirmed direct subscribers of e-mail alerts, over this many selections of the content. */
const ALERT_SUBSCRIBERS = 2_000;
const ALERT_SELECTIONS = 60;
/** And these through the site's sign-up form and the link in the confirmation mail, during the load. */
const SITE_SUBSCRIBERS = 24;
/** Alert mails a second over both servers: slow enough that a server is killed in the middle of sending. */
const ALERT_RATE = 20;
/** How long a server's claim on alert mails keeps the other off them: after a SIGKILL, the wait before they go out. */
const ALERT_CLAIM_MS = 5_000;

const say = (line: string) => console.log(`▶ ${line}`);

// --- what it needs from Debian --------------------------------------------------------------------
const rerun = 'npm run proef:productie';
ensurePackage(() => postgresBin() !== undefined, 'postgresql', 'PostgreSQL', rerun);
ensurePackage(() => has('nginx') || fs.existsSync('/usr/sbin/nginx'), 'nginx-light', 'nginx', rerun);
ensurePackage(() => has('openssl'), 'openssl', 'openssl', rerun);
ensurePackage(() => has('ss'), 'iproute2', 'ss (iproute2)', rerun);
ensureBuild();

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gka-proef-'));
// nginx's workers (nobody, when started as root) write its cache below this folder.
fs.chmodSync(work, 0o755);
const cleanups: (() => Promise<void> | void)[] = [];

// --- HTTP through nginx -----------------------------------------------------------------------------
const agent = new https.Agent({ keepAlive: true, maxSockets: CONCURRENCY * 2, rejectUnauthorized: false });

interface Answer {
  status: number;
  location?: string;
  body: string;
  cache?: string;
}

function request(method: 'GET' | 'POST', url: string, body?: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      url,
      {
        method,
        agent,
        headers: {
          'accept-encoding': 'br, gzip',
          ...headers,
          ...(body ? { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) } : {}),
        },
        timeout: 30_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          if (!res.complete) return reject(new Error('antwoord afgebroken'));
          const raw = Buffer.concat(chunks);
          // Decoded, so that a form page's token can be read.
          resolve({
            status: res.statusCode ?? 0,
            location: res.headers.location,
            body: decode(raw, res.headers['content-encoding']),
            cache: res.headers['x-cache'] as string,
          });
        });
        res.on('aborted', () => reject(new Error('antwoord afgebroken')));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('time-out')));
    req.on('error', reject);
    req.end(body);
  });
}

function decode(raw: Buffer, encoding: string | undefined): string {
  if (encoding === 'br') return brotliDecompressSync(raw).toString('utf8');
  if (encoding === 'gzip') return gunzipSync(raw).toString('utf8');
  return raw.toString('utf8');
}

const site = `https://127.0.0.1:${HTTPS_PORT}`;

// --- the parts ---------------------------------------------------------------------------------------
async function waitFor(what: string, check: () => Promise<boolean>, ms = 120_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await sleep(200);
  }
  throw new Error(`${what}: niet op tijd`);
}

async function ready(port: number): Promise<boolean> {
  return (await fetch(`http://127.0.0.1:${port}/ready`)).status === 200;
}

interface Server {
  port: number;
  child: ChildProcess;
  log: string;
}

function startServer(port: number, env: Record<string, string>): Server {
  const log = path.join(work, `server-${port}.log`);
  const out = fs.openSync(log, 'a');
  // As the systemd unit starts it (deploy/systemd/gka@.service).
  const child = spawn('node', ['scripts/run-ts.mjs', 'scripts/serve.ts', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: root,
    env: { ...process.env, ...env, GKA_DATA_DIR: path.join(work, `data-${port}`) },
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  return { port, child, log };
}

function stop(server: Server, signal: NodeJS.Signals): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return Promise.resolve();
  const exited = new Promise<void>((r) => server.child.once('exit', () => r()));
  server.child.kill(signal);
  return exited;
}

// --- the load ------------------------------------------------------------------------------------------
const PAGES: [string, number][] = [
  ...Object.values(PAGE_TYPES).map((p): [string, number] => [p, 200]),
  ...Object.values(FORM_PAGES)
    .filter((p) => !p.startsWith('/beheer'))
    .map((p): [string, number] => [p, 200]),
  ['/beheer', 307],
  ['/beheer/inloggen', 200],
  ['/en', 200],
  ['/en/interventies?thema=armoede', 200],
  ['/zoeken?q=armoede', 200],
  ['/interventies?thema=armoede&onderwijstype=po', 200],
  ['/actueel/nieuws/rss.xml', 200],
  ['/agenda.ics', 200],
  ['/sitemap.xml', 200],
  ['/api/zoeken?q=taal', 200],
  ['/bestaat-niet', 404],
];

const stats = { requests: 0, failed: 0, hits: 0, failures: new Map<string, number>() };
const acknowledged = new Set<string>();

function failed(what: string) {
  stats.failed++;
  stats.failures.set(what, (stats.failures.get(what) ?? 0) + 1);
}

async function getPage(url: string, expected: number): Promise<Answer | undefined> {
  stats.requests++;
  try {
    const a = await request('GET', site + url);
    if (a.cache === 'HIT') stats.hits++;
    if (a.status !== expected) failed(`${url}: ${a.status}`);
    return a;
  } catch (error) {
    failed(`${url}: ${(error as Error).message}`);
    return undefined;
  }
}

/** The load's posts come from many visitors: each its own address, as nginx passes it on (X-Forwarded-For). */
const visitor = (n: number) => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;

async function post(token: string, n: number) {
  stats.requests++;
  const body = new URLSearchParams({ ...QUESTION, vraag: `proefvraag ${n}`, formulier: token, taal: 'nl' }).toString();
  try {
    const a = await request('POST', `${site}/formulieren/verzenden`, body, { 'x-forwarded-for': visitor(n) });
    const reference = /kenmerk=(GKA-[0-9A-Z-]+)/.exec(a.location ?? '')?.[1];
    if (a.status === 303 && reference) acknowledged.add(reference);
    else failed(`POST: ${a.status} ${a.location ?? ''}`);
  } catch (error) {
    failed(`POST: ${(error as Error).message}`);
  }
}

/**
 * One visitor whose requests alternate between the two servers (straight to each, with the
 * address nginx would pass on) meets the limits of one server: the form limit (the post after
 * GKA_FORM_LIMIT comes back with "too many", the one after twice the limit is refused) and the
 * login throttle (four wrong passwords, then a wait). With counts per process each server would
 * allow its own share, twice as many in all.
 */
async function sharedLimits(token: string, reference: string) {
  const at = (i: number) => `http://127.0.0.1:${SERVER_PORTS[i % 2]}`;
  const forms: string[] = [];
  for (let i = 0; i < 2 * FORM_LIMIT + 1; i++) {
    const r = await fetch(`${at(i)}/formulieren/verzenden`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '198.51.100.77' },
      body: new URLSearchParams({ ...QUESTION, vraag: 'dezelfde vraag, twee servers', formulier: token, taal: 'nl' }),
    });
    forms.push(r.headers.get('location') ?? `status ${r.status}`);
  }
  // The same token as the retry above: up to the limit it is that submission again.
  const accepted = forms.filter((l) => l === `/ontvangen?kenmerk=${reference}`).length;
  const sentBack = forms.filter((l) => /\/contact\/vraag-stellen\?poging=/.test(l)).length;
  const formsOk = accepted === FORM_LIMIT && sentBack === FORM_LIMIT && forms.at(-1) === '/verzenden-mislukt?reden=rateLimited';
  say(
    `formulierlimiet (${FORM_LIMIT}) over twee servers om en om: ${accepted} aangenomen, ${sentBack} teruggestuurd met "te veel", ` +
      `de ${2 * FORM_LIMIT + 1}e ${forms.at(-1)!.includes('rateLimited') && !forms.at(-1)!.includes('poging') ? 'geweigerd' : `niet geweigerd (${forms.at(-1)})`}`,
  );

  const logins: string[] = [];
  for (let i = 0; i < 6; i++) {
    const form = tokenFrom(await (await fetch(`${at(i)}/beheer/inloggen`)).text());
    const r = await fetch(`${at(i)}/beheer/sessie`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '198.51.100.78' },
      body: new URLSearchParams({ formulier: form, email: 'proef@example.org', wachtwoord: `fout-${i}-wachtwoord` }),
    });
    logins.push(/melding=(\w+)/.exec(r.headers.get('location') ?? '')?.[1] ?? `status ${r.status}`);
  }
  const loginsOk = logins.join() === 'wrong,wrong,wrong,wrong,locked,locked';
  say(`inlogrem over twee servers om en om: ${logins.join(', ')}`);
  if (!formsOk || !loginsOk) throw new Error(`gedeelde limieten: formulieren ${forms.join(' ')}; inloggen ${logins.join(' ')}`);
}

/** In production mode a server without GKA_TRUSTED_PROXIES does not start, unless GKA_DIRECT_VISITORS=1 says it needs none. */
async function productionStart(env: Record<string, string>) {
  const port = serverBase + 3;
  const withoutProxies = Object.fromEntries(Object.entries(env).filter(([name]) => name !== 'GKA_TRUSTED_PROXIES'));
  const refused = startServer(port, withoutProxies);
  const code = await new Promise<number | null>((r) => refused.child.once('exit', (c) => r(c)));
  const line =
    fs
      .readFileSync(refused.log, 'utf8')
      .split('\n')
      .find((l) => l.includes('GKA_TRUSTED_PROXIES')) ?? '';
  if (code !== 1 || !line.includes('GKA_DIRECT_VISITORS=1')) throw new Error(`zonder GKA_TRUSTED_PROXIES: exit ${code}, ${line}`);
  say(`productie zonder GKA_TRUSTED_PROXIES: start niet (exit 1): ${line}`);
  const direct = startServer(port, { ...withoutProxies, GKA_DIRECT_VISITORS: '1' });
  cleanups.push(() => stop(direct, 'SIGTERM'));
  await waitFor(`server ${port} met GKA_DIRECT_VISITORS=1`, () => ready(port));
  await stop(direct, 'SIGTERM');
  say('productie met GKA_DIRECT_VISITORS=1 en zonder GKA_TRUSTED_PROXIES: start');
}

// --- e-mail alerts ------------------------------------------------------------------------------------
type AlertFixture = typeof import('../tests/support/alert-fixture');

/** Two days ago, as the bench's publish: published on any server clock, and the newest news. */
const newsDate = () => new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);

/** The slugs of the documents in a folder of a content folder, sorted. */
const slugsIn = (content: string, folder: string) =>
  fs
    .readdirSync(path.join(content, folder))
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -3))
    .sort();

/**
 * `npm run publiceer` of a copy of the content with two news items more, into the servers' store:
 * fictional, and they say so, on the first themes and municipalities of the content (the second on
 * one more of each, so some mails hold two items).
 */
function publishNews(databaseUrl: string): Promise<{ id: string; seconds: number }> {
  const dir = path.join(work, 'inhoud');
  fs.cpSync(path.join(root, 'content'), dir, { recursive: true });
  const [themes, places] = [slugsIn(dir, 'themas'), slugsIn(dir, 'gemeenten')];
  const marker = randomBytes(4).toString('hex');
  for (const n of [1, 2]) {
    fs.writeFileSync(
      path.join(dir, 'nieuws', `proefbericht-${marker}-${n}.md`),
      `---\ntitle: "Proefbericht ${n} (${marker})"\ndate: "${newsDate()}"\nsummary: "Fictief bericht van npm run proef:productie: komt elke e-mailmelding precies één keer aan?"\n` +
        `themes: [${themes.slice(0, n + 1).join(', ')}]\nmunicipalities: [${places.slice(0, n + 1).join(', ')}]\n---\n\nFictief bericht, alleen in een kopie van de inhoud die de proef publiceert.\n`,
    );
  }
  const started = performance.now();
  const log = path.join(work, 'publiceer.log');
  const out = fs.openSync(log, 'a');
  const child = spawn('node', ['scripts/run-ts.mjs', 'scripts/publiceer.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, CONTENT_DIR: dir },
    stdio: ['ignore', out, out],
  });
  fs.closeSync(out);
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => {
      const text = fs.readFileSync(log, 'utf8');
      const id = /Release (\S+) \(nr\. \d+\) gepubliceerd/.exec(text)?.[1];
      if (code === 0 && id) resolve({ id, seconds: Math.round((performance.now() - started) / 1000) });
      else reject(new Error(`publiceer: exit ${code}: ${text.trim().split('\n').slice(-5).join(' ')}`));
    });
  });
}

/** What a form on a page posts: where to, and its fields (hidden and text inputs, checked boxes), as a browser would. */
function formOf(html: string, action: string): { action: string; fields: [string, string][] } | undefined {
  const decode = (v: string) =>
    v
      .replace(/&quot;/g, '"')
      .replace(/&#x27;|&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  for (const form of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    const to = decode(/\baction="([^"]*)"/.exec(form[1])?.[1] ?? '');
    if (!to.includes(action)) continue;
    const fields: [string, string][] = [];
    for (const [input] of form[2].matchAll(/<input\b[^>]*>/g)) {
      const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(input)?.[1];
      const type = attr('type') ?? 'text';
      const name = attr('name');
      if (!name || (['checkbox', 'radio'].includes(type) && !/\bchecked\b/.test(input))) continue;
      fields.push([name, decode(attr('value') ?? '')]);
    }
    return { action: to, fields };
  }
  return undefined;
}

/**
 * Visitors subscribe through the site (nginx), as a browser without JavaScript does, each from an
 * address of its own: the sign-up page of a selection, its form posted after 3 s (a person takes
 * that long) for direct mail, then the link in the confirmation mail opened and its form posted.
 * Every step that goes otherwise is a failure of the load. The number confirmed.
 */
async function subscribeThroughSite(selections: string[], sink: { received: { to: string[]; raw: string }[] }, alerts: AlertFixture): Promise<number> {
  let confirmed = 0;
  await Promise.all(
    selections.map(async (selection, i) => {
      const email = `aanmelder-${String(i + 1).padStart(3, '0')}@voorbeeld.invalid`;
      const from = { 'x-forwarded-for': visitor(50_000 + i) };
      // A GET follows redirects as a browser does (the sign-up page sends a selection on to its canonical address).
      const step = async (what: string, method: 'GET' | 'POST', url: string, expected: number, body?: string): Promise<Answer> => {
        stats.requests++;
        const a = await request(method, site + url, body, from).catch((error: Error) => ({ status: 0, body: error.message, location: undefined }));
        if (method === 'GET' && [301, 302, 303, 307, 308].includes(a.status) && a.location?.startsWith('/')) return step(what, method, a.location, expected);
        if (a.status !== expected) throw new Error(`${what}: ${a.status} ${a.location ?? ''}`);
        return a;
      };
      try {
        const page = await step('aanmelden', 'GET', `/e-mailmeldingen/aanmelden?selectie=${encodeURIComponent(selection)}`, 200);
        const signup = formOf(page.body, '/formulieren/e-mailmeldingen/aanmelden');
        if (!signup) throw new Error('aanmelden: geen formulier');
        await sleep(3_100);
        const fields = new URLSearchParams([
          ...signup.fields.filter(([name]) => name !== 'email' && name !== 'frequentie'),
          ['email', email],
          ['frequentie', 'direct'],
        ]);
        const sent = await step('aanmelden (POST)', 'POST', signup.action, 303, fields.toString());
        if (!sent.location?.includes('/e-mailmeldingen/controleer-je-e-mail')) throw new Error(`aanmelden (POST): naar ${sent.location}`);
        let link: URL | undefined;
        await waitFor(
          `bevestigingsmail aan ${email}`,
          async () => {
            const mail = sink.received.find((m) => m.to.includes(email) && alerts.alertMailKind(m.raw) === 'bevestiging');
            link = mail && alerts.readAlertMail(mail.raw)?.urls.find((u) => u.pathname.endsWith('/e-mailmeldingen/bevestigen'));
            return Boolean(link);
          },
          60_000,
        );
        const confirm = formOf((await step('bevestigen', 'GET', link!.pathname + link!.search, 200)).body, '/formulieren/e-mailmeldingen/bevestigen');
        if (!confirm) throw new Error('bevestigen: geen formulier');
        const done = await step('bevestigen (POST)', 'POST', confirm.action, 303, new URLSearchParams(confirm.fields).toString());
        if (!done.location?.includes('melding=bevestigd')) throw new Error(`bevestigen (POST): naar ${done.location}`);
        confirmed++;
      } catch (error) {
        failed(`e-mailmeldingen via de site: ${(error as Error).message}`);
      }
    }),
  );
  return confirmed;
}

/** Bytes each process has had acknowledged on its connections to the SMTP sink (ss, from iproute2). */
function smtpBytesByPid(): Map<number, number> {
  const out = spawnSync('ss', ['-tinpH', 'state', 'established', 'dport', '=', `:${SMTP_PORT}`], { encoding: 'utf8' }).stdout ?? '';
  const bytes = new Map<number, number>();
  // One socket per line, its figures on the indented line after it.
  for (const socket of out.split(/\n(?=\S)/)) {
    const pid = Number(/pid=(\d+)/.exec(socket)?.[1]);
    const acked = Number(/bytes_acked:(\d+)/.exec(socket)?.[1] ?? 0);
    if (pid) bytes.set(pid, (bytes.get(pid) ?? 0) + acked);
  }
  return bytes;
}

/** The server whose connections to the SMTP sink moved the most bytes in the last 300 ms: the one sending now. */
async function sendingServer(servers: Server[]): Promise<Server | undefined> {
  const before = smtpBytesByPid();
  await sleep(300);
  const after = smtpBytesByPid();
  const moved = (s: Server) => (after.get(s.child.pid!) ?? 0) - (before.get(s.child.pid!) ?? 0);
  const sender = [...servers].sort((a, b) => moved(b) - moved(a))[0];
  return moved(sender) > 0 ? sender : undefined;
}

/** Alert mails (not confirmations or links) the sink has completed so far. */
function alertCounter(sink: { received: { raw: string }[] }, alerts: AlertFixture) {
  let seen = 0;
  let count = 0;
  return () => {
    for (; seen < sink.received.length; seen++) if (alerts.alertMailKind(sink.received[seen].raw) === 'melding') count++;
    return count;
  };
}

/** Until every alert mail is marked sent and the sink has as many, or nothing moved for a claim and 20 s. */
async function alertsSettled(db: Database, received: () => number) {
  let last = -1;
  let still = performance.now();
  for (;;) {
    const [{ waiting, sent }] = await db.query<{ waiting: number; sent: number }>(
      "select count(*) filter (where sent_at is null)::int as waiting, count(*) filter (where sent_at is not null)::int as sent from alert_deliveries where kind = 'melding'",
    );
    if (waiting === 0 && received() >= sent) return;
    if (sent + received() !== last) {
      last = sent + received();
      still = performance.now();
    } else if (performance.now() - still > ALERT_CLAIM_MS + 20_000) return;
    await sleep(500);
  }
}

/**
 * What arrived against what was due: every (subscriber, item) the publish owes a direct subscriber
 * (computed from the content, not from the queue), counted in the mails the sink completed — each
 * mail's delivery from its Message-ID, its items from its links.
 */
async function checkAlerts(db: Database, alerts: AlertFixture, sink: { received: { to: string[]; raw: string }[] }) {
  const store = pgReleaseStore(db, { log: () => {} });
  const latest = await store.latest();
  if (!latest) throw new Error('e-mailmeldingen: geen release in de store');
  const { bySubscription, items } = await alerts.expectedAlertItems(db, (await store.load(latest.id)).envelope);
  const deliveries = new Map(
    (
      await db.query<{ id: string; subscription: string; email: string }>(
        "select d.id::text as id, d.subscription_id::text as subscription, a.email from alert_deliveries d join alert_addresses a on a.id = d.address_id where d.kind = 'melding'",
      )
    ).map((d) => [d.id, d]),
  );
  const got = new Map<string, number>();
  let mails = 0;
  let strangers = 0;
  for (const m of sink.received) {
    const alert = alerts.readAlertMail(m.raw);
    if (alert?.kind !== 'melding') continue;
    mails++;
    const delivery = deliveries.get(alert.deliveryId);
    if (!delivery || m.to.join() !== delivery.email) {
      strangers++;
      continue;
    }
    for (const url of alert.urls) {
      const item = url.pathname.replace(/^\/en(?=\/)/, '');
      if (items.has(item)) got.set(`${delivery.subscription} ${item}`, (got.get(`${delivery.subscription} ${item}`) ?? 0) + 1);
    }
  }
  const due = new Set([...bySubscription].flatMap(([subscription, list]) => [...list].map((item) => `${subscription} ${item}`)));
  const [{ takenOver }] = await db.query<{ takenOver: number }>(
    `select count(*)::int as "takenOver" from alert_deliveries where kind = 'melding' and attempts > 1 and last_error is null and sent_at is not null`,
  );
  return {
    subscribers: bySubscription.size,
    due: due.size,
    mails,
    received: [...got.keys()].filter((k) => due.has(k)).length,
    doubled: [...got.values()].filter((n) => n > 1).length,
    lost: [...due].filter((k) => !got.has(k)).length,
    unexpected: [...got.keys()].filter((k) => !due.has(k)).length + strangers,
    takenOver,
  };
}

async function main() {
  say(`PostgreSQL starten`);
  const bin = postgresBin()!;
  const pg = await startPostgres(bin);
  cleanups.push(() => pg.stop());
  const database = await freshDatabase(pg.url);
  const sink = await startSmtpSink(SMTP_PORT);
  cleanups.push(() => sink.close());

  // What the README's "In productie" asks for, shared by both servers.
  const env = {
    GKA_PRODUCTION: '1',
    SITE_URL: site,
    DATABASE_URL: database.url,
    GKA_SECRET: randomBytes(32).toString('base64url'),
    SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
    MAIL_TO: 'gka@example.org',
    MAIL_FROM: 'GKA <noreply@example.org>',
    GKA_TRUSTED_PROXIES: '127.0.0.1',
    // Small, so that the shared limit shows in a few posts; the load's posts come from many visitors.
    GKA_FORM_LIMIT: String(FORM_LIMIT),
    GKA_MAIL_INTERVAL_MS: '2000',
    // Alerts compared every second, sent at ALERT_RATE over both servers, a claim of ALERT_CLAIM_MS.
    GKA_ALERT_INTERVAL_MS: '1000',
    GKA_ALERT_RATE: String(ALERT_RATE),
    GKA_ALERT_CLAIM_MS: String(ALERT_CLAIM_MS),
  };
  say(`twee servers starten op ${SERVER_PORTS.join(' en ')}`);
  const servers = SERVER_PORTS.map((p) => startServer(p, env));
  cleanups.push(async () => {
    for (const s of servers) await stop(s, 'SIGTERM');
  });
  for (const s of servers) await waitFor(`server ${s.port}`, () => ready(s.port));

  say(`nginx starten op ${HTTPS_PORT} (TLS, HTTP/2) met deploy/nginx/gka.conf`);
  const nginxDir = path.join(work, 'nginx');
  fs.mkdirSync(nginxDir);
  const conf: string = writeNginxConfig({ dir: nginxDir, https: HTTPS_PORT, http: HTTP_PORT, upstreams: SERVER_PORTS });
  const nginx = spawn(nginxBinary(), ['-c', conf], { stdio: 'inherit' });
  cleanups.push(async () => {
    if (nginx.exitCode !== null) return;
    const exited = new Promise((r) => nginx.once('exit', r));
    nginx.kill('SIGQUIT');
    await exited;
  });
  await waitFor('nginx', async () => (await request('GET', `${site}/ready`)).status === 200, 30_000);

  // HTTP/2 through TLS, and the redirect from plain HTTP.
  const h2 = await new Promise<number>((resolve, reject) => {
    const session = http2.connect(site, { rejectUnauthorized: false });
    session.on('error', reject);
    const r = session.request({ ':path': '/themas' });
    r.on('response', (h) => {
      resolve(Number(h[':status']));
      session.close();
    });
    r.on('error', reject);
    r.resume();
  });
  const redirect = await fetch(`http://127.0.0.1:${HTTP_PORT}/themas`, { redirect: 'manual' });
  if (h2 !== 200 || redirect.status !== 301) throw new Error(`HTTP/2 gaf ${h2}, HTTP gaf ${redirect.status}`);
  say('HTTP/2 via TLS: 200; HTTP: 301 naar HTTPS');

  // A POST retried on the other server (what nginx does for the form endpoint when the first one
  // fails): the second server stores nothing and answers with the first one's reference.
  const token = tokenFrom(await (await fetch(`http://127.0.0.1:${SERVER_PORTS[0]}${FORM_PAGES.questionForm}`)).text());
  await sleep(3_100);
  const direct = async (port: number) => {
    const r = await fetch(`http://127.0.0.1:${port}/formulieren/verzenden`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...QUESTION, vraag: 'dezelfde vraag, twee servers', formulier: token, taal: 'nl' }),
    });
    return /kenmerk=(GKA-[0-9A-Z-]+)/.exec(r.headers.get('location') ?? '')?.[1];
  };
  const [first, retried] = [await direct(SERVER_PORTS[0]), await direct(SERVER_PORTS[1])];
  if (!first || first !== retried) throw new Error(`opnieuw verstuurd op de andere server: ${first} en ${retried}`);
  acknowledged.add(first);
  say(`dezelfde inzending op beide servers: één kenmerk (${first})`);

  await sharedLimits(token, first);
  await productionStart(env);

  // Loaded now, after ensureBuild: the built content it compares with is the servers' first release.
  const alerts: AlertFixture = await import('../tests/support/alert-fixture');
  const alertDb = await openDatabase({ url: database.url });
  cleanups.push(() => alertDb.close());
  await alerts.seedSiteSubscribers(alertDb, { selections: ALERT_SELECTIONS, subscribers: ALERT_SUBSCRIBERS });
  say(`e-mailmeldingen: ${ALERT_SUBSCRIBERS} bevestigde abonnees (direct) op ${ALERT_SELECTIONS} selecties, rechtstreeks in PostgreSQL`);
  const alertMails = alertCounter(sink, alerts);

  // --- load and restarts ---
  let loading = true;
  const pageLoad = Array.from({ length: CONCURRENCY }, async (_, w) => {
    for (let i = w; loading; i += CONCURRENCY) {
      const [url, expected] = PAGES[i % PAGES.length];
      await getPage(url, expected);
    }
  });
  // Posters: a token from the form page, then (a person takes at least 3 s) the post.
  let posted = 0;
  const posters = Array.from({ length: 24 }, async () => {
    while (posted < FORM_POSTS) {
      const n = posted++;
      const page = await getPage(FORM_PAGES.questionForm, 200);
      if (!page || page.status !== 200) continue;
      await sleep(3_100);
      await post(tokenFrom(page.body), n);
    }
  });

  const restart = async (s: Server, signal: NodeJS.Signals) => {
    say(`server ${s.port}: ${signal}`);
    await stop(s, signal);
    const again = startServer(s.port, env);
    servers[servers.indexOf(s)] = again;
    await waitFor(`server ${s.port} na ${signal}`, () => ready(s.port));
    say(`server ${s.port}: weer gereed`);
    // nginx takes a server that refused connections out for fail_timeout and then sends it one
    // request at a time until one succeeds: the next server goes only once nginx uses this one
    // again (as deploy/nachtelijke-build.sh does, with a pause).
    for (const p of [FORM_PAGES.questionForm, FORM_PAGES.staffLogin, '/bestaat-niet']) await (await fetch(`http://127.0.0.1:${s.port}${p}`)).arrayBuffer();
    const served = async () => ((await (await fetch(`http://127.0.0.1:${s.port}/health`)).json()) as { requests: number }).requests;
    const before = await served();
    await waitFor(`nginx gebruikt server ${s.port} weer`, async () => (await served()) > before + 20, 60_000);
    // And past nginx's fail_timeout (5 s), so the failures it counted for this server during its
    // restart no longer count when the next server goes: an operator's rolling restart waits too.
    await sleep(6_000);
  };
  await sleep(3_000);
  // Visitors subscribe and confirm through the site during the load (one selection written as a
  // visitor might, with a sort order); then a new release, during the restarts.
  const content = path.join(root, 'content');
  const [themes, places] = [slugsIn(content, 'themas'), slugsIn(content, 'gemeenten')];
  const followed = [
    ...themes.slice(0, 4).map((t) => `/themas/${t}`),
    ...places.slice(0, 4).map((m) => `/gemeenten/${m}`),
    '/actueel/nieuws',
    `/actueel/nieuws?thema=${themes[0]}&pagina=2`,
    `/interventies?thema=${themes[1]}&sorteer=titel`,
    `/publicaties?thema=${themes[2]}`,
  ];
  const viaSite = await subscribeThroughSite(
    Array.from({ length: SITE_SUBSCRIBERS }, (_, i) => followed[i % followed.length]),
    sink,
    alerts,
  );
  say(`e-mailmeldingen via de site: ${viaSite} van de ${SITE_SUBSCRIBERS} aanmeldingen bevestigd`);
  const publishing = publishNews(database.url);
  await restart(servers[0], 'SIGTERM');
  await restart(servers[1], 'SIGTERM');
  const published = await publishing;
  say(`release ${published.id} gepubliceerd onder belasting (${published.seconds} s)`);
  // The server that is sending alerts at this moment, killed: what it had claimed goes out after its claim.
  await waitFor('e-mailmeldingen onderweg', async () => alertMails() >= 20, 180_000);
  let sender: Server | undefined;
  for (let i = 0; i < 50 && !sender; i++) sender = await sendingServer(servers);
  if (!sender) throw new Error('e-mailmeldingen: geen server verstuurt er een');
  const killedAt = alertMails();
  await restart(sender, 'SIGKILL');
  await Promise.all(posters);
  loading = false;
  await Promise.all(pageLoad);
  await alertsSettled(alertDb, alertMails);
  const alerted = await checkAlerts(alertDb, alerts, sink);

  // --- what was stored, and what was sent ---
  const { Client } = (await import('pg')).default;
  const db = new Client({ connectionString: database.url });
  await db.connect();
  const stored = new Set((await db.query<{ reference: string }>("select reference from submissions where form = 'vraag'")).rows.map((r) => r.reference));
  const outbox = async () =>
    (
      await db.query<{ sent: number; waiting: number }>(
        'select count(*) filter (where sent_at is not null)::int as sent, count(*) filter (where sent_at is null)::int as waiting from mail_outbox',
      )
    ).rows[0];
  // Mails claimed by the killed server wait for their claim to end (10 minutes): not waited for.
  let mail = await outbox();
  for (let i = 0; i < 60 && mail.waiting > 0; i++) {
    await sleep(1_000);
    const next = await outbox();
    if (next.sent === mail.sent && i > 10) break;
    mail = next;
  }
  mail = await outbox();
  await db.end();

  // Recipient and subject (which carries the reference) name one e-mail; the alerts are counted per
  // subscriber and item above, and two of them may share a recipient and subject.
  const others = sink.received.filter((m) => !alerts.alertMailKind(m.raw));
  const duplicates = others.length - new Set(others.map((m) => `${m.to.join(',')} ${m.subject}`)).size;
  const logs = servers.map((s) => fs.readFileSync(s.log, 'utf8')).join('\n');
  const cleanUps = logs.split('\n').filter((l) => l.includes('"job":"retention"')).length;
  const requestLines = logs.split('\n').filter((l) => l.startsWith('{"time"') && l.includes('"method"')).length;
  // In production nginx keeps the access log (log_format gka_privacy): paths without query strings.
  const accessLog = path.join(nginxDir, 'toegang.log');
  const accessLines = fs.existsSync(accessLog) ? fs.readFileSync(accessLog, 'utf8').split('\n').filter(Boolean) : [];
  const withQuery = accessLines.filter((l) => /"[A-Z]+ [^"]*\?/.test(l)).length;
  const lost = [...acknowledged].filter((r) => !stored.has(r));

  for (const [what, n] of stats.failures) console.log(`  mislukt ${n}× ${what}`);
  if (lost.length) console.log(`  bevestigd maar niet bewaard: ${lost.join(', ')}`);
  say(
    `uit de cache van nginx: ${stats.hits}; toegangslog van nginx: ${accessLines.length} regels, ${withQuery} met querystring; verzoeklogregels van de servers: ${requestLines}`,
  );
  say(
    `e-mails: ${mail.sent + mail.waiting} in de outbox, ${mail.sent} verstuurd, ${sink.received.length} ontvangen, ${duplicates} dubbel, ` +
      `${mail.waiting} nog geclaimd (door de gedode server: opnieuw na de claim van 10 minuten)`,
  );
  say(`opruimen volgens de bewaartermijnen: ${cleanUps}× over ${SERVER_PORTS.length} servers en 3 herstarts`);
  console.log(
    `meldingen: abonnees ${ALERT_SUBSCRIBERS} + ${viaSite} via de site, verwacht ${alerted.due} (abonnee, item) bij ${alerted.subscribers} abonnees, ontvangen ${alerted.received} in ${alerted.mails} mails, ` +
      `dubbel ${alerted.doubled}, kwijt ${alerted.lost}, onverwacht ${alerted.unexpected}; SIGKILL van server ${sender.port} na ${killedAt} meldingen, ` +
      `${alerted.takenOver} van zijn geclaimde mails na de claim door een andere server verstuurd`,
  );
  console.log(`requests ${stats.requests}, failed ${stats.failed}, submissions acknowledged ${acknowledged.size}, stored ${stored.size}`);
  const good =
    stats.failed === 0 &&
    acknowledged.size === stored.size &&
    lost.length === 0 &&
    duplicates === 0 &&
    viaSite === SITE_SUBSCRIBERS &&
    alerted.due > 0 &&
    alerted.received === alerted.due &&
    alerted.doubled === 0 &&
    alerted.lost === 0 &&
    alerted.unexpected === 0 &&
    cleanUps === 1 &&
    sink.received.length >= mail.sent &&
    accessLines.length > 0 &&
    withQuery === 0;
  return good ? 0 : 1;
}

let code = 1;
try {
  code = await main();
} catch (error) {
  console.error(`✖ proef:productie: ${(error as Error).stack}`);
  for (const f of fs.existsSync(work) ? fs.readdirSync(work).filter((f) => f.endsWith('.log')) : []) {
    console.error(`--- ${f}\n${fs.readFileSync(path.join(work, f), 'utf8').split('\n').slice(-30).join('\n')}`);
  }
} finally {
  for (const c of cleanups.reverse()) await Promise.resolve(c()).catch(() => {});
  agent.destroy();
  if (!process.env.GKA_PROEF_KEEP) fs.rmSync(work, { recursive: true, force: true });
}
process.exit(code);
