import autocannon from 'autocannon';
import { expect, test } from '@playwright/test';

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
