// The layers of the checkout (docs/architectuur.md): lib/ is domain logic without the framework,
// components/ render what they are given, app/ and server/ bind the two. Imports are the only
// place a layer can leak, so this reads them.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = process.cwd();
const sources = (dir: string) =>
  fs
    .readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
const importsOf = (file: string) =>
  [...fs.readFileSync(path.join(root, file), 'utf8').matchAll(/^(?:import|export)\s(?:[^;]*?from\s+)?'([^']+)'/gms)].map((m) => ({
    from: m[1],
    typeOnly: /^(?:import|export)\s+type\s/.test(m[0]),
  }));
const offending = (dir: string, bad: (from: string, typeOnly: boolean, file: string) => boolean) =>
  sources(dir).flatMap((file) =>
    importsOf(file)
      .filter((i) => bad(i.from, i.typeOnly, file))
      .map((i) => `${file} → ${i.from}`),
  );

/** The one module in lib/ that binds staff sessions to Next's cookies and redirects. */
const NEXT_BINDINGS = new Set(['lib/staff/index.ts']);

describe('layers', () => {
  it('lib/ imports nothing from app/, components/ or server/', () => {
    expect(offending('lib', (from) => /^@\/(app|components|server)\//.test(from))).toEqual([]);
  });

  it('lib/ uses Next only where it binds to it, or for a type', () => {
    expect(offending('lib', (from, typeOnly, file) => /^next(\/|$)/.test(from) && !typeOnly && !NEXT_BINDINGS.has(file))).toEqual([]);
  });

  it('components/ import no routes and no server (the site stylesheet in app/ aside)', () => {
    expect(offending('components', (from) => /^@\/(app|server)\//.test(from) && !from.endsWith('.css'))).toEqual([]);
  });
});
