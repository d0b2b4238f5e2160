import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { deriveKey, readOrCreateSecret } from '@/lib/secret';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gka-secret-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the server secret', () => {
  it('is made once, whole, and kept for the server user only', () => {
    const file = path.join(dir, 'een', 'secret');
    const first = readOrCreateSecret(file);
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(readOrCreateSecret(file)).toBe(first);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['secret']);
  });

  it('gives every one of many processes racing to make it the same, complete secret', async () => {
    // Real processes, started together, each with this module bundled as the server has it.
    const bundle = path.join(process.cwd(), '.cache', `secret-race-${process.pid}.mjs`);
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
    await build({
      entryPoints: ['lib/secret.ts'],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: bundle,
      external: Object.keys(pkg.dependencies),
      logLevel: 'silent',
    });
    const file = path.join(dir, 'race', 'secret');
    const run = () =>
      new Promise<string>((resolve, reject) =>
        execFile(
          process.execPath,
          [
            '--input-type=module',
            '-e',
            `const m = await import(${JSON.stringify(bundle)}); process.stdout.write(m.readOrCreateSecret(${JSON.stringify(file)}));`,
          ],
          (error, stdout) => (error ? reject(error) : resolve(stdout)),
        ),
      );
    try {
      const secrets = await Promise.all(Array.from({ length: 8 }, run));
      expect(new Set(secrets).size).toBe(1);
      expect(secrets[0]).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(fs.readdirSync(path.dirname(file))).toEqual(['secret']);
    } finally {
      fs.rmSync(bundle, { force: true });
    }
  }, 60_000);

  it('refuses a file that is empty or short instead of signing with it', () => {
    const file = path.join(dir, 'kort');
    fs.writeFileSync(file, '');
    expect(() => readOrCreateSecret(file)).toThrow(/is leeg of te kort \(minstens 32 tekens\)/);
    fs.writeFileSync(file, 'kort');
    expect(() => readOrCreateSecret(file)).toThrow(/verwijder het bestand/);
  });

  it('derives a different key for each purpose, and none from a short secret', () => {
    const secret = 'x'.repeat(43);
    const keys = (['formulieren', 'beheer-inloggen', 'sessies', 'limieten'] as const).map((p) => deriveKey(secret, p));
    expect(new Set(keys).size).toBe(4);
    expect(keys.every((k) => k !== secret && /^[A-Za-z0-9_-]{43}$/.test(k))).toBe(true);
    expect(deriveKey(secret, 'formulieren')).toBe(keys[0]);
    expect(() => deriveKey('', 'formulieren')).toThrow(/te kort/);
  });
});
