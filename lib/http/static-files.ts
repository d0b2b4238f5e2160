// What the production server can answer without asking Next: every page and route output that
// the build prerendered for good (no revalidation), as the build manifest lists them; and how it
// sends them. Framework-free so the mapping is unit-tested.
import fs from 'node:fs';
import path from 'node:path';
import { isForGood, type Prerendered } from '@/lib/build/manifest';
import { isInternalHeader } from './security-headers';

export type StaticEntry = { file: string; status: number; headers: Record<string, string>; html: boolean };

/** `/nl/themas` → `/themas`, `/nl` → `/`: Dutch lives without prefix (localePrefix 'as-needed'). */
export function publicPath(route: string, defaultLocale: string): string {
  if (route === `/${defaultLocale}`) return '/';
  return route.startsWith(`/${defaultLocale}/`) ? route.slice(defaultLocale.length + 1) : route;
}

/**
 * The static pages and route outputs, from the build manifest (files from `root`). Left to Next:
 * pages that revalidate (their HTML changes with the clock), the error pages, and anything whose
 * file is missing.
 */
export function staticEntries(prerendered: readonly Prerendered[], root: string, defaultLocale: string): Map<string, StaticEntry> {
  const entries = new Map<string, StaticEntry>();
  for (const p of prerendered) {
    if (!isForGood(p)) continue;
    const file = path.join(root, p.file);
    if (!fs.existsSync(file)) continue;
    const html = p.kind === 'page';
    const headers = html ? { 'Content-Type': 'text/html; charset=utf-8' } : Object.fromEntries(Object.entries(p.headers).filter(([k]) => !isInternalHeader(k)));
    entries.set(publicPath(p.pathname, defaultLocale), { file, status: 200, headers, html });
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

const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script>/gi;
const LINK = /<link\b[^>]*>/gi;
const preloadsScript = (tag: string) => /\brel="modulepreload"/.test(tag) || (/\brel="preload"/.test(tag) && /\bas="script"/.test(tag));

/**
 * A prerendered page without Next's client runtime: its scripts, its RSC payload and their
 * preloads go; JSON-LD (data) and the site's own scripts (/js/…) stay. No page the build
 * prerenders has anything to hydrate (interactive parts are plain scripts, and links are plain
 * links), so 170 KB of JavaScript would only be parsed for nothing.
 */
export function withoutClientRuntime(html: string): string {
  return html
    .replace(SCRIPT, (tag, attributes: string) => (/\btype="application\/ld\+json"/.test(attributes) || /\bsrc="\/js\//.test(attributes) ? tag : ''))
    .replace(LINK, (tag) => (preloadsScript(tag) ? '' : tag));
}
