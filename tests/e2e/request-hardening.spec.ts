// Findings 1, 2 and 5 (a, b) of the second outside security review (issue 22), against the
// production server: one address for every spelling of a page under embargo; bounded query
// strings, so an attack on Next's query handling cannot stall the event loop; no answer that
// depends on Next's router headers in a shared cache; slow clients closed within a bound.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { rawRequest, type RawResponse } from './support/raw-http';
import { startServer, stopServer } from './support/server';

const portOf = (baseURL: string | undefined) => Number(new URL(baseURL!).port);

/** Every document of the build whose publishDate is still ahead (content with publishDate 2099). */
function scheduled(): { url: string; title: string }[] {
  const dir = path.join(process.cwd(), '.contentlayer/generated');
  const today = new Date().toISOString().slice(0, 10);
  return fs.readdirSync(dir).flatMap((collection) => {
    const file = path.join(dir, collection, '_index.json');
    if (!fs.existsSync(file)) return [];
    const docs = JSON.parse(fs.readFileSync(file, 'utf8')) as { url?: string; title: string; publishDate?: string }[];
    return docs.filter((d) => d.url && d.publishDate && d.publishDate > today).map((d) => ({ url: d.url!, title: d.title }));
  });
}

/** Spellings of one address that a server might read as that address; `step` 1 encodes every character in turn. */
function spellings(address: string, step = 1): string[] {
  const hex = (c: string) => c.charCodeAt(0).toString(16);
  const segments = address.split('/').slice(1);
  const out = new Set<string>([address, `${address}/`, `${address}//`, `/${address}`, address.replace(/\//g, '//'), `${address}/.`, `${address}/x/..`]);
  // Each character percent-encoded in turn, in upper and lower case hex.
  for (let i = 1; i < address.length; i += step) {
    if (address[i] === '/') continue;
    out.add(`${address.slice(0, i)}%${hex(address[i]).toUpperCase()}${address.slice(i + 1)}`);
    out.add(`${address.slice(0, i)}%${hex(address[i]).toLowerCase()}${address.slice(i + 1)}`);
  }
  // Every character encoded; a dot segment and a parent segment, plain and encoded.
  out.add(address.replace(/[^/]/g, (c) => `%${hex(c)}`));
  out.add(`/${segments[0]}/./${segments.slice(1).join('/')}`);
  out.add(`/${segments[0]}/%2e/${segments.slice(1).join('/')}`);
  out.add(`/${segments[0]}/x/../${segments.slice(1).join('/')}`);
  out.add(`/${segments[0]}/x/%2E%2E/${segments.slice(1).join('/')}`);
  // What a renderer might trim, strip or decode once more: these are refused.
  for (const tail of [
    '%20',
    '%09',
    '%0a',
    '%00',
    '%e2%80%8b',
    ';x',
    ';',
    '%3b',
    '%2f',
    '%5c',
    '\\',
    '%23',
    '%3f',
    '.rsc',
    '.prefetch.rsc',
    '.segments/_tree.segment.rsc',
    '.html',
    '/index',
  ])
    out.add(`${address}${tail}`);
  out.add(`${address.slice(0, -1)}%25${hex(address.at(-1)!)}`);
  out.add(address.replace(/^\/([^/]*)\//, '/$1%2F'));
  out.add(address.replace(/\/([^/]*)$/, '%2F$1'));
  // Absolute form, with another host.
  out.add(`http://evil.example${address}`);
  return [...out];
}

const MARK = /publicatiedatum in de toekomst|voorbeeld voor de redactie/i;

function assertNotShown(response: RawResponse, label: string, title: string) {
  expect([400, 404], label).toContain(response.status);
  expect(response.body, label).not.toContain(title);
  expect(response.body, label).not.toMatch(MARK);
  // Never kept by a shared cache: a 404 of Next says private, a refusal no-store.
  const cacheControl = response.headers['cache-control'] ?? '';
  expect(cacheControl, label).toMatch(/no-store/);
  expect(cacheControl, label).not.toMatch(/public|s-maxage/);
}

test.describe('a page under embargo (finding 1)', () => {
  const held = scheduled();

  test('the build has a scheduled document, and its plain address is not found', async ({ baseURL }) => {
    expect(held.length).toBeGreaterThan(0);
    for (const doc of held) assertNotShown(await rawRequest(portOf(baseURL), `GET ${doc.url} HTTP/1.1\r\nHost: 127.0.0.1`), doc.url, doc.title);
  });

  test('no spelling of its address shows it, in Dutch or English, GET or HEAD, to the browser or the client router', async ({ baseURL }) => {
    test.setTimeout(240_000);
    const port = portOf(baseURL);
    const failures: string[] = [];
    for (const doc of held) {
      // Every character encoded in turn for GET; for each language prefix, HEAD and the client
      // router's requests every twentieth.
      const sampled = [doc.url, `/en${doc.url}`, `/EN${doc.url}`, `/nl${doc.url}`, `/%65n${doc.url}`].flatMap((a) => spellings(a, 20));
      const cases = [
        ...spellings(doc.url).map((target) => ({ target, method: 'GET', headers: '' })),
        ...sampled.flatMap((target) => [
          { target, method: 'GET', headers: '' },
          { target, method: 'HEAD', headers: '' },
          { target, method: 'GET', headers: '\r\nRSC: 1' },
          { target, method: 'GET', headers: '\r\nRSC: 1\r\nNext-Router-Prefetch: 1' },
        ]),
      ];
      let next = 0;
      const worker = async () => {
        while (next < cases.length) {
          const c = cases[next++];
          const label = `${c.method} ${c.target}${c.headers.replace(/\r\n/g, ' ')}`;
          let response = await rawRequest(port, `${c.method} ${c.target} HTTP/1.1\r\nHost: 127.0.0.1${c.headers}`);
          try {
            // A redirect (Next sends the client router to `?_rsc=…` first, the locale proxy takes
            // `/nl/…` to `/…`) stays on this host and is followed, as a browser would.
            for (let hop = 0; hop < 3 && [307, 308].includes(response.status); hop++) {
              const location = new URL(response.headers.location, 'http://127.0.0.1');
              expect(location.host).toBe('127.0.0.1');
              response = await rawRequest(port, `${c.method} ${location.pathname}${location.search} HTTP/1.1\r\nHost: 127.0.0.1${c.headers}`);
            }
            assertNotShown(response, label, doc.title);
          } catch {
            failures.push(`${response.status} ${response.headers['cache-control']} ${label}`);
          }
        }
      };
      await Promise.all(Array.from({ length: 4 }, worker));
      expect(cases.length).toBeGreaterThan(400);
    }
    expect(failures.slice(0, 20)).toEqual([]);
  });

  test('other spellings of a published page are that page, and ambiguous ones a Dutch 400', async ({ baseURL }) => {
    const port = portOf(baseURL);
    const title = '<h1';
    for (const target of ['/themas', '/%74hemas', '/themas/', '//themas', '/x/../themas', '/%74%68%65%6D%61%73', '/EN/themas', '/en//themas/']) {
      const response = await rawRequest(port, `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1`);
      expect(response.status, target).toBe(200);
      expect(response.body, target).toContain(title);
    }
    for (const target of ['/themas;x', '/themas%2F', '/the%25mas', '/themas%00', '/themas%20', '/../themas']) {
      const response = await rawRequest(port, `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1`);
      expect(response.status, target).toBe(400);
      expect(response.body, target).toBe('Ongeldig adres.');
      expect(response.headers['content-security-policy'], target).toContain("frame-ancestors 'none'");
    }
  });
});

test.describe('query strings within bounds (finding 2)', () => {
  const many = (n: number, piece: (i: number) => string) => Array.from({ length: n }, (_, i) => piece(i)).join('&');
  const ATTACKS = {
    'one name repeated': `/themas/x?${many(3990, () => 'p')}`,
    'many names': `/themas/x?${many(1400, (i) => `p${i}=1`)}`,
    'a[] repeated': `/themas/x?${many(2600, () => 'a[]=')}`,
    'a filter name repeated': `/interventies?${many(600, () => 'thema=armoede')}`,
    'on a form page': `/contact/vraag-stellen?${many(3000, () => 'p')}`,
    'on an endpoint': `/api/zoeken?${many(3000, () => 'q')}`,
    'on a feed': `/actueel/nieuws/rss.xml?${many(1000, () => 'thema=x')}`,
    'empty pieces': `/themas/x?${'&'.repeat(8000)}`,
    'a long value': `/zoeken?q=${'a'.repeat(11_000)}`,
  };

  test('too many parameters, repeats or characters: a 414 with a Dutch sentence before any page is made', async ({ baseURL }) => {
    const port = portOf(baseURL);
    for (const [name, target] of Object.entries(ATTACKS)) {
      const response = await rawRequest(port, `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1`);
      expect(response.status, name).toBe(414);
      expect(response.body, name).toBe('Dit adres is te lang of heeft te veel parameters.');
      expect(response.headers['cache-control'], name).toBe('no-store');
    }
    // What the site's own filter forms make stays well within: every option of the interventions' form.
    const html = await (await fetch(`${baseURL}/interventies`)).text();
    const form = /<form[^>]*id="filters"[\s\S]*?<\/form>/.exec(html)![0];
    const fields = [...form.matchAll(/<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)].map((m) => `${m[1]}=${encodeURIComponent(m[2])}`);
    expect(fields.length).toBeGreaterThan(10);
    expect((await fetch(`${baseURL}/interventies?${fields.join('&')}`)).status).toBe(200);
    // An encoded & is part of a value, however many there are.
    expect((await fetch(`${baseURL}/zoeken?q=${'taal%26'.repeat(500)}`)).status).toBe(200);
  });

  test('/health answers at once while four connections send the attack over and over', async ({ baseURL }) => {
    test.setTimeout(60_000);
    const port = portOf(baseURL);
    const targets = Object.values(ATTACKS);
    let stop = false;
    let sent = 0;
    const attacker = async (offset: number) => {
      for (let i = offset; !stop; i++) {
        const response = await rawRequest(port, `GET ${targets[i % targets.length]} HTTP/1.1\r\nHost: 127.0.0.1`);
        expect(response.status).toBe(414);
        sent++;
      }
    };
    const probes: number[] = [];
    const probe = async () => {
      while (!stop) {
        const start = performance.now();
        const response = await fetch(`${baseURL}/health`, { signal: AbortSignal.timeout(10_000) });
        expect(response.status).toBe(200);
        probes.push(performance.now() - start);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    const running = [0, 1, 2, 3].map(attacker).concat(probe());
    await new Promise((r) => setTimeout(r, 8_000));
    stop = true;
    await Promise.all(running);
    probes.sort((a, b) => a - b);
    expect(sent).toBeGreaterThan(40);
    expect(probes.length).toBeGreaterThan(20);
    // A liveness check, generous for a shared machine: before the bound, no probe was answered
    // within 10 s. The typical probe within 100 ms, none beyond a second.
    expect(probes[Math.floor(probes.length / 2)]).toBeLessThan(100);
    expect(probes.at(-1)).toBeLessThan(1_000);
  });
});

test.describe("answers that depend on Next's router headers (finding 5a)", () => {
  const PAGES = ['/contact', '/contact/vraag-stellen', '/themas', '/', '/en/contact', '/bestaat-niet', '/interventies?thema=armoede'];

  test('a Next-Action request is refused: the site has no server actions', async ({ baseURL }) => {
    const port = portOf(baseURL);
    for (const page of PAGES)
      for (const method of ['GET', 'POST', 'HEAD'])
        for (const value of ['abc', '0123456789abcdef0123456789abcdef01234567', '']) {
          const label = `${method} ${page} Next-Action: ${value}`;
          const response = await rawRequest(port, `${method} ${page} HTTP/1.1\r\nHost: 127.0.0.1\r\nNext-Action: ${value}\r\nContent-Length: 0`);
          expect(response.status, label).toBe(400);
          expect(response.headers['cache-control'], label).toBe('no-store');
          if (method !== 'HEAD') expect(response.body, label).toBe('Deze site kent geen serveracties.');
        }
  });

  test('what Next answers to its client router is never for a shared cache', async ({ baseURL }) => {
    const port = portOf(baseURL);
    const variants = [
      { rsc: '1' },
      { 'next-router-prefetch': '1' },
      { rsc: '1', 'next-router-prefetch': '1' },
      { 'next-router-state-tree': '%5B%22%22%2C%7B%7D%5D' },
      { 'next-router-segment-prefetch': '/_tree' },
      { rsc: '1', 'next-router-state-tree': 'x' },
    ];
    for (const page of PAGES) {
      for (const headers of variants) {
        const lines = Object.entries(headers).map(([k, v]) => `\r\n${k}: ${v}`);
        const response = await rawRequest(port, `GET ${page} HTTP/1.1\r\nHost: 127.0.0.1${lines.join('')}`);
        const label = `${page} ${JSON.stringify(headers)}`;
        expect(response.status, label).toBeLessThan(500);
        expect(response.headers['cache-control'], label).toBe('private, no-store');
      }
      const withQuery = `${page}${page.includes('?') ? '&' : '?'}_rsc=1a2b3`;
      expect((await rawRequest(port, `GET ${withQuery} HTTP/1.1\r\nHost: 127.0.0.1`)).headers['cache-control'], withQuery).toBe('private, no-store');
    }
    // Without those headers the page is what it was, for shared caches as before.
    expect((await fetch(`${baseURL}/contact`)).headers.get('cache-control')).toBe('public, max-age=0, s-maxage=5, must-revalidate');
  });
});

// A server of its own with short timeouts (GKA_HEADERS_TIMEOUT_MS, GKA_REQUEST_TIMEOUT_MS).
test.describe('slow clients are closed within a bound (finding 5b)', () => {
  test.describe.configure({ mode: 'serial' });
  const PORT = Number(process.env.E2E_PORT ?? 3100) + 21;
  let server: ChildProcess | undefined;
  let dataDir = '';

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gka-slow-'));
    server = await startServer(PORT, dataDir, { GKA_HEADERS_TIMEOUT_MS: '1000', GKA_REQUEST_TIMEOUT_MS: '3000' });
    // Past the work after the start (the database opened, the search index built), which holds the
    // event loop a while on a busy machine and with it the checks of the timeouts.
    await expect.poll(async () => (await fetch(`http://127.0.0.1:${PORT}/ready`)).status, { timeout: 60_000 }).toBe(200);
  });
  test.afterAll(async () => {
    if (server) await stopServer(server);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** Sends `text` a byte every `gap` ms and says when (and whether) the server closed the socket. */
  function trickle(text: string, gap: number, cap: number): Promise<{ closedAfter: number; answer: string }> {
    return new Promise((resolve) => {
      const start = Date.now();
      const socket = net.connect(PORT, '127.0.0.1');
      let answer = '';
      let i = 0;
      const timer = setInterval(() => {
        if (Date.now() - start > cap) {
          clearInterval(timer);
          socket.destroy();
          resolve({ closedAfter: Infinity, answer });
        } else if (i < text.length) socket.write(text[i++]);
      }, gap);
      socket.on('data', (d: Buffer) => (answer += d.toString('latin1')));
      socket.on('error', () => {});
      socket.on('close', () => {
        clearInterval(timer);
        resolve({ closedAfter: Date.now() - start, answer });
      });
    });
  }

  test('a head sent a byte at a time is closed after the head timeout, with a 408', async () => {
    const head = `GET /themas HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Langzaam: ${'a'.repeat(500)}\r\n\r\n`;
    const results = await Promise.all([trickle(head, 50, 15_000), trickle(head, 200, 15_000), trickle('G', 50, 15_000)]);
    for (const r of results) {
      expect(r.closedAfter).toBeLessThan(5_000);
      expect(r.answer === '' || r.answer.startsWith('HTTP/1.1 408')).toBe(true);
    }
  });

  test('a body sent a byte at a time is closed after the request timeout', async () => {
    // The form endpoint once as any visitor uses it, so that loading its code does not count.
    await fetch(`http://127.0.0.1:${PORT}/formulieren/verzenden`, {
      method: 'POST',
      body: 'formulier=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    const head = `POST /formulieren/verzenden HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 5000\r\n\r\n`;
    const socket = net.connect(PORT, '127.0.0.1');
    const start = Date.now();
    socket.write(head);
    const closedAfter = await new Promise<number>((resolve) => {
      const timer = setInterval(() => socket.write('a'), 100);
      socket.on('error', () => {});
      socket.on('close', () => {
        clearInterval(timer);
        resolve(Date.now() - start);
      });
      setTimeout(() => {
        clearInterval(timer);
        socket.destroy();
        resolve(Infinity);
      }, 20_000);
    });
    // Generous for a busy machine: without the bound, Node waits 300 s.
    expect(closedAfter).toBeLessThan(10_000);
  });

  test('a kept-alive connection that waits between requests is not taken for a slow one', async () => {
    const socket = net.connect(PORT, '127.0.0.1');
    let answer = '';
    socket.on('data', (d: Buffer) => (answer += d.toString('latin1')));
    const ask = async () => {
      answer = '';
      socket.write('GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
      await expect.poll(() => answer, { timeout: 5_000 }).toContain('"status":"ok"');
    };
    await ask();
    // Longer than the head timeout (1 s), shorter than the keep-alive timeout (65 s).
    await new Promise((r) => setTimeout(r, 2_500));
    expect(socket.destroyed).toBe(false);
    await ask();
    socket.destroy();
  });

  test('an ordinary visitor is answered as always', async () => {
    const response = await fetch(`http://127.0.0.1:${PORT}/themas`);
    expect(response.status).toBe(200);
  });
});
