import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLineWriter, isoTime, logError, pathOf } from './log';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'gka-log-'));

describe('request log', () => {
  afterEach(() => vi.restoreAllMocks());

  it('keeps the path and drops the query string and fragment', () => {
    expect(pathOf('/zoeken?q=mijn+naam')).toBe('/zoeken');
    expect(pathOf('/ontvangen?kenmerk=GKA-AAAA-BBBB#x')).toBe('/ontvangen');
    expect(pathOf('/a#b?c')).toBe('/a');
    expect(pathOf('/a?b#c?d')).toBe('/a');
    expect(pathOf('?alleen=vraag')).toBe('');
    expect(pathOf(undefined)).toBe('/');
    expect(pathOf(`/${'a'.repeat(2000)}`)).toHaveLength(512);
    expect(pathOf(`/${'a'.repeat(2000)}?q=x`)).toHaveLength(512);
  });

  it('writes the time as toISOString does, across seconds, minutes and years', () => {
    for (const ms of [0, 999, 1000, 1_764_000_000_000, 1_764_000_000_999.7, 1_764_000_059_999, 1_764_000_060_001, Date.UTC(2026, 11, 31, 23, 59, 59, 999)])
      expect(isoTime(ms)).toBe(new Date(Math.floor(ms)).toISOString());
    // The same second asked again after another: the cached part follows.
    expect(isoTime(5_000)).toBe('1970-01-01T00:00:05.000Z');
    expect(isoTime(4_123)).toBe('1970-01-01T00:00:04.123Z');
  });

  it('writes every line, in order, whole, to a file', async () => {
    const file = path.join(tmp(), 'log');
    const fd = fs.openSync(file, 'w');
    const out = createLineWriter(fd, { gatherMs: 1 });
    const lines = Array.from({ length: 20_000 }, (_, i) => `{"n":${i},"path":"/${'x'.repeat(i % 300)}"}\n`);
    for (const [i, line] of lines.entries()) {
      out.write(line);
      if (i % 5000 === 0) await new Promise((r) => setTimeout(r, 5));
    }
    await out.drain();
    fs.closeSync(fd);
    expect(fs.readFileSync(file, 'utf8')).toBe(lines.join(''));
  });

  it('says how many lines it left out when the reader fell behind, instead of growing without bound', async () => {
    const file = path.join(tmp(), 'log');
    const fd = fs.openSync(file, 'w');
    const out = createLineWriter(fd, { gatherMs: 60_000, maxWaitingChars: 1000 });
    for (let i = 0; i < 30; i++) out.write(`${String(i).padStart(99, '0')}\n`);
    await out.drain();
    fs.closeSync(fd);
    const written = fs.readFileSync(file, 'utf8').trim().split('\n');
    expect(JSON.parse(written[0])).toMatchObject({ level: 'warn', message: expect.stringContaining('20 logregel(s) overgeslagen') });
    expect(written.slice(1)).toEqual(Array.from({ length: 10 }, (_, i) => String(i).padStart(99, '0')));
  });

  it('resolves drain at once when nothing waits, and writes what waits at exit synchronously', async () => {
    const file = path.join(tmp(), 'log');
    const fd = fs.openSync(file, 'w');
    const out = createLineWriter(fd, { gatherMs: 60_000 });
    await out.drain();
    out.write('een\n');
    out.write('twee\n');
    out.flushSync();
    expect(fs.readFileSync(file, 'utf8')).toBe('een\ntwee\n');
    await out.drain();
    fs.closeSync(fd);
  });

  it('writes an error as one JSON line with its stack on stderr', () => {
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    logError('Renderen van /x', new Error('stuk'));
    expect(written).toHaveLength(1);
    const entry = JSON.parse(written[0]);
    expect(entry).toMatchObject({ level: 'error', message: 'Renderen van /x: stuk' });
    expect(entry.stack).toContain('log.test.ts');
  });
});

