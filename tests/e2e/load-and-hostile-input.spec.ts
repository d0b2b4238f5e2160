import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { expect, test } from '@playwright/test';
import { freshToken, post, QUESTION, sleep, tokenFrom } from './support/forms';
import { rawRequest, request } from './support/raw-http';
import { startServer, stopServer } from './support/server';

// Bounded, on localhost only. Speed is measured in `npm run bench`; these assert behaviour.

test('64 concurrent connections for 30 s on home, a list, a detail page and search: no errors, no 5xx', async ({ baseURL }) => {
  test.setTimeout(90_000);
  const result = await autocannon({
    url: baseURL!,
    connections: 64,
    duration: 30,
    requests: [
      { method: 'GET', path: '/' },
      { method: 'GET', path: '/interventies?thema=armoede' },
      { method: 'GET', path: '/actueel/activiteiten/2024/01/18/startbijeenkomst-gka-leernetwerken' },
      { method: 'GET', path: '/zoeken?q=ouderbetrokkenheid' },
    ],
  });
  expect(result.errors).toBe(0);
  expect(result.timeouts).toBe(0);
  expect(result['5xx']).toBe(0);
  expect(result.non2xx).toBe(0);
  expect(result.requests.total).toBeGreaterThan(1000);
});

// A small deterministic generator, so a failure can be reproduced.
function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

const MARK = 'alert(7331)';
const PAYLOADS = [
  `<script>${MARK}</script>`,
  `"><img src=x onerror=${MARK}>`,
  `'><svg onload=${MARK}>`,
  `javascript:${MARK}`,
  '../../../../etc/passwd',
  '..%2f..%2f..%2fetc%2fpasswd',
  '\u0000\u0001\u0007\u001b[31m',
  '\u202e\u200b\ufeff',
  'Ω≈ç√∫˜µ≤≥÷ 🙈🙉🙊 ﷽ 𝕋𝕖𝕤𝕥',
  "'; DROP TABLE inschrijvingen; --",
  '${7*7}{{7*7}}<%= 7*7 %>',
  '%',
  '%E0%A4%A',
  '%zz',
  '-1',
  '0',
  '99999999999999999999999',
  'NaN',
  '1e309',
  'a'.repeat(5000),
  ' ',
  '[]',
  '{"$gt":""}',
];
const PAGES = [
  '/zoeken',
  '/interventies',
  '/actueel/nieuws',
  '/actueel/activiteiten',
  '/gemeenten',
  '/regiocoordinatoren',
  '/publicaties',
  '/api/zoeken',
  '/actueel/nieuws/rss.xml',
  '/interventies/rss.xml',
];
const PARAMS = [
  'q',
  'pagina',
  'thema',
  'type',
  'provincie',
  'regio',
  'gemeente',
  'onderwijstype',
  'doelgroep',
  'bewijsniveau',
  'sorteer',
  'jaar',
  'wanneer',
  'foo[]',
  'q[0]',
];

