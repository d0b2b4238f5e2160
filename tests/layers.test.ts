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
    /** The values named in `{ … }` (not those marked `type`). */
    values: (/\{([^}]*)\}/.exec(m[0])?.[1] ?? '')
      .split(',')
      .map((n) => n.trim().split(/\s+as\s+/)[0])
      .filter((n) => n && !n.startsWith('type ')),
  }));
const offending = (dir: string, bad: (from: string, typeOnly: boolean, file: string) => boolean) =>
  sources(dir).flatMap((file) =>
    importsOf(file)
      .filter((i) => bad(i.from, i.typeOnly, file))
      .map((i) => `${file} → ${i.from}`),
  );

/** Where an import leads: a folder of lib/ (its index.ts), the generated content, or a file. */
function target(file: string, from: string): string {
  if (from === 'contentlayer/generated' || from.includes('.contentlayer/')) return '.contentlayer';
  const base = from.startsWith('@/') ? path.join(root, from.slice(2)) : from.startsWith('.') ? path.resolve(root, path.dirname(file), from) : '';
  if (base && fs.existsSync(path.join(base, 'index.ts'))) return path.relative(root, path.join(base, 'index.ts')).split(path.sep).join('/');
  return from;
}
/** The proxy cannot load the content, so it reads the build's small index files of sign-up pages. */
const PROXY_BINDINGS = new Set(['lib/forms/signup-slugs.ts']);

/** The content compiled into the build: opened as a release by lib/content/index.ts, and only there. */
const CONTENT = 'lib/content/index.ts';

/**
 * Pages still on the old module-level collections of lib/content (its compatibility exports),
 * until their markup moves into components/pages views that are handed a snapshot.
 */
/** The one module in lib/ that binds staff sessions to Next's cookies and redirects. */
const NEXT_BINDINGS = new Set(['lib/staff/index.ts']);

describe('layers', () => {
  it('lib/ imports nothing from app/, components/ or server/', () => {
    expect(offending('lib', (from) => /^@\/(app|components|server)\//.test(from))).toEqual([]);
  });

  it('lib/ uses Next only where it binds to it, or for a type', () => {
    expect(offending('lib', (from, typeOnly, file) => /^next(\/|$)/.test(from) && !typeOnly && !NEXT_BINDINGS.has(file))).toEqual([]);
  });

  it("in lib/, only a folder's index.ts binds the domain to the content or to another binding; the rest is pure", () => {
    // lib/db/index.ts is the database itself (opened with options, or the process's one), not a binding to content.
    const bound = (t: string) => t === '.contentlayer' || (/^lib\/[^/]+\/index\.ts$/.test(t) && t !== 'lib/db/index.ts');
    expect(
      offending('lib', (from, typeOnly, file) => !typeOnly && !file.endsWith('/index.ts') && !PROXY_BINDINGS.has(file) && bound(target(file, from))),
    ).toEqual([]);
  });

  it('only lib/content/index.ts takes values from the generated content; elsewhere its types at most', () => {
    // The proxy's index of sign-up pages aside (PROXY_BINDINGS): it reads the build's files, not the content.
    const bad = (from: string, typeOnly: boolean, file: string) =>
      !typeOnly && file !== CONTENT && !PROXY_BINDINGS.has(file) && target(file, from) === '.contentlayer';
    expect(['app', 'components', 'lib', 'server', 'scripts'].flatMap((dir) => offending(dir, bad))).toEqual([]);
  });

  it('lib/ is handed its content: only lib/content/index.ts names the bundled release or currentContent, and no module imports values from it', () => {
    const naming = sources('lib').filter(
      (file) => file !== CONTENT && /\b(bundledRelease|currentContent)\b/.test(fs.readFileSync(path.join(root, file), 'utf8')),
    );
    expect(naming).toEqual([]);
    expect(offending('lib', (from, typeOnly, file) => !typeOnly && file !== CONTENT && target(file, from) === CONTENT)).toEqual([]);
  });

  it('components/ take their content as props: from lib/content only types', () => {
    expect(offending('components', (from, typeOnly, file) => !typeOnly && target(file, from) === CONTENT)).toEqual([]);
  });

  it('app/ takes one snapshot per request (currentContent)', () => {
    // currentRelease: the editor's preview opens the served release again with a draft in it (lib/editor/preview.ts).
    const allowed = new Set(['currentContent', 'currentRelease']);
    const wrong = sources('app').flatMap((file) =>
      importsOf(file)
        .filter((i) => !i.typeOnly && target(file, i.from) === CONTENT && i.values.some((v) => !allowed.has(v)))
        .map((i) => `${file} → ${i.values.join(', ')}`),
    );
    expect(wrong).toEqual([]);
  });

  it('components/ import no routes and no server (the site stylesheet in app/ aside)', () => {
    expect(offending('components', (from) => /^@\/(app|server)\//.test(from) && !from.endsWith('.css'))).toEqual([]);
  });
});
