import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushLog, logError, logRequest, pathOf } from './log';

describe('request log', () => {
  afterEach(() => vi.restoreAllMocks());

  it('keeps the path and drops the query string and fragment', () => {
    expect(pathOf('/zoeken?q=mijn+naam')).toBe('/zoeken');
    expect(pathOf('/ontvangen?kenmerk=GKA-AAAA-BBBB#x')).toBe('/ontvangen');
    expect(pathOf(undefined)).toBe('/');
    expect(pathOf(`/${'a'.repeat(2000)}`)).toHaveLength(512);
  });

  it('writes one JSON line per request: method, path, status, duration; never the query or the body', async () => {
    const lines: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      return true;
    });
    const server = http.createServer((req, res) => {
      logRequest(req, res);
      req.resume();
      req.on('end', () => {
        res.statusCode = 303;
        res.end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const { port } = server.address() as AddressInfo;
    await fetch(`http://127.0.0.1:${port}/formulieren/verzenden?email=anna@example.nl`, {
      method: 'POST',
      body: 'naam=Anna+de+Vries&vraag=geheim',
      redirect: 'manual',
    });
    await new Promise((r) => setTimeout(r, 50));
    flushLog();
    await new Promise<void>((r) => server.close(() => r()));
    const mine = lines.filter((l) => l.includes('/formulieren/verzenden'));
    expect(mine).toHaveLength(1);
    const entry = JSON.parse(mine[0]);
    expect(entry).toMatchObject({ method: 'POST', path: '/formulieren/verzenden', status: 303, ms: expect.any(Number) });
    expect(Object.keys(entry).sort()).toEqual(['method', 'ms', 'path', 'status', 'time']);
    expect(mine[0]).not.toMatch(/anna|Vries|geheim/);
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