function hostileUrls(count: number): string[] {
  const next = random(20261123);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const urls: string[] = [];
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    const n = 1 + Math.floor(next() * 4);
    for (let j = 0; j < n; j++) {
      const value = pick(PAYLOADS);
      // Mostly well-formed encoding; sometimes raw, as a hostile client would send it.
      const encoded = next() < 0.8 ? encodeURIComponent(value) : value.replace(/[\s#&\u0000-\u001f\u007f-\u{10ffff}]/gu, (c) => encodeURIComponent(c));
      const name = pick(PARAMS);
      parts.push(`${encodeURIComponent(name)}=${encoded}`);
      if (next() < 0.2) parts.push(`${encodeURIComponent(name)}=${encoded}`);
    }
    urls.push(`${pick(PAGES)}?${parts.join('&')}`);
  }
  return urls;
}

test('5,000 hostile query strings against search and every filter page: no 5xx, nothing reflected unescaped', async ({ baseURL }) => {
  test.setTimeout(300_000);
  const urls = hostileUrls(5000);
  const failures: string[] = [];
  let index = 0;
  async function worker() {
    while (index < urls.length) {
      const url = urls[index++];
      const response = await fetch(`${baseURL}${url}`, { redirect: 'manual' });
      const body = await response.text();
      if (response.status >= 500) failures.push(`${response.status} ${url}`);
      // Markup must never come back as markup, in HTML or in any other answer (JSON, feeds).
      else if (/<script>alert\(7331\)|<img src=x onerror=|<svg onload=|href="javascript:/i.test(body)) failures.push(`weerspiegeld: ${url}`);
    }
  }
  await Promise.all(Array.from({ length: 16 }, worker));
  expect(failures.slice(0, 20)).toEqual([]);
  expect(index).toBeGreaterThanOrEqual(5000);
});

// Findings of the outside security review (issue 16), one regression test each.
const portOf = (baseURL: string | undefined) => Number(new URL(baseURL!).port);
const INTERNAL = /^(x-nextjs-|x-next-|x-middleware-|x-matched-path$)/;

test('a 16 KB If-None-Match of spaces and tabs is answered like any request, and so is the next visitor', async ({ baseURL }) => {
  const port = portOf(baseURL);
  const etag = (await fetch(`${baseURL}/themas`)).headers.get('etag')!;
  const blank = ' \t'.repeat(8_192);
  for (const path of ['/themas', '/zoeken?q=taal', '/contact/vraag-stellen', '/_next/static/bestaat-niet.js']) {
    const [heavy, next] = await Promise.all([
      rawRequest(port, `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nIf-None-Match: ${blank}, ${blank.slice(0, 100)}${etag}`),
      rawRequest(port, `GET /interventies HTTP/1.1\r\nHost: 127.0.0.1`),
    ]);
    // Too long to read: as if absent, so the whole page comes (never a 304 from a header we did not parse).
    expect(heavy.status, path).toBe(path.startsWith('/_next') ? 404 : 200);
    expect(heavy.headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(next.status).toBe(200);
  }
  const short = await fetch(`${baseURL}/themas`, { headers: { 'if-none-match': `"a", \t ${etag}` } });
  expect(short.status).toBe(304);
});

test('an absolute-form request target is read for its path only: no redirect to the attacker’s host', async ({ baseURL }) => {
  const port = portOf(baseURL);
  for (const target of ['http://evil.example/zoeken/', 'http://evil.example/nl/themas', 'https://evil.example/themas', 'http://evil.example//evil.example/']) {
    const response = await rawRequest(port, `GET ${target} HTTP/1.1\r\nHost: evil.example`);
    expect(response.status, target).toBeLessThan(500);
    // A redirect, if any, stays on this host ("//evil.example/" is the path "/evil.example/").
    expect(new URL(response.headers.location ?? '/', 'http://127.0.0.1').host, target).toBe('127.0.0.1');
    expect(response.body, target).not.toMatch(/https?:\/\/evil\.example|["'=]\/\/evil\.example/);
  }
  const plain = await rawRequest(port, `GET http://evil.example/themas HTTP/1.1\r\nHost: evil.example`);
  expect(plain.status).toBe(200);
  expect((await rawRequest(port, `GET * HTTP/1.1\r\nHost: 127.0.0.1`)).status).toBe(400);
});

test('broken percent-encoding in a path is a 400 and TRACE and other methods a 405, never a 500', async ({ baseURL }) => {
  const port = portOf(baseURL);
  for (const path of ['/%c0', '/zoeken/%ff', '/%E0%A4%A', '/_next/static/%c0.js', '/beheer/%c0', '/api/zoeken/%c0']) {
    const response = await rawRequest(port, `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1`);
    expect(response.status, path).toBe(400);
    expect(response.headers['content-security-policy'], path).toContain("default-src 'self'");
  }
  // (A method Node's parser does not know, such as TRACK, gets a 400 from Node itself.)
  for (const method of ['TRACE', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'PROPFIND', 'CONNECT']) {
    const response = await rawRequest(port, `${method} /contact HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0`);
    expect(response.status, method).toBe(405);
    expect(response.headers.allow, method).toBe('GET, HEAD, POST');
    expect(response.body, method).not.toContain('Host:');
  }
});

test('no internal header of Next reaches a visitor, client-router (RSC) requests and HEAD included', async ({ baseURL }) => {
  const port = portOf(baseURL);
  const cases: { path: string; method?: string; headers?: Record<string, string> }[] = [
    { path: '/bestaat-niet' },
    { path: '/aanmelden/bestaat-niet' },
    { path: '/contact/vraag-stellen' },
    { path: '/en/contact/vraag-stellen' },
    { path: '/ontvangen?kenmerk=GKA-0000-0000' },
    { path: '/beheer/inloggen' },
    { path: '/beheer' },
    { path: '/api/zoeken?q=taal' },
    { path: '/nl/themas' },
    { path: '/themas', headers: { rsc: '1' } },
    { path: '/gemeenten', headers: { rsc: '1', 'next-router-prefetch': '1' } },
    { path: '/themas?_rsc=abc' },
    { path: '/contact/vraag-stellen', method: 'HEAD' },
    { path: '/bestaat-niet', method: 'HEAD' },
    { path: '/formulieren/verzenden', method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
  ];
  for (const c of cases) {
    const response = await request(port, { ...c, body: c.method === 'POST' ? 'formulier=x' : undefined });
    const label = `${c.method ?? 'GET'} ${c.path} ${JSON.stringify(c.headers ?? {})}`;
    expect(response.status, label).toBeLessThan(500);
    expect(
      Object.keys(response.headers).filter((h) => INTERNAL.test(h)),
      label,
    ).toEqual([]);
    expect(response.headers['content-security-policy'], label).toContain("frame-ancestors 'none'");
  }
});

test('pages Next renders get a fresh nonce and nothing else inline; pages this server renders allow no inline script', async ({ baseURL }) => {
  const scriptSrc = (csp: string) => /script-src ([^;]*)/.exec(csp)![1].split(' ');
  const nonces = new Set<string>();
  for (const path of ['/contact/vraag-stellen', '/contact/vraag-stellen', '/beheer/inloggen', '/ontvangen?kenmerk=GKA-0000-0000']) {
    // What a client sends as a policy is never the one Next renders with.
    const response = await fetch(`${baseURL}${path}`, { headers: { 'content-security-policy': "script-src 'nonce-AAAAAAAAAAAAAAAAAAAAAA=='" } });
    const sources = scriptSrc(response.headers.get('content-security-policy')!);
    expect(sources, path).toHaveLength(2);
    expect(sources[0]).toBe("'self'");
    const nonce = sources[1].slice(7, -1);
    expect(nonce).not.toBe('AAAAAAAAAAAAAAAAAAAAAA==');
    nonces.add(nonce);
    const html = await response.text();
    // Every executable inline script carries this response's nonce.
    const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>/g)].map((m) => m[1]).filter((a) => !/type="application\/ld\+json"/.test(a));
    expect(inline.length, path).toBeGreaterThan(0);
    for (const attributes of inline) expect(attributes, path).toContain(`nonce="${nonce}"`);
  }
  expect(nonces.size).toBe(4);
  // The 404 page Next answers from its prerendered file: only the hashes of the build's own scripts.
  const notFound = await fetch(`${baseURL}/bestaat-niet-${Date.now()}`);
  expect(notFound.status).toBe(404);
  const html = await notFound.text();
  expect(scriptSrc(notFound.headers.get('content-security-policy')!).filter((s) => s.startsWith("'sha256-")).length).toBeGreaterThan(0);
  expect(html).toContain('<script');
  // Rendered here and kept per address: a body that cannot allow itself anything.
  for (const path of ['/zoeken?q=%3Cscript%3Ealert(1)%3C/script%3E', '/interventies?thema=armoede', '/', '/themas']) {
    const csp = (await fetch(`${baseURL}${path}`)).headers.get('content-security-policy')!;
    expect(scriptSrc(csp), path).toEqual(["'self'"]);
    expect(csp, path).toContain("style-src 'self';");
  }
});

test('a one-line field with a line break comes back as an error, invisible characters are taken out', async ({ baseURL, page }) => {
  const token = await freshToken(page.request, '/contact/vraag-stellen');
  await sleep(3_100);
  const response = await post(page.request, { ...QUESTION, naam: 'Juf Test\r\nE-mail: kwaad@example.org', formulier: token, taal: 'nl' });
  expect(response.headers().location).toMatch(/\/contact\/vraag-stellen\?poging=/);
  await page.goto(`${baseURL}${response.headers().location}`);
  await expect(page.locator('#fouten').getByRole('link')).toHaveText(['Naam past op één regel: haal de regeleinden weg']);
  const fixed = await post(page.request, { ...QUESTION, naam: 'Juf \u202eTest\u200b', formulier: token, taal: 'nl' });
  expect(fixed.headers().location).toMatch(/^\/ontvangen\?kenmerk=GKA-/);
});

// A server of its own behind a "proxy": the whole of 127.0.0.0/8 is this machine, so requests
// from 127.0.0.2 play the trusted proxy and those from 127.0.0.1 anyone else. A small form limit.
test.describe('behind a trusted proxy (a server of its own)', () => {
  test.describe.configure({ mode: 'serial' });
  const PORT = Number(process.env.E2E_PROXY_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 11);
  const STAFF = { email: 'proxy@example.org', password: 'proxy-wachtwoord-lang-genoeg' };
  const PROXY = '127.0.0.2';
  let server: ChildProcess | undefined;
  let dataDir = '';

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gka-proxy-'));
    execFileSync('node', ['scripts/run-ts.mjs', 'scripts/beheer.ts', 'account', 'toevoegen', STAFF.email], {
      input: STAFF.password,
      env: { ...process.env, GKA_DATA_DIR: dataDir },
      stdio: ['pipe', 'ignore', 'inherit'],
    });
    server = await startServer(PORT, dataDir, { GKA_TRUSTED_PROXIES: `${PROXY}, 10.0.0.0/8`, GKA_FORM_LIMIT: '3' });
  });
  test.afterAll(async () => {
    if (server) await stopServer(server);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const token = async (page: string) => tokenFrom((await request(PORT, { path: page })).body);
  const postForm = (fields: Record<string, string>, { from = PROXY, forwardedFor }: { from?: string; forwardedFor?: string }) =>
    request(PORT, {
      method: 'POST',
      path: '/formulieren/verzenden',
      localAddress: from,
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
      body: new URLSearchParams(fields).toString(),
    }).then((r) => r.headers.location);

  test('every visitor has a limit of their own, every post counts, and what the client writes cannot choose one', async () => {
    const form = await token('/contact/vraag-stellen');
    // 25 KB fields with one token, again and again: twice the limit kept to retype, then nothing.
    const big = { naam: 'x'.repeat(25_000), email: 'geen adres', vraag: 'y'.repeat(25_000), formulier: form, taal: 'nl' };
    const a = [];
    for (let i = 0; i < 10; i++) a.push(await postForm(big, { forwardedFor: '198.51.100.1' }));
    expect(a.slice(0, 6).every((l) => /\/contact\/vraag-stellen\?poging=/.test(l))).toBe(true);
    expect(a.slice(6)).toEqual(Array(4).fill('/verzenden-mislukt?reden=rateLimited'));
    // A bot that fills in the hidden field is not told "received" past the limit either.
    expect(await postForm({ ...QUESTION, controle_veld: 'https://spam.example', formulier: form }, { forwardedFor: '198.51.100.1' })).toBe(
      '/verzenden-mislukt?reden=rateLimited',
    );
    // Another visitor behind the same proxy has their own limit…
    expect(await postForm(big, { forwardedFor: '198.51.100.2' })).toMatch(/\?poging=/);
    // …and making up hops to the left of what the proxy wrote changes nothing.
    expect(await postForm(big, { forwardedFor: '1.2.3.4, 198.51.100.1' })).toBe('/verzenden-mislukt?reden=rateLimited');
    // A client that is not the proxy is counted by its own address, whatever it claims.
    const direct = [];
    for (let i = 0; i < 7; i++) direct.push(await postForm(big, { from: '127.0.0.1', forwardedFor: `203.0.113.${i}` }));
    expect(direct.at(-1)).toBe('/verzenden-mislukt?reden=rateLimited');
    const page = await request(PORT, { path: '/verzenden-mislukt?reden=rateLimited' });
    expect(page.body).toContain('heel veel formulieren verstuurd');
  });

  const logIn = async (email: string, password: string, forwardedFor: string, form?: string) => {
    const response = await request(PORT, {
      method: 'POST',
      path: '/beheer/sessie',
      localAddress: PROXY,
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': forwardedFor },
      body: new URLSearchParams({ formulier: form ?? (await token('/beheer/inloggen')), email, wachtwoord: password }).toString(),
    });
    return { status: response.status, location: response.headers.location, cookie: response.headers['set-cookie'] ?? '' };
  };

  test('wrong passwords slow down one account from one address; the real user still gets in, and unknown addresses answer the same', async () => {
    test.setTimeout(180_000);
    const answers = async (email: string, forwardedFor: string) => {
      const out: string[] = [];
      for (let i = 0; i < 6; i++) out.push((await logIn(email, `fout-${i}-wachtwoord`, forwardedFor)).location);
      return out;
    };
    const known = await answers(STAFF.email, '203.0.113.66');
    expect(known).toEqual([...Array(4).fill('/beheer/inloggen?melding=wrong'), ...Array(2).fill('/beheer/inloggen?melding=locked')]);
    expect(await answers('niemand@example.org', '203.0.113.67')).toEqual(known);
    // From the guesser's address even the right password waits…
    expect((await logIn(STAFF.email, STAFF.password, '203.0.113.66')).location).toBe('/beheer/inloggen?melding=locked');
    // …from the real user's it gets in, with a cookie only HTTPS can set.
    const real = await logIn(STAFF.email, STAFF.password, '198.51.100.20');
    expect(real.location).toBe('/beheer');
    expect(real.cookie).toMatch(/^__Secure-gka_beheer=[A-Za-z0-9_-]{43}; Path=\/beheer; HttpOnly; Secure; SameSite=Strict/);
    const view = await request(PORT, { path: '/beheer', headers: { cookie: real.cookie.split(';')[0] } });
    expect(view.status).toBe(200);
  });

  test('32 senders hammering the login with wrong passwords from IPv6 /64s (fixed or fresh each time) cannot keep the real user out; every request gets an answer', async () => {
    test.setTimeout(180_000);
    const form = await token('/beheer/inloggen');
    const answers = new Map<string, number>();
    let attacking = true;
    // Half of them each from a /64 of its own (another address in it each time, which changes
    // nothing: limits count per /64), the other half from a fresh /64 of its own /48 each time;
    // half at the real user's own account. Each sends its next wrong password as soon as the
    // last is answered (a short pause after "busy").
    const attackers = Array.from({ length: 32 }, async (_, i) => {
      for (let n = 0; attacking; n++) {
        const email = i % 2 ? STAFF.email : `sproeier${i}@example.org`;
        const answer = await logIn(
          email,
          `fout-${i}-${n}-wachtwoord`,
          i < 16 ? `2001:db8:${(i + 1).toString(16)}::${(n + 1).toString(16)}` : `2001:db8:${(i + 1).toString(16)}:${(n + 1).toString(16)}::1`,
          form,
        );
        const what = answer.status === 303 ? (answer.location ?? '') : `status ${answer.status}`;
        answers.set(what, (answers.get(what) ?? 0) + 1);
        if (what.endsWith('busy')) await sleep(250);
      }
    });
    await sleep(4_000);
    // The real user, like a person: on "busy", tries again a second later.
    const started = Date.now();
    const tries: string[] = [];
    let real = await logIn(STAFF.email, STAFF.password, '198.51.100.30');
    for (tries.push(real.location); real.location.endsWith('busy') && Date.now() - started < 20_000; tries.push(real.location)) {
      await sleep(1_000);
      real = await logIn(STAFF.email, STAFF.password, '198.51.100.30');
    }
    const took = Date.now() - started;
    test.info().annotations.push({ type: 'echte inlog', description: `${took} ms, ${tries.join(' ')}` });
    attacking = false;
    await Promise.all(attackers);
    // The attack was real: the queue was full and sent attackers back with "busy".
    expect(answers.get('/beheer/inloggen?melding=busy') ?? 0).toBeGreaterThan(0);
    expect(
      [...answers.keys()].every((l) => /^\/beheer\/inloggen\?melding=(wrong|locked|busy)$/.test(l)),
      JSON.stringify([...answers]),
    ).toBe(true);
    // The real user got in, within a generous bound for a busy machine (a hash alone takes ~1 s here).
    expect(real.location, tries.join(' ')).toBe('/beheer');
    expect(took).toBeLessThan(20_000);
    // The "busy" page says so, in Dutch, on the form.
    const page = await request(PORT, { path: '/beheer/inloggen?melding=busy' });
    expect(page.body).toContain('Het is nu te druk om wachtwoorden te controleren. Probeer het zo opnieuw.');
  });

  test('in production mode the server does not start without GKA_TRUSTED_PROXIES, and says what to set', async () => {
    test.setTimeout(120_000);
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const env = { ...process.env };
      delete env.GKA_TRUSTED_PROXIES;
      delete env.GKA_DIRECT_VISITORS;
      const child = spawn('node', ['scripts/run-ts.mjs', 'scripts/serve.ts', '--port', String(PORT + 1), '--hostname', '127.0.0.1'], {
        env: {
          ...env,
          GKA_DATA_DIR: dataDir,
          GKA_PRODUCTION: '1',
          SITE_URL: 'https://www.voorbeeld.nl',
          DATABASE_URL: 'postgres://gka@127.0.0.1:1/gka',
          GKA_SECRET: 'x'.repeat(32),
          SMTP_URL: 'smtp://127.0.0.1:1',
        },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      child.on('exit', (code) => resolve({ code, stderr }));
    });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^✖ GKA_TRUSTED_PROXIES ontbreekt: .*GKA_DIRECT_VISITORS=1/);
    expect(lines).toHaveLength(2);
  });

  test('a wrong GKA_TRUSTED_PROXIES stops the server at start with a Dutch sentence naming it', async () => {
    test.setTimeout(120_000);
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn('node', ['scripts/run-ts.mjs', 'scripts/serve.ts', '--port', String(PORT + 1), '--hostname', '127.0.0.1'], {
        env: { ...process.env, GKA_DATA_DIR: dataDir, GKA_TRUSTED_PROXIES: '127.0.0.2, 10.0.0.0/99' },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      child.on('exit', (code) => resolve({ code, stderr }));
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('GKA_TRUSTED_PROXIES klopt niet: "10.0.0.0/99" is geen IP-adres of bereik');
  });
});
