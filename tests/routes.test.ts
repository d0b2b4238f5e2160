// The boundary between pages, feeds, files, endpoints and content pages is written down in four
// places nothing else checks against each other: the route table (server/routes.ts), the folders
// Next still has in app/, the proxy's matcher, and the reserved paths of lib/urls.ts. This holds
// them together.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILE_SECTIONS, FIXED_SECTIONS, FIXED_SUBPAGES, isReservedPagePath, UNLOCALISED_SECTIONS } from '@/lib/urls';
import { ROUTES } from '@/server/routes';

const app = path.join(process.cwd(), 'app');
const folders = (dir: string) =>
  fs
    .readdirSync(path.join(app, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory() || /\.(ics|xml|json)$/.test(e.name))
    .map((e) => e.name)
    .sort();
/** Route folders with a page below them, as paths (contact/vraag-stellen). */
const pagesUnder = (dir: string): string[] =>
  fs
    .readdirSync(path.join(app, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.name === 'page.tsx')
    .map((e) => path.relative(path.join(app, dir), e.parentPath).split(path.sep).join('/'));
// The matcher must be a literal in proxy.ts (Next reads it at build time), so it is read as text;
// its pattern is a plain regular expression in Next's path syntax.
const source = fs.readFileSync(path.join(process.cwd(), 'proxy.ts'), 'utf8');
const matchers = [...source.slice(source.indexOf('matcher:')).matchAll(/'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1].replace(/\\\\/g, '\\'));
const proxied = (pathname: string) => matchers.some((m) => new RegExp(`^${m}$`).test(pathname));

describe('routes and the locale proxy', () => {
  it('every fixed page, of the route table or of Next, is a reserved section or a reserved page below a content page', () => {
    const table = ROUTES.filter((r) => r.kind !== 'file' && r.pattern.pattern !== '/' && !r.pattern.pattern.startsWith('/*')).map(
      (r) => r.pattern.pattern.split('/')[1],
    );
    const next = folders('(site)/[locale]').filter((f) => !['contact', 'voor-scholen'].includes(f));
    const sections = [...new Set([...table, ...next])].sort();
    expect(sections).toEqual([...FIXED_SECTIONS].sort());
    const nested = ['contact', 'voor-scholen'].flatMap((f) => pagesUnder(`(site)/[locale]/${f}`).map((p) => `${f}/${p}`));
    expect(nested.sort()).toEqual([...FIXED_SUBPAGES]);
  });

  it('the proxy leaves endpoints and the staff view alone, and handles every page', () => {
    expect([...folders('(endpoints)'), 'beheer'].sort()).toEqual([...UNLOCALISED_SECTIONS]);
    for (const s of UNLOCALISED_SECTIONS) {
      expect(proxied(`/${s}`), s).toBe(false);
      expect(proxied(`/${s}/iets`), s).toBe(false);
    }
    for (const s of FIXED_SECTIONS) expect(proxied(`/${s}`), s).toBe(true);
    expect(proxied('/over-de-gka')).toBe(true);
  });

  it('feeds and files have a dot in their address, so the proxy skips them; their first segments are reserved', () => {
    const table = ROUTES.filter((r) => r.kind === 'file' && r.pattern.pattern.includes('/', 1)).map((r) => r.pattern.pattern.split('/')[1]);
    const rootFiles = ROUTES.filter((r) => r.kind === 'file' && !r.pattern.pattern.includes('/', 1)).map((r) => r.pattern.pattern.slice(1));
    expect([...new Set([...table, ...rootFiles.filter((f) => !f.startsWith('sitemap')), ...folders('(feeds)'), ...folders('(files)')])].sort()).toEqual(
      [...FILE_SECTIONS].sort(),
    );
    for (const p of [
      '/actueel/nieuws/rss.xml',
      '/agenda.ics',
      '/agenda/x.ics',
      '/open-data/interventies.csv',
      '/deelafbeeldingen/home.png',
      '/kaart/nederland.svg',
      '/regiocoordinatoren/gemeenten.json',
      '/downloads/bundel/interventiebundel.pdf',
      '/sitemap.xml',
    ])
      expect(proxied(p), p).toBe(false);
  });

  it('no content page can take an address that a route has', () => {
    for (const p of [...FIXED_SECTIONS, ...UNLOCALISED_SECTIONS, ...FIXED_SUBPAGES, 'en', 'nl', 'agenda', 'actueel/nieuws'])
      expect(isReservedPagePath(p), p).toBe(true);
    for (const p of ['over-de-gka', 'contact', 'voor-scholen', 'voor-scholen/dashboard', 'privacy']) expect(isReservedPagePath(p), p).toBe(false);
  });
});

describe('server actions', () => {
  it("there are none: the production server refuses every Next-Action request (server/index.ts), so no file may say 'use server'", () => {
    const files = ['app', 'components', 'lib', 'i18n'].flatMap((dir) =>
      fs
        .readdirSync(path.join(process.cwd(), dir), { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && /\.(ts|tsx|js|mjs)$/.test(e.name))
        .map((e) => path.join(e.parentPath, e.name)),
    );
    expect(files.length).toBeGreaterThan(50);
    const withActions = files.filter((f) => /^\s*['"]use server['"]/m.test(fs.readFileSync(f, 'utf8')));
    expect(withActions).toEqual([]);
  });
});
