// What the production server can answer without asking Next: the route outputs the build made for
// good (no revalidation: share images, the map outline, the finder's list, the feed stylesheet),
// as the build manifest lists them; and how it sends them. Framework-free so the mapping is
// unit-tested. Pages are never among them: every page is the route table's (server/routes.ts).
import fs from 'node:fs';
import path from 'node:path';
import { isForGood, type Prerendered } from '@/lib/build/manifest';
import { isInternalHeader } from './security-headers';

export type StaticEntry = { file: string; status: number; headers: Record<string, string> };

/** `/nl/themas` → `/themas`, `/nl` → `/`: Dutch lives without prefix (localePrefix 'as-needed'). */
export function publicPath(route: string, defaultLocale: string): string {
  if (route === `/${defaultLocale}`) return '/';
  return route.startsWith(`/${defaultLocale}/`) ? route.slice(defaultLocale.length + 1) : route;
}

/**
 * The route outputs made for good, from the build manifest (files from `root`). Left to Next:
 * its own pages (error pages), whatever revalidates, and anything whose file is missing.
 */
export function staticEntries(prerendered: readonly Prerendered[], root: string, defaultLocale: string): Map<string, StaticEntry> {
  const entries = new Map<string, StaticEntry>();
  for (const p of prerendered) {
    if (!isForGood(p) || p.kind !== 'route') continue;
    const file = path.join(root, p.file);
    if (!fs.existsSync(file)) continue;
    const headers = Object.fromEntries(Object.entries(p.headers).filter(([k]) => !isInternalHeader(k)));
    entries.set(publicPath(p.pathname, defaultLocale), { file, status: 200, headers });
  }
  return entries;
}

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|rss\+xml|atom\+xml|ld\+json|manifest\+json)|image\/svg\+xml)/;

export const isCompressible = (contentType: string) => COMPRESSIBLE.test(contentType);

/** The encoding to answer with: Brotli when offered, else gzip, else none. `q=0` refuses. */
export function chooseEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | undefined {
  const offered = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
    offered.set(name, q === undefined ? 1 : Number(q));
  }
  const ok = (name: string) => (offered.get(name) ?? offered.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return undefined;
}
