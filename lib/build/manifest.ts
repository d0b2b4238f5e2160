// The build manifest: what the production server needs from a Next build, in a format the project
// owns. Written at the end of `npm run build` by the build adapter (lib/build/adapter.ts) from
// Next's public adapter interface, read at server start. Both ends check it against the schemas
// below: a Next upgrade that changes what the adapter is handed fails the build, not a page.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { inlineScriptHashes } from '@/lib/http/security-headers';

/** Where the manifest lives, from the project root (git-ignored). */
export const MANIFEST_FILE = '.build/manifest.json';

const urlPath = z.string().startsWith('/');

// What the adapter reads of Next's onBuildComplete context (Next's `NextAdapter` type); the rest
// is left out. Optional where Next's type says so.
const staticFileInput = z.object({ pathname: urlPath, filePath: z.string().min(1) });
const routeInput = z.object({ id: z.string().min(1), pathname: urlPath });
const prerenderInput = z.object({
  pathname: urlPath,
  parentOutputId: z.string().min(1),
  fallback: z
    .object({
      filePath: z.string().optional(),
      initialStatus: z.number().int().optional(),
      initialHeaders: z.record(z.string(), z.union([z.string(), z.array(z.string())])).optional(),
      initialRevalidate: z.union([z.number(), z.literal(false)]).optional(),
    })
    .optional(),
});
export const adapterInputSchema = z.object({
  nextVersion: z.string().min(1),
  buildId: z.string().min(1),
  projectDir: z.string().min(1),
  outputs: z.object({
    staticFiles: z.array(staticFileInput).min(1),
    appPages: z.array(routeInput).min(1),
    appRoutes: z.array(routeInput),
    prerenders: z.array(prerenderInput).min(1),
  }),
});
export type AdapterInput = z.infer<typeof adapterInputSchema>;

const prerenderedSchema = z.object({
  pathname: urlPath,
  /** From the project root. */
  file: z.string().min(1),
  kind: z.enum(['page', 'route']),
  status: z.number().int(),
  headers: z.record(z.string(), z.string()),
  /** Seconds until Next renders it again, or false: never. */
  revalidate: z.union([z.number(), z.literal(false)]),
});
export type Prerendered = z.infer<typeof prerenderedSchema>;

/**
 * Made for good: the production server answers it from its file (lib/http/static-files.ts). Next
 * keeps the rest: what it renders again, its error pages.
 */
export const isForGood = (p: Prerendered) => p.revalidate === false && p.status === 200 && !p.pathname.startsWith('/_');

export const buildManifestSchema = z.object({
  format: z.literal(1),
  nextVersion: z.string().min(1),
  buildId: z.string().min(1),
  /** The site's stylesheets, in the order the pages link them. */
  stylesheets: z.array(urlPath).min(1),
  /** The font files the stylesheets load (from /_next/static or public/), to preload. */
  fonts: z.array(urlPath).min(1),
  icon: z.object({ href: urlPath, type: z.string().min(1) }),
  /** Every file the build serves under /_next/static, by address: file from the project root. */
  assets: z.record(z.string().startsWith('/_next/static/'), z.object({ file: z.string().min(1), type: z.string().min(1) })),
  /** The pages and route outputs Next prerendered (prerendered HTML pages and route bodies). */
  prerendered: z.array(prerenderedSchema),
  /** The hashes of the inline scripts in the prerendered HTML Next itself answers with (its 404 page): they carry no nonce. */
  scriptHashes: z.array(z.string().regex(/^'sha256-[A-Za-z0-9+/=]+'$/)),
});
export type BuildManifest = z.infer<typeof buildManifestSchema>;

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

/** A build that cannot be served as the project expects: one Dutch line for the operator. */
export class BuildManifestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BuildManifestError';
    // The line is the whole message: no stack under it in the build log.
    this.stack = message;
  }
}

const fieldOf = (error: z.ZodError) => error.issues[0].path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');

function check<T>(schema: z.ZodType<T>, value: unknown, what: (field: string) => string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new BuildManifestError(what(fieldOf(parsed.error)));
  return parsed.data;
}

const versionOf = (context: unknown) => {
  const v = (context as { nextVersion?: unknown } | null)?.nextVersion;
  return typeof v === 'string' ? v : 'onbekende versie';
};

const flatHeaders = (headers: Record<string, string | string[]> = {}) =>
  Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), Array.isArray(v) ? v.join(', ') : v]));

/** `url(/fonts/a.woff2)` and the like in a stylesheet: the font files it loads. */
export const fontUrls = (css: string) => [...css.matchAll(/url\(\s*['"]?([^'")\s]+\.woff2)['"]?\s*\)/g)].map((m) => m[1]);

/** How the adapter sees files: replaced in tests. */
export type BuildFiles = { read(file: string): string; exists(file: string): boolean };
const disk: BuildFiles = { read: (f) => fs.readFileSync(f, 'utf8'), exists: (f) => fs.existsSync(f) };

/**
 * The manifest for a build, from the adapter's context and the files it names (the stylesheets,
 * the prerendered HTML). Throws a BuildManifestError naming the field that is missing or not as
 * expected.
 */
