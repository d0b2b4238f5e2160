// The production server (`npm start`, `npm run dev` with --dev, and the server the end-to-end tests
// run against).
//
// Three kinds of answers, none of them through Next's request pipeline but the last:
// - every page, feed and file of the route table (server/routes.ts) is rendered here from the
//   content release this server serves (server/releases.ts), and kept in memory per release until
//   the next clock transition (server/rendered.ts);
// - what the build made for good (the framework's JS and CSS, share images, the map outline)
//   comes from memory, as the build manifest lists it (lib/build/manifest.ts);
// - Next answers the rest: forms, the staff view, the endpoints, 404s, client-router requests.
// Every response gets the security headers and a Content-Security-Policy: pages Next renders a
// nonce made for the response (and the hashes of its own prerendered 404), pages rendered here no
// inline script at all (lib/http/security-headers.ts).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import next from 'next';
import { routing } from '@/i18n/routing';
import { clientAddress, parseTrustedProxies, type TrustedProxies } from '@/lib/http/client-address';
import { MAX_CONDITIONAL_HEADER } from '@/lib/http/conditional';
import { requestTarget } from '@/lib/http/request-target';
import { contentSecurityPolicy, inlineScriptHashes, isInternalHeader, newNonce, SECURITY_HEADERS } from '@/lib/http/security-headers';
import { chooseEncoding, isCompressible, staticEntries } from '@/lib/http/static-files';
import { readBuildManifest, type BuildManifest } from '@/lib/build/manifest';
import { devManifest, DEV_STYLESHEET } from '@/lib/build/dev-manifest';
import { localeOf } from '@/lib/urls';
import { fromNext, PERSONAL } from '@/lib/http/cache-control';
import { createHealth } from './health';
import { logError, logRequest } from './log';
import { gracefulShutdown, isStopping } from './shutdown';
import { checkProductionSettings } from './settings';
import { serverTimeouts } from './timeouts';
import { createRenderer, type ReleaseState } from './rendered';
import { followReleases } from './releases';
import { serveContentFrom } from '@/lib/content';
import { compress, etagOf, sendPage } from './respond';
import { createPreview } from './preview';
import { startEditorPublishing } from '@/lib/editor';
import { alertSettings, kickAlerts, startAlerts } from '@/lib/alerts';
import { database } from '@/lib/db';
import type { CachedPage } from '@/lib/http/response-cache';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const port = Number(option('port') ?? process.env.PORT ?? 3000);
// `npm run dev`: Next in development mode for what it renders, concepts (draft: true) shown.
const dev = args.includes('--dev');
// Not $HOSTNAME: Docker sets it to the container id, which would hide the server from localhost.
const hostname = option('hostname') ?? '0.0.0.0';
// Bundled into .cache/scripts/ by scripts/run-ts.mjs.
const root = path.resolve(import.meta.dirname, '../..');

function prepareStatic(manifest: BuildManifest): Map<string, CachedPage> {
  const prepared = new Map<string, CachedPage>();
  for (const [url, entry] of staticEntries(manifest.prerendered, root, routing.defaultLocale)) {
    const body = fs.readFileSync(entry.file);
    const headers = Object.fromEntries(Object.entries(entry.headers).map(([k, v]) => [k.toLowerCase(), v]));
    headers['content-security-policy'] = contentSecurityPolicy();
    prepared.set(url, { status: 200, headers, body, etag: etagOf(body), encoded: new Map(), validUntil: Infinity });
  }
  return prepared;
}

const BUILD_ASSETS = '/_next/static/';
// Read on first request, then kept: only the addresses the build manifest lists, each exactly as
// listed, so no spelling of an address reaches another file (nor takes a second copy in memory).
const assets = new Map<string, CachedPage>();
function asset(manifest: BuildManifest, pathname: string): CachedPage | undefined {
  const cached = assets.get(pathname);
  if (cached) return cached;
  const found = Object.hasOwn(manifest.assets, pathname) ? manifest.assets[pathname] : undefined;
  if (!found) return undefined;
  const body = fs.readFileSync(path.join(root, found.file));
  // Build assets have content hashes in their names: they never change.
  const p: CachedPage = {
    status: 200,
    body,
    etag: etagOf(body),
    encoded: new Map(),
    validUntil: Infinity,
    headers: { 'content-type': found.type, 'cache-control': 'public, max-age=31536000, immutable', 'content-security-policy': contentSecurityPolicy() },
  };
  assets.set(pathname, p);
  return p;
}

