// Issue 23, point 3: the two ways to serve public pages, figures from one run. (a) Next's own
// caching: a small app with cacheComponents whose pages render, inside a 'use cache' function
// tagged 'inhoud', the very HTML body the portal returns, read from files written into the app at
// run time (standing for content read from the release), and a route handler that calls
// revalidateTag('inhoud') on publish. (b) The project's own renderer: the portal. Each beside nginx
// serving the same bytes as that server, with its CPU time per request (warmTarget) and its
// first-load JS.
import fs from 'node:fs';
import path from 'node:path';
import { builtApp, firstLoadJs } from './site.mjs';
import { warmTarget } from './throughput.mjs';

export const RENDERER_PAGES = [
  ['detail', 'detail-like page', '/themas', 'themas'],
  ['list', 'filtered list', '/interventies?thema=armoede', 'interventies-armoede'],
];

// Placeholders at build time: the app is built from its sources only, the content comes with a
// publication (the bench writes it and calls /api/publiceer before it measures).
const PLACEHOLDER = '<p>Nog niet gepubliceerd.</p>\n';

const NEXTCACHE = {
  'package.json': '{"private":true}\n',
  // partialPrefetching: what the docs ask of a new cacheComponents app (it changes client prefetches only).
  'next.config.mjs': 'export default { cacheComponents: true, partialPrefetching: true };\n',
  'app/layout.js': 'export default function RootLayout({ children }) { return <html lang="nl"><body>{children}</body></html>; }\n',
  'app/inhoud.js': `import fs from 'node:fs/promises';
import path from 'node:path';
import { cacheLife, cacheTag } from 'next/cache';

// The body of a page from the release (inhoud/<name>.html), cached until a publication calls
// revalidateTag('inhoud'); null when the release has no such page.
export async function body(name) {
  'use cache';
  cacheLife('max');
  cacheTag('inhoud');
  try {
    return await fs.readFile(path.join(process.cwd(), 'inhoud', name + '.html'), 'utf8');
  } catch {
    return null;
  }
}
`,
  'app/themas/page.js': `import { notFound } from 'next/navigation';
import { body } from '../inhoud';

export default async function Page() {
  const html = await body('themas');
  if (html === null) notFound();
  return <div dangerouslySetInnerHTML={{ __html: html }} />;
}
`,
  // searchParams are request data: outside a Suspense boundary cacheComponents refuses the build.
  'app/interventies/page.js': `import { Suspense } from 'react';
import { notFound } from 'next/navigation';
import { body } from '../inhoud';

async function List({ searchParams }) {
  const { thema } = await searchParams;
  const html = await body('interventies-' + String(thema ?? 'alle').replace(/[^a-z0-9-]/g, ''));
  if (html === null) notFound();
  return <div dangerouslySetInnerHTML={{ __html: html }} />;
}

export default function Page({ searchParams }) {
  return (
    <Suspense fallback={null}>
      <List searchParams={searchParams} />
    </Suspense>
  );
}
`,
  // { expire: 0 }: the next request waits for fresh content instead of getting the old page
  // (updateTag does that too, but only in a Server Action).
  'app/api/publiceer/route.js': `import { revalidateTag } from 'next/cache';

export async function POST() {
  revalidateTag('inhoud', { expire: 0 });
  return Response.json({ gepubliceerd: true });
}
`,
  ...Object.fromEntries(RENDERER_PAGES.map(([, , , name]) => [`inhoud/${name}.html`, PLACEHOLDER])),
};

const kib = (n) => Number((n / 1024).toFixed(1));
const ms = (t) => Number((performance.now() - t).toFixed(1));

async function get(origin, url) {
  const t = performance.now();
  const r = await fetch(origin + url, { redirect: 'manual', signal: AbortSignal.timeout(60_000) });
  const text = await r.text();
  return { status: r.status, text, ms: ms(t) };
}

/** The inside of <body> of the portal's page. */
async function portalBody(portal, url) {
  const { status, text } = await get(portal.origin, url);
  if (status !== 200) throw new Error(`${url} gaf ${status} op de portal`);
  const inner = text.match(/<body[^>]*>([\s\S]*)<\/body>/)?.[1];
  if (!inner) throw new Error(`${url}: geen <body> in het antwoord van de portal`);
  return inner;
}

/**
 * The portal's own scripts that the bodies load (/js/lijsten.js on lists), into the app's public/
 * before it starts (next start lists public/ when it starts): the app's page is then the portal's
 * page plus what Next adds, and its first-load JS counts them as the portal's does.
 */