// A real server process (tests/fixtures/log-server.ts) with stdout to a pipe this test reads, as
// `npm start` and systemd give it, or to a file; SIGTERM while requests are under way.
describe('request log of a running server', () => {
  async function run({ toFile = false, env = {} }: { toFile?: boolean; env?: Record<string, string> } = {}) {
    const dir = tmp();
    const file = path.join(dir, 'stdout');
    const fd = toFile ? fs.openSync(file, 'w') : undefined;
    const child = spawn('node', ['scripts/run-ts.mjs', 'tests/fixtures/log-server.ts'], {
      cwd: path.resolve(import.meta.dirname, '..'),
      stdio: ['ignore', fd ?? 'pipe', 'pipe'],
      env: { ...process.env, GKA_DATA_DIR: dir, ...env },
    });
    if (fd !== undefined) fs.closeSync(fd);
    let stdout = '';
    child.stdout?.on('data', (d) => (stdout += d));
    let stderr = '';
    const port = await new Promise<number>((resolve, reject) => {
      child.stderr!.on('data', (d) => {
        stderr += d;
        const m = stderr.match(/poort (\d+)/);
        if (m) resolve(Number(m[1]));
      });
      child.once('exit', () => reject(new Error(`de testserver stopte: ${stderr}`)));
    });
    const origin = `http://127.0.0.1:${port}`;
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));

    const answers = await Promise.all(Array.from({ length: 300 }, (_, i) => fetch(`${origin}/snel/${i}?q=persoonlijk`).then((r) => r.status)));
    const post = await fetch(`${origin}/formulieren/verzenden?email=anna@example.nl`, {
      method: 'POST',
      body: 'naam=Anna+de+Vries&vraag=geheim',
      redirect: 'manual',
    });
    // Cut off by the client before the answer.
    const cut = new AbortController();
    const aborted = fetch(`${origin}/afgebroken?wacht=5000`, { signal: cut.signal }).catch(() => 'afgebroken');
    // Under way when SIGTERM comes, answered within the grace.
    const slow = Array.from({ length: 20 }, (_, i) => fetch(`${origin}/traag/${i}?wacht=600`).then((r) => r.status));
    for (let i = 0; i < 200 && !stderr.includes('ontvangen /afgebroken'); i++) await new Promise((r) => setTimeout(r, 25));
    cut.abort();
    await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGTERM');
    const slowAnswers = await Promise.all(slow);
    const code = await exited;
    await aborted;
    const text = toFile ? fs.readFileSync(file, 'utf8') : stdout;
    return { code, answers: [...answers, post.status, ...slowAnswers], text, lines: text.split('\n').filter(Boolean) };
  }

  it('writes one line for every request, none lost when stopping, with a pipe as stdout', async () => {
    const { code, answers, text, lines } = await run();
    expect(code).toBe(0);
    expect(answers.every((s) => s === 200 || s === 303)).toBe(true);
    expect(text.endsWith('\n')).toBe(true);
    const entries = lines.map((l) => JSON.parse(l));
    const requests = entries.filter((e) => e.path);
    expect(requests.filter((e) => e.path.startsWith('/snel/'))).toHaveLength(300);
    expect(requests.filter((e) => e.path.startsWith('/traag/') && e.status === 200)).toHaveLength(20);
    expect(new Set(requests.map((e) => e.path)).size).toBe(requests.length);
    for (const e of requests) {
      expect(Object.keys(e).sort()).toEqual(e.aborted ? ['aborted', 'method', 'ms', 'path', 'status', 'time'] : ['method', 'ms', 'path', 'status', 'time']);
      expect(e.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(Math.abs(Date.parse(e.time) - Date.now())).toBeLessThan(5 * 60_000);
      expect(e.ms).toBeGreaterThanOrEqual(0);
    }
    expect(requests.find((e) => e.path.startsWith('/traag/')).ms).toBeGreaterThanOrEqual(500);
    expect(requests.find((e) => e.method === 'POST')).toMatchObject({ path: '/formulieren/verzenden', status: 303 });
    expect(requests.find((e) => e.path === '/afgebroken')).toMatchObject({ aborted: true });
    expect(entries.filter((e) => e.event === 'stopping')).toEqual([expect.objectContaining({ signal: 'SIGTERM' })]);
    expect(text).not.toMatch(/persoonlijk|anna|Vries|geheim|wacht/);
  });

  it('writes the same to a file, and with GKA_REQUEST_LOG=0 only the stop', async () => {
    const toFile = await run({ toFile: true });
    expect(toFile.code).toBe(0);
    const paths = toFile.lines.map((l) => JSON.parse(l).path).filter(Boolean);
    expect(paths.filter((p) => p !== '/afgebroken').sort()).toEqual(
      ['/formulieren/verzenden', ...Array.from({ length: 300 }, (_, i) => `/snel/${i}`), ...Array.from({ length: 20 }, (_, i) => `/traag/${i}`)].sort(),
    );
    const off = await run({ env: { GKA_REQUEST_LOG: '0' } });
    expect(off.code).toBe(0);
    expect(off.lines.map((l) => JSON.parse(l))).toEqual([expect.objectContaining({ event: 'stopping' })]);
  });
});