/** `npm run dev`: the site's stylesheet, rebuilt by scripts/dev.mjs on every change (scripts/site-css.mjs). */
function devStylesheet(): Buffer {
  try {
    return fs.readFileSync(path.join(root, '.build/dev/site.css'));
  } catch {
    throw new Error('Geen stylesheet in .build/dev/site.css: start de ontwikkelserver met `npm run dev`.');
  }
}
/** Read again on every request: it changes while the server runs. */
function devStylesheetPage(): CachedPage {
  const body = devStylesheet();
  const headers = { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'no-cache', 'content-security-policy': contentSecurityPolicy() };
  return { status: 200, headers, body, etag: etagOf(body), encoded: new Map(), validUntil: Infinity };
}

function setCommonHeaders(res: http.ServerResponse) {
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
}

/** A short plain answer of our own (400, 405), with every header a response needs. */
function refuse(res: http.ServerResponse, status: number, text: string, headers: Record<string, string> = {}) {
  setCommonHeaders(res);
  res.setHeader('Content-Security-Policy', contentSecurityPolicy());
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  res.statusCode = status;
  res.end(text);
}

/** What this site answers to; TRACE, PUT, CONNECT and the rest get a 405 before anything runs. */
const METHODS = new Set(['GET', 'HEAD', 'POST']);

// Request headers this server or Next parse, with the most of each that is read: a longer one is
// dropped (as if absent) rather than parsed. Node already refuses heads over 16 KB in all.
const HEADER_CAPS: Record<string, number> = { 'if-none-match': MAX_CONDITIONAL_HEADER, 'accept-encoding': 1024, 'if-modified-since': 64 };
function capHeaders(req: http.IncomingMessage) {
  for (const [name, max] of Object.entries(HEADER_CAPS)) {
    const value = req.headers[name];
    if (typeof value === 'string' && value.length > max) delete req.headers[name];
  }
}

/**
 * Who sent the request (for the rate limits), and what of the forwarding headers Next may read:
 * only a trusted proxy's (GKA_TRUSTED_PROXIES). From anyone else they are dropped.
 */
