// `npm run dev` end to end: the production renderer with the development stylesheet, and a content
// change on the page within seconds. In a copy of the project (its files, node_modules hard-linked,
// the content in a folder of its own: CONTENT_DIR), so the content build, next dev and the release
// store never touch this checkout while other tests read it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
// The brief's range for this test, clear of the ports the other suites use.
const PORT = Number(process.env.GKA_DEV_TEST_PORT ?? 4520);
const base = `http://127.0.0.1:${PORT}`;
const NEWS = 'nieuws/30-gka-agendas-gereed.md';
const TITLE = "De eerste 30 GKA-agenda's zijn klaar";

let work: string;
let dev: ChildProcess | undefined;
let output = '';

async function until<T>(what: string, seconds: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (dev?.exitCode !== null) throw new Error(`npm run dev stopte (${dev?.exitCode}):\n${output.slice(-3000)}`);
    const found = await probe().catch(() => undefined);
    if (found !== undefined) return found;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} niet binnen ${seconds} s:\n${output.slice(-3000)}`);
}

const page = async (address: string) => {
  const res = await fetch(base + address);
  return res.ok ? res.text() : undefined;
};

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'gka-dev-'));
  const files = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  for (const file of files.stdout.split('\0').filter((f) => f && fs.existsSync(path.join(ROOT, f)))) {
    fs.mkdirSync(path.dirname(path.join(work, file)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, file), path.join(work, file));
  }
  // Hard links: seconds, not a copy of the packages. Nothing here writes into an installed file.
  expect(spawnSync('cp', ['-al', path.join(ROOT, 'node_modules'), path.join(work, 'node_modules')]).status).toBe(0);
  // As old as the checkout's: scripts/lib.mjs ensureDependencies installs nothing.
  const { atime, mtime } = fs.statSync(path.join(ROOT, 'package.json'));
  fs.utimesSync(path.join(work, 'package.json'), atime, mtime);
  fs.renameSync(path.join(work, 'content'), path.join(work, 'redactie'));

  dev = spawn('npm', ['run', 'dev'], {
    cwd: work,
    // A group of its own: npm, dev.mjs, the server and the watchers end together (afterAll).
    detached: true,
    env: {
      ...process.env,
      PATH: `${path.dirname(process.execPath)}:${process.env.PATH}`,
      PORT: String(PORT),
      CONTENT_DIR: 'redactie',
      GKA_DATA_DIR: path.join(work, '.data'),
      DATABASE_URL: '',
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  dev.stdout!.on('data', (d) => (output += d));
  dev.stderr!.on('data', (d) => (output += d));
}, 60_000);

afterAll(async () => {
  if (dev?.pid && dev.exitCode === null) {
    const exited = new Promise((r) => dev!.once('exit', r));
    process.kill(-dev.pid, 'SIGTERM');
    const killed = setTimeout(() => process.kill(-dev!.pid!, 'SIGKILL'), 10_000);
    await exited;
    // The server ends a moment after npm: the group is gone when nothing in it answers a signal.
    for (let i = 0; i < 60; i++) {
      try {
        process.kill(-dev.pid, 0);
      } catch {
        break;
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    clearTimeout(killed);
  }
  fs.rmSync(work, { recursive: true, force: true });
}, 30_000);

describe('npm run dev', () => {
  it('serves the pages through the production renderer, with the stylesheet, and shows a content change within seconds', async () => {
    const home = await until('De homepage', 120, () => page('/'));
    const stylesheet = /<link rel="stylesheet" href="([^"]+)"/.exec(home)?.[1];
    expect(stylesheet).toBe('/_dev/site.css');
    const css = await fetch(base + stylesheet);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
    expect(await css.text()).toContain('--color-brand-900');

    expect(await page('/actueel/nieuws')).toContain(TITLE.replace("'", '&#x27;'));
    const file = path.join(work, 'redactie', NEWS);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(TITLE, 'Nieuwe titel uit de test'));
    const changed = Date.now();
    await until('De nieuwe titel', 30, async () => ((await page('/actueel/nieuws'))?.includes('Nieuwe titel uit de test') ? true : undefined));
    // The brief's ~10 s, with room for a busy machine.
    expect(Date.now() - changed).toBeLessThan(20_000);
  }, 170_000);
});
