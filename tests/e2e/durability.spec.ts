import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { QUESTION, sleep, tokenFrom } from './support/forms';
import { startServer, stopServer } from './support/server';

// Never lose a submission: 200 at once are stored exactly once, and a server killed in the middle
// of a burst has every submission it acknowledged. Each test runs its own server and data folder.

test.describe.configure({ mode: 'serial' });

const PORT = 3190;
const base = `http://127.0.0.1:${PORT}`;

async function tokens(count: number): Promise<string[]> {
  const out: string[] = [];
  while (out.length < count) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(20, count - out.length) }, async () => tokenFrom(await (await fetch(`${base}/contact/vraag-stellen`)).text())),
    );
    out.push(...batch);
  }
  return out;
}

/** A question posted as a browser without JavaScript posts it. */
const postQuestion = (token: string, vraag = QUESTION.vraag) =>
  fetch(`${base}/formulieren/verzenden`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...QUESTION, vraag, formulier: token, taal: 'nl' }),
  });

/** The reference, if the server acknowledged the question. */
async function send(token: string, n: number): Promise<string | undefined> {
  const response = await postQuestion(token, `vraag ${n}`);
  const location = response.headers.get('location') ?? '';
  return response.status === 303 ? /kenmerk=(GKA-[0-9A-Z-]+)/.exec(location)?.[1] : undefined;
}

function storedReferences(dataDir: string): string[] {
  const out = execFileSync('node', ['scripts/run-ts.mjs', 'tests/e2e/support/stored-references.ts', dataDir], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').at(-1)!) as string[];
}

test('200 concurrent submissions, each also sent twice, are stored exactly once', async () => {
  test.setTimeout(240_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gka-burst-'));
  const server = await startServer(PORT, dataDir);
  try {
    const all = await tokens(200);
    await sleep(3_100);
    // Every token twice, all at once: a double click for each of 200 visitors.
    const results = await Promise.all([...all, ...all].map((token, i) => send(token, i % 200)));
    expect(results.filter((r) => r === undefined)).toHaveLength(0);
    const byToken = all.map((_, i) => [results[i], results[i + 200]]);
    for (const [first, second] of byToken) expect(second).toBe(first);
    expect(new Set(results).size).toBe(200);
  } finally {
    await stopServer(server);
  }
  const stored = storedReferences(dataDir);
  expect(stored).toHaveLength(200);
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test('a server killed (SIGKILL) during a burst has kept every submission it acknowledged', async () => {
  test.setTimeout(240_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gka-kill-'));
  const tokenFile = path.join(dataDir, 'tokens.json');
  const ackFile = path.join(dataDir, 'acks.txt');
  let server = await startServer(PORT, dataDir);
  const acks = () => (fs.existsSync(ackFile) ? fs.readFileSync(ackFile, 'utf8').split('\n').filter(Boolean) : []);
  let result = '';
  try {
    fs.writeFileSync(tokenFile, JSON.stringify(await tokens(600)));
    await sleep(3_100);
    // The sender is a process of its own, so that the kill happens under real load.
    const burst = spawn('node', ['tests/e2e/support/burst.mjs', base, tokenFile, ackFile], { stdio: ['ignore', 'pipe', 'inherit'] });
    burst.stdout.on('data', (d) => (result += String(d)));
    const finished = new Promise((r) => burst.once('exit', r));
    while (acks().length < 150) await sleep(20);
    await stopServer(server, 'SIGKILL');
    await finished;
  } finally {
    await stopServer(server, 'SIGKILL');
  }
  const acknowledged = acks();
  expect(acknowledged.length).toBeGreaterThanOrEqual(150);
  expect(JSON.parse(result).failed, 'requests cut off by the kill').toBeGreaterThan(0);
  const stored = new Set(storedReferences(dataDir));
  expect(acknowledged.filter((r) => !stored.has(r))).toEqual([]);

  // The server starts again on the same data (the lock of the killed process is taken over).
  server = await startServer(PORT, dataDir);
  const received = await fetch(`${base}/ontvangen?kenmerk=${acknowledged[0]}`);
  expect(await received.text()).toContain(acknowledged[0]);
  await stopServer(server);
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test('the rate limit per address sends the form back with a notice and everything typed', async ({ page }) => {
  test.setTimeout(120_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gka-limit-'));
  const server = await startServer(PORT, dataDir, { GKA_FORM_LIMIT: '2' });
  try {
    const [a, b, c] = await tokens(3);
    await sleep(3_100);
    expect(await send(a, 1)).toBeDefined();
    expect(await send(b, 2)).toBeDefined();
    const third = await postQuestion(c);
    expect(third.status).toBe(303);
    await page.goto(`${base}${third.headers.get('location')}`);
    await expect(page.locator('#fouten')).toContainText('Wacht 10 minuten');
    await expect(page.locator('#veld-vraag')).toHaveValue(QUESTION.vraag);
  } finally {
    await stopServer(server);
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
});