function markClient(req: http.IncomingMessage, trusted: TrustedProxies) {
  const peer = req.socket.remoteAddress;
  req.headers['x-gka-client'] = clientAddress(peer, req.headers['x-forwarded-for'], trusted);
  if (!peer || !trusted.trusts(peer)) for (const h of ['x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'forwarded']) delete req.headers[h];
}

/** Next's internal headers never leave the server (lib/http/security-headers.ts isInternalHeader). */
function hideInternalHeaders(res: http.ServerResponse) {
  const setHeader = res.setHeader.bind(res);
  res.setHeader = ((name: string, value: number | string | readonly string[]) =>
    isInternalHeader(name) ? res : setHeader(name, value)) as typeof res.setHeader;
  const appendHeader = res.appendHeader.bind(res);
  res.appendHeader = ((name: string, value: string | readonly string[]) =>
    isInternalHeader(name) ? res : appendHeader(name, value)) as typeof res.appendHeader;
  const writeHead = res.writeHead.bind(res) as (status: number, ...rest: unknown[]) => http.ServerResponse;
  res.writeHead = ((status: number, ...rest: unknown[]) =>
    writeHead(
      status,
      ...rest.map((x) => {
        if (Array.isArray(x)) return x.flatMap((v, i, all) => (i % 2 === 0 ? (isInternalHeader(String(v)) ? [] : [v, all[i + 1]]) : []));
        if (x && typeof x === 'object') return Object.fromEntries(Object.entries(x).filter(([k]) => !isInternalHeader(k)));
        return x;
      }),
    )) as typeof res.writeHead;
}

/**
 * What Next says about caching, made safe for shared caches (lib/http/cache-control.ts). An answer
 * to the client router depends on request headers a shared cache may not key on (a prefetch, the
 * router's state tree): it is never kept by one, whatever Next says.
 */
function withSharedCacheRules(res: http.ServerResponse, forRouter: boolean) {
  const setHeader = res.setHeader.bind(res);
  const rule = (value: string) => (forRouter ? PERSONAL : fromNext(value));
  res.setHeader = ((name: string, value: number | string | readonly string[]) =>
    setHeader(name, name.toLowerCase() === 'cache-control' ? rule(String(value)) : value)) as typeof res.setHeader;
  if (forRouter) setHeader('Cache-Control', PERSONAL);
}

/** Requests for Next's client router (RSC payloads, prefetches) always go to Next. */
const ROUTER_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch'];

const forRouter = (req: http.IncomingMessage, url: URL) => url.searchParams.has('_rsc') || ROUTER_HEADERS.some((h) => req.headers[h] !== undefined);

function forNextOnly(req: http.IncomingMessage, url: URL): boolean {
  return (req.method !== 'GET' && req.method !== 'HEAD') || forRouter(req, url);
}

/**
 * Lets Next write the response, then adds the policy: HTML is collected (streaming is given up for
 * dynamic pages, which are small) so that the header can allow this response's nonce and, of its
 * inline scripts, only those the build made (a 404 page Next answers from its prerendered file);
 * text is compressed here because Next is not told the client accepts compression.
 */
function withPolicy(
  res: http.ServerResponse,
  acceptEncoding: string | undefined,
  nonce: string,
  buildHashes: ReadonlySet<string>,
  notFoundBody?: () => Buffer,
) {
  const writeHead = res.writeHead.bind(res) as (status: number) => http.ServerResponse;
  const write = res.write.bind(res) as (...a: unknown[]) => boolean;
  const end = res.end.bind(res) as (...a: unknown[]) => http.ServerResponse;
  let chunks: Buffer[] | undefined;
  let passThrough = false;
  // Node sends the head through writeHead when the body starts: until then Next's calls only
  // record status and headers, so the policy can still be added.
  let sending = false;
  const decide = () => {
    if (chunks || passThrough) return;
    const type = String(res.getHeader('content-type') ?? '');
    if (isCompressible(type) && !res.hasHeader('content-encoding')) chunks = [];
    else {
      passThrough = true;
      res.setHeader('Content-Security-Policy', contentSecurityPolicy());
    }
  };
  const toBuffer = (chunk: unknown, encoding?: unknown) =>
    Buffer.isBuffer(chunk)
      ? chunk
      : chunk instanceof Uint8Array
        ? Buffer.from(chunk)
        : Buffer.from(String(chunk), typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');

  res.writeHead = ((status: number, ...rest: unknown[]) => {
    res.statusCode = status;
    const headers = rest.find((x) => x && typeof x === 'object') as Record<string, string | string[]> | string[] | undefined;
    if (Array.isArray(headers)) for (let i = 0; i < headers.length; i += 2) res.setHeader(headers[i], headers[i + 1]);
    else if (headers) for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    return sending ? writeHead(status) : res;
  }) as typeof res.writeHead;
  res.flushHeaders = () => {};
  res.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
    decide();
    sending = passThrough;
    if (passThrough) return write(chunk, encoding, callback);
    chunks!.push(toBuffer(chunk, encoding));
    const cb = typeof encoding === 'function' ? encoding : callback;
    if (typeof cb === 'function') process.nextTick(cb as () => void);
    return true;
  }) as typeof res.write;
  res.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
    if (typeof chunk === 'function') [callback, chunk] = [chunk, undefined];
    decide();
    sending = true;
    if (passThrough) return end(chunk, encoding, callback);
    if (chunk !== undefined && chunk !== null) chunks!.push(toBuffer(chunk, encoding));
    const type = String(res.getHeader('content-type') ?? '');
    const html = type.startsWith('text/html');
    // Next's 404 page is Dutch whatever the address: under /en the English one replaces it. It
    // runs no inline script, so the policy below allows none.
    const translated = html && res.statusCode === 404 && notFoundBody !== undefined;
    if (translated) res.removeHeader('etag');
    const body = translated ? notFoundBody() : Buffer.concat(chunks!);
    const fromBuild = html ? inlineScriptHashes(body.toString('utf8'), nonce).filter((h) => buildHashes.has(h)) : [];
    res.setHeader('Content-Security-Policy', contentSecurityPolicy(fromBuild, html ? nonce : undefined));
    const encodingChosen = body.length >= 1024 ? chooseEncoding(acceptEncoding) : undefined;
    const done = typeof encoding === 'function' ? encoding : callback;
    const finish = (out: Buffer) => {
      if (!res.headersSent) res.setHeader('Content-Length', out.length);
      end(out, done);
    };
    if (!encodingChosen) {
      finish(body);
      return res;
    }
    res.setHeader('Content-Encoding', encodingChosen);
    // Next's ETag names the uncompressed bytes: weak for this coding, still good for 304s.
    const etag = res.getHeader('etag');
    if (typeof etag === 'string' && !etag.startsWith('W/')) res.setHeader('ETag', `W/${etag}`);
    const vary = String(res.getHeader('vary') ?? '');
    if (!/accept-encoding/i.test(vary)) res.setHeader('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
    // Off the event loop: other visitors are answered while this response is compressed.
    compress(body, encodingChosen, 'fast').then(finish, (error: unknown) => {
      logError('Comprimeren', error);
      res.removeHeader('Content-Encoding');
      finish(body);
    });
    return res;
  }) as typeof res.end;
}