async function copyScripts(portal, bodies, dir) {
  fs.rmSync(path.join(dir, 'public'), { recursive: true, force: true });
  const srcs = new Set(bodies.flatMap((b) => [...b.matchAll(/<script[^>]*\ssrc="(\/[^/"][^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&'))));
  for (const src of srcs) {
    const r = await fetch(portal.origin + src);
    if (r.status !== 200) throw new Error(`${src} gaf ${r.status} op de portal`);
    const file = path.join(dir, 'public', new URL(src, portal.origin).pathname);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, Buffer.from(await r.arrayBuffer()));
  }
}

/**
 * A publication: the page's file gets a marker, /api/publiceer revalidates the tag, and the first
 * request after it is timed; it must already carry the marker (else the time until one does).
 */
async function publish(app, url, name, body, marker) {
  fs.writeFileSync(path.join(app.dir, 'inhoud', `${name}.html`), body + marker);
  const t = performance.now();
  const r = await fetch(`${app.origin}/api/publiceer`, { method: 'POST', signal: AbortSignal.timeout(60_000) });
  await r.arrayBuffer();
  if (r.status !== 200) throw new Error(`/api/publiceer gaf ${r.status}`);
  const revalidateMs = ms(t);
  const first = await get(app.origin, url);
  if (first.status !== 200) throw new Error(`${url} gaf ${first.status} na publicatie`);
  let freshAfterMs = first.text.includes(marker) ? 0 : null;
  for (let i = 0; freshAfterMs === null && i < 600; i++) {
    await new Promise((done) => setTimeout(done, 50));
    if ((await get(app.origin, url)).text.includes(marker)) freshAfterMs = ms(t);
  }
  const second = await get(app.origin, url);
  return { revalidateMs, firstRequestMs: first.ms, firstWasFresh: freshAfterMs === 0, freshAfterMs, secondRequestMs: second.ms };
}

const median = (xs) => {
  const v = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  return v.length ? Number(((v[Math.floor((v.length - 1) / 2)] + v[Math.ceil((v.length - 1) / 2)]) / 2).toFixed(1)) : null;
};

/**
 * `times` publications of each page, after one request to every page: the first request after
 * the server started loads the route's code, which is not what a publication costs.
 */
async function publications(app, bodies, times) {
  for (const [, , url] of RENDERER_PAGES) await get(app.origin, url);
  const out = {};
  for (const [key, , url, name] of RENDERER_PAGES) {
    const each = [];
    for (let i = 1; i <= times; i++) each.push(await publish(app, url, name, bodies[key], `<!-- publicatie ${i} ${Date.now()} -->`));
    out[key] = {
      firstRequestMs: median(each.map((x) => x.firstRequestMs)),
      secondRequestMs: median(each.map((x) => x.secondRequestMs)),
      allFresh: each.every((x) => x.firstWasFresh),
      freshAfterMs: median(each.map((x) => x.freshAfterMs)),
      each,
    };
  }
  return out;
}

/** Both renderers on both pages, nginx after each run on the same bytes; one table. */
export async function renderers(portal, nginx, { runs, work, fresh }) {
  const bodies = {};
  for (const [key, , url] of RENDERER_PAGES) bodies[key] = await portalBody(portal, url);
  const app = await builtApp('bench-nextcache', NEXTCACHE, { work, fresh, beforeStart: (dir) => copyScripts(portal, Object.values(bodies), dir) });
  try {
    // The publication of this run's content: the app's build had placeholders only.
    const published = await publications(app, bodies, runs.repeats > 1 ? 5 : 1);
    const out = { pages: {} };
    for (const [key, label, url] of RENDERER_PAGES) {
      const nextJs = await firstLoadJs(app.origin, url);
      const ownJs = await firstLoadJs(portal.origin, url);
      out.pages[key] = {
        label,
        url,
        nextCache: {
          ...(await warmTarget(app, nginx, { key: `nextcache-${key}`, url }, runs)),
          jsKiB: kib(nextJs.gz),
          jsFiles: nextJs.files,
          htmlKiB: kib(nextJs.html),
          publish: published[key],
        },
        own: { ...(await warmTarget(portal, nginx, { key: `own-${key}`, url }, runs)), jsKiB: kib(ownJs.gz), jsFiles: ownJs.files, htmlKiB: kib(ownJs.html) },
      };
    }
    return out;
  } finally {
    await app.stop();
  }
}