export function manifestFromBuild(context: unknown, { read, exists }: BuildFiles = disk): BuildManifest {
  const version = versionOf(context);
  const fail = (message: string): never => {
    throw new BuildManifestError(`Build-adapter: ${message} (Next ${version}); pas lib/build/manifest.ts aan.`);
  };
  const input = check(
    adapterInputSchema,
    context,
    (field) => `Build-adapter: ${field} ontbreekt of heeft een ander formaat (Next ${version}); pas lib/build/manifest.ts aan.`,
  );
  const relative = (file: string) => path.relative(input.projectDir, file).split(path.sep).join('/');
  const { staticFiles, appPages, appRoutes, prerenders } = input.outputs;

  const assets: BuildManifest['assets'] = {};
  for (const f of staticFiles) {
    if (!f.pathname.startsWith('/_next/static/')) continue;
    const type = TYPES[path.extname(f.pathname)] ?? fail(`outputs.staticFiles heeft ${f.pathname}, een soort bestand zonder bekend inhoudstype`);
    assets[f.pathname] = { file: relative(f.filePath), type };
  }
  const files = new Map(staticFiles.map((f) => [f.pathname, f.filePath]));

  const stylesheets = Object.keys(assets)
    .filter((url) => url.endsWith('.css'))
    .sort();
  if (!stylesheets.length) fail('outputs.staticFiles heeft geen stylesheet (.css) onder /_next/static');
  const fonts = [...new Set(stylesheets.flatMap((url) => fontUrls(read(files.get(url)!))))];
  if (!fonts.length) fail('de stylesheets laden geen lettertype (.woff2)');
  for (const font of fonts) {
    if (!files.has(font) && !exists(path.join(input.projectDir, 'public', font)))
      fail(`het lettertype ${font} uit de stylesheet staat niet in outputs.staticFiles of public/`);
  }

  const pageIds = new Set(appPages.map((p) => p.id));
  const routeIds = new Set(appRoutes.map((r) => r.id));
  const prerendered: Prerendered[] = [];
  for (const p of prerenders) {
    const file = p.fallback?.filePath;
    // RSC payloads and segment prefetches are for Next's client router only.
    const kind = pageIds.has(p.parentOutputId) && file?.endsWith('.html') ? 'page' : routeIds.has(p.parentOutputId) ? 'route' : undefined;
    if (!kind || !file) continue;
    const headers = flatHeaders(p.fallback?.initialHeaders);
    // Next's Vary names its client router's headers: a route output's body never depends on them.
    if (kind === 'route') delete headers.vary;
    prerendered.push({
      pathname: p.pathname,
      file: relative(file),
      kind,
      status: p.fallback?.initialStatus ?? 200,
      headers,
      revalidate: p.fallback?.initialRevalidate ?? false,
    });
  }
  if (!prerendered.some((p) => p.kind === 'page')) fail('outputs.prerenders heeft geen vooraf gemaakte HTML-pagina');

  const icon = staticFiles.find((f) => /^\/icon\.\w+$/.test(f.pathname)) ?? fail('outputs.staticFiles heeft geen /icon (app/icon.svg)');
  const iconType = TYPES[path.extname(icon.pathname)] ?? fail(`outputs.staticFiles heeft ${icon.pathname}, een soort bestand zonder bekend inhoudstype`);
  // The address changes with the icon, so a browser never keeps an old one.
  const iconHref = `${icon.pathname}?${createHash('sha256').update(read(icon.filePath)).digest('hex').slice(0, 16)}`;

  // The HTML Next answers from its files: prerendered pages not made for good, its error pages (/404, /500).
  const html = [
    ...prerendered.filter((p) => p.kind === 'page' && !isForGood(p)).map((p) => path.join(input.projectDir, p.file)),
    ...staticFiles.filter((f) => !f.pathname.startsWith('/_next/') && f.filePath.endsWith('.html')).map((f) => f.filePath),
  ];
  const scriptHashes = new Set(html.flatMap((file) => inlineScriptHashes(read(file))));

  const manifest: BuildManifest = {
    format: 1,
    nextVersion: input.nextVersion,
    buildId: input.buildId,
    stylesheets,
    fonts,
    icon: { href: iconHref, type: iconType },
    assets,
    prerendered,
    scriptHashes: [...scriptHashes].sort(),
  };
  return check(
    buildManifestSchema,
    manifest,
    (field) => `Build-adapter: het manifest klopt niet in ${field} (Next ${version}); pas lib/build/manifest.ts aan.`,
  );
}

/** The manifest of the build in `root`, checked; a BuildManifestError when there is none that fits. */
export function readBuildManifest(root: string): BuildManifest {
  const missing = `Geen bruikbaar bouwmanifest (${MANIFEST_FILE}): voer eerst \`npm run build\` uit.`;
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(path.join(root, MANIFEST_FILE), 'utf8'));
  } catch {
    throw new BuildManifestError(missing);
  }
  return check(buildManifestSchema, raw, (field) => `${missing.slice(0, -1)} (${field} ontbreekt of heeft een ander formaat).`);
}

/** Writes the manifest whole (beside it, then renamed): a server starting meanwhile never reads half of one. */
export function writeBuildManifest(root: string, manifest: BuildManifest) {
  const file = path.join(root, MANIFEST_FILE);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}`;
  fs.writeFileSync(partial, JSON.stringify(manifest, null, 1));
  fs.renameSync(partial, file);
}