async function main() {
  checkProductionSettings();
  let trusted: TrustedProxies;
  try {
    trusted = parseTrustedProxies(process.env.GKA_TRUSTED_PROXIES);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  try {
    // A wrong GKA_ALERT_* setting stops the start with its reason, not the first alert round.
    alertSettings();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  // Next is told 'localhost' whatever address we listen on: the locale proxy rewrites to absolute
  // URLs on that host, and a rewrite to another host would be proxied as an external one.
  let manifest: BuildManifest;
  try {
    manifest = dev ? devManifest(devStylesheet().toString('utf8')) : readBuildManifest(root);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  const app = next({ dev, dir: root, hostname: 'localhost', port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const pages = prepareStatic(manifest);
  const buildHashes: ReadonlySet<string> = new Set(manifest.scriptHashes);
  // The release this server serves, followed in the store (server/releases.ts); the renderer
  // answers from whichever state the holder has when a request arrives.
  let releases: Awaited<ReturnType<typeof followReleases<ReleaseState>>> | undefined;
  const rendered = createRenderer(manifest, () => releases!.holder.current());
  const preview = createPreview(manifest, () => releases!.holder.current().release);
  try {
    releases = await followReleases({
      root,
      showDrafts: dev,
      prepare: rendered.prepare,
      log: (line) => console.log(line),
      onSwitch: () => {
        rendered.schedule();
        // A new release may hold what someone follows by e-mail.
        kickAlerts();
      },
    });
  } catch (error) {
    console.error(`De inhoud kon niet worden geladen: ${(error as Error).message}`);
    process.exit(1);
  }
  rendered.schedule();
  // Routes Next renders (forms, /beheer, the search API) read the same release (lib/content currentContent).
  serveContentFrom(() => releases!.holder.current().release);

  const health = createHealth({ cache: rendered.stats, searchReady: () => releases !== undefined, stopping: isStopping });

  const server = http.createServer(serverTimeouts(process.env), async (req, res) => {
    logRequest(req, res);
    if (!METHODS.has(req.method ?? '')) return refuse(res, 405, 'Deze methode wordt niet ondersteund.', { Allow: 'GET, HEAD, POST' });
    // `npm run dev`: next dev's own files (its chunks are named like `[turbopack]_…`, which the
    // address check below refuses) and its hot reload go to it as they are.
    if (dev && req.url?.startsWith('/_next/')) {
      setCommonHeaders(res);
      return void handle(req, res).catch((error: unknown) => {
        logError(`Next voor ${req.url}`, error);
        if (!res.headersSent) res.statusCode = 500;
        res.end();
      });
    }
    // One address from here on: every check below and every renderer (this server's, the
    // prerendered pages, the assets, Next) sees only the normalised target (lib/http/request-target.ts).
    const request = requestTarget(req.url ?? '/', routing.locales);
    if (!request.ok) return refuse(res, request.status, request.message);
    const { target, url, path: address } = request;
    req.url = target;
    // The site has no server actions (tests/routes.test.ts holds that): Next would answer one
    // with a different page under the same address.
    if (req.headers['next-action'] !== undefined) return refuse(res, 400, 'Deze site kent geen serveracties.');
    capHeaders(req);
    const acceptEncoding = req.headers['accept-encoding'];
    // For operators, the proxy and tests (server/health.ts).
    if (await health(res, address)) return;
    // The build's files are only those in the manifest: Next never serves one on its own.
    if (url.pathname.startsWith(BUILD_ASSETS) && !asset(manifest, url.pathname)) req.url = '/_niet-gevonden';
    else if (dev && url.pathname === DEV_STYLESHEET && !forNextOnly(req, url)) return sendPage(req, res, devStylesheetPage(), { effort: 'fast' });
    else if (req.method === 'GET' || req.method === 'HEAD') {
      // The route table's addresses are this server's also when Next's client router asks for
      // them (from a form page): it gets the page (a router falls back to loading it), never an
      // answer a shared cache may keep.
      const router = forRouter(req, url);
      try {
        if (await preview(req, res, url)) return;
        if (await rendered.handle(req, res, url, address, router)) return;
      } catch (error) {
        logError(`Renderen van ${url.pathname}`, error);
        if (!res.headersSent) res.statusCode = 500;
        res.end();
        return;
      }
      const p = router ? undefined : (pages.get(address) ?? asset(manifest, url.pathname));
      if (p) return sendPage(req, res, p, { effort: 'high' });
    }
    setCommonHeaders(res);
    hideInternalHeaders(res);
    withSharedCacheRules(res, forRouter(req, url));
    delete req.headers['accept-encoding'];
    // The sender's address for the rate limits, as this server saw it: never what a client claims.
    markClient(req, trusted);
    // Next reads the nonce from the request's policy and puts it on every script it renders; what
    // a client sent as a policy (or a report-only one, which Next also reads) is never used.
    const nonce = newNonce();
    delete req.headers['content-security-policy-report-only'];
    req.headers['content-security-policy'] = contentSecurityPolicy([], nonce);
    // A HEAD answer has no body to hash or compress; Next's own headers (length included) are right.
    if (req.method === 'HEAD') res.setHeader('Content-Security-Policy', contentSecurityPolicy());
    // next dev's overlay and React's development build need eval and inline styles: in
    // development Next's own pages go without a policy, as under plain `next dev`.
    else if (!dev) {
      const locale = localeOf(address);
      withPolicy(res, acceptEncoding, nonce, buildHashes, locale === routing.defaultLocale ? undefined : () => rendered.notFoundBody(locale));
    }
    handle(req, res).catch((error: unknown) => {
      logError(`Next voor ${url.pathname}`, error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  // CONNECT (a proxy tunnel) never reaches the handler: Node hands over the socket. A 405 too.
  server.on('connect', (_req: http.IncomingMessage, socket: import('node:stream').Duplex) => {
    const headers = {
      ...SECURITY_HEADERS,
      'Content-Security-Policy': contentSecurityPolicy(),
      Allow: 'GET, HEAD, POST',
      'Content-Length': '0',
      Connection: 'close',
    };
    socket.end(
      `HTTP/1.1 405 Method Not Allowed\r\n${Object.entries(headers)
        .map(([k, v]) => `${k}: ${v}\r\n`)
        .join('')}\r\n`,
    );
  });
  server.keepAliveTimeout = 65_000;
  server.listen(port, hostname, () => {
    console.log(`▶ De portal draait op http://localhost:${port} (${pages.size} vaste pagina's en bestanden uit het geheugen)`);
    if (trusted.ranges.length) console.log(`  Vertrouwde proxy's (X-Forwarded-For): ${trusted.ranges.join(', ')}`);
    // Changes approved in /beheer are published by this server; "live" is when its own /health says
    // so. GKA_EDITOR_PUBLISH=0 on servers that do not hold the content repository (several machines).
    if (process.env.GKA_EDITOR_PUBLISH !== '0') startEditorPublishing(database, `http://127.0.0.1:${port}`);
    // E-mail alerts (lib/alerts/jobs.ts): after serveContentFrom, so the first comparison is with the release served.
    startAlerts((instant) => releases!.holder.current().release.at(instant));
  });
  gracefulShutdown(server, () => {
    rendered.stop();
    void releases?.close();
  });
}

await main();
