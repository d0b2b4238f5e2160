// What the production server can answer without asking Next: every page and route output that
// the build prerendered for good (no revalidation), and the build's static assets. Read once at
// start from .next; framework-free so the mapping is unit-tested.
import fs from 'node:fs';
import path from 'node:path';
import { inlineScriptHashes, isInternalHeader } from './security-headers';

export type StaticEntry = { file: string; status: number; headers: Record<string, string>; html: boolean };

type PrerenderRoute = {
  initialRevalidateSeconds?: number | false;
  initialStatus?: number;
  routeType?: string;
  dataRoute?: string | null;
  initialHeaders?: Record<string, string>;
};

/** `/nl/themas` → `/themas`, `/nl` → `/`: Dutch lives without prefix (localePrefix 'as-needed'). */
export function publicPath(route: string, defaultLocale: string): string {
  if (route === `/${defaultLocale}`) return '/';
  return route.startsWith(`/${defaultLocale}/`) ? route.slice(defaultLocale.length + 1) : route;
}

/**
 * The static pages and route outputs. Left to Next: pages that revalidate (their HTML changes with
 * the clock), the error pages, and anything whose file is missing.
 */
export function staticEntries(distDir: string, defaultLocale: string): Map<string, StaticEntry> {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, 'prerender-manifest.json'), 'utf8')) as { routes: Record<string, PrerenderRoute> };
  const app = path.join(distDir, 'server/app');
  const entries = new Map<string, StaticEntry>();
  for (const [route, info] of Object.entries(manifest.routes)) {
    if (info.initialRevalidateSeconds !== false || route.startsWith('/_')) continue;
    const isPage = info.routeType !== 'route' && !!info.dataRoute;
    const file = path.join(app, `${route === '/' ? '/index' : route}${isPage ? '.html' : '.body'}`);
    if (!fs.existsSync(file)) continue;
    let status = info.initialStatus ?? 200;
    let headers: Record<string, string> = { 'Content-Type': 'text/html; charset=utf-8' };
    if (!isPage) {
      const meta = JSON.parse(fs.readFileSync(file.replace(/\.body$/, '.meta'), 'utf8')) as { status?: number; headers?: Record<string, string> };
      status = meta.status ?? 200;
      headers = Object.fromEntries(Object.entries(meta.headers ?? {}).filter(([k]) => !isInternalHeader(k)));
    }
    if (status !== 200) continue;
    entries.set(publicPath(route, defaultLocale), { file, status, headers, html: isPage });
  }
  return entries;
}

const TYPES: Record<string, string> = {
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};

/** `/_next/static/chunks/a.js` → the file under `.next/static`, or undefined for anything outside it. */
export function buildAssetFile(distDir: string, pathname: string): { file: string; type: string } | undefined {
  if (!pathname.startsWith('/_next/static/')) return undefined;
  const base = path.resolve(distDir, 'static');
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice('/_next/static/'.length));
  } catch {
    return undefined;
  }
  const file = path.resolve(base, relative);
  if (!file.startsWith(base + path.sep)) return undefined;
  const type = TYPES[path.extname(file)];
  return type ? { file, type } : undefined;
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

/**
 * The hashes of every inline script in the HTML the build prerendered (as Next itself serves it,
 * with its runtime), read once at start. Next answers some pages from these files (the 404
 * pages): their scripts carry no nonce, and only a script that is in the build output is allowed.
 */
export function buildScriptHashes(distDir: string): Set<string> {
  const hashes = new Set<string>();
  const app = path.join(distDir, 'server/app');
  if (!fs.existsSync(app)) return hashes;
  for (const entry of fs.readdirSync(app, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    for (const hash of inlineScriptHashes(fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8'))) hashes.add(hash);
  }
  return hashes;
}
