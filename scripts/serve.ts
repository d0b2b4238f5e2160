// The production server (`npm start`, and the server the end-to-end tests run against).
//
// Next answers everything dynamic: search, filtered lists, the finder, pages that revalidate, 404s.
// What the build made for good (about 270 pages, feeds, images, the framework's JS and CSS) is
// answered from memory, precompressed, without entering Next's request pipeline: that is where a
// plain `next start` spends its time on a static page. Every response gets the security headers;
// every HTML response gets a Content-Security-Policy that allows exactly its own inline scripts
// (SHA-256 hashes), so static pages need no per-request nonce.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import next from 'next';
import { routing } from '../i18n/routing';
import { contentSecurityPolicy, inlineScriptHashes, SECURITY_HEADERS } from '../lib/security-headers';
import { buildAssetFile, chooseEncoding, isCompressible, staticEntries } from '../lib/static-files';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const port = Number(option('port') ?? process.env.PORT ?? 3000);
// Not $HOSTNAME: Docker sets it to the container id, which would hide the server from localhost.
const hostname = option('hostname') ?? '0.0.0.0';
const root = path.resolve(import.meta.dirname, '../..');
const distDir = path.join(root, '.next');

type Prepared = { headers: Record<string, string>; body: Buffer; gzip?: Buffer; br?: Buffer; etag: string };

/**
 * Compressed once, on first use; small bodies are not worth it. Each coding has its own ETag
 * (a strong validator names one exact representation).
 */
function encoded(p: Prepared, encoding: 'br' | 'gzip' | undefined): { body: Buffer; encoding?: string; etag: string } {
  if (!encoding || p.body.length < 1024 || !isCompressible(p.headers['content-type'] ?? '')) return { body: p.body, etag: p.etag };
  if (encoding === 'br') p.br ??= brotliCompressSync(p.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 10 } });
  else p.gzip ??= gzipSync(p.body, { level: 9 });
  return { body: encoding === 'br' ? p.br! : p.gzip!, encoding, etag: `${p.etag.slice(0, -1)}-${encoding}"` };
}

const etagOf = (body: Buffer) => `"${Buffer.from(body.length.toString(36) + ':' + hash32(body)).toString('base64url')}"`;
function hash32(body: Buffer): string {
  // FNV-1a over the bytes: an ETag only needs to change when the content does.
  let h = 0x811c9dc5;
  for (let i = 0; i < body.length; i++) h = Math.imul(h ^ body[i], 0x01000193);
  return (h >>> 0).toString(36);
}

function prepareStatic(): Map<string, Prepared> {
  const prepared = new Map<string, Prepared>();
  for (const [url, entry] of staticEntries(distDir, routing.defaultLocale)) {
    const body = fs.readFileSync(entry.file);
    const headers = Object.fromEntries(Object.entries(entry.headers).map(([k, v]) => [k.toLowerCase(), v]));
    if (entry.html) {
      headers['content-security-policy'] = contentSecurityPolicy(inlineScriptHashes(body.toString('utf8')));
      // Revalidated on every visit (cheap with the ETag), so a new build is seen at once.
      headers['cache-control'] = 'public, max-age=0, must-revalidate';
    } else {
      headers['content-security-policy'] = contentSecurityPolicy();
    }
    prepared.set(url, { headers, body, etag: etagOf(body) });
  }
  return prepared;
}

// Keyed by file, not by address: "/chunks//a.js" and "/%63hunks/a.js" are the same file and must
// not each take a copy (and a compression) in memory.
const assets = new Map<string, Prepared>();
function asset(pathname: string): Prepared | undefined {
  const found = buildAssetFile(distDir, pathname);
  if (!found) return undefined;
  const cached = assets.get(found.file);
  if (cached) return cached;
  if (!fs.existsSync(found.file)) return undefined;
  const body = fs.readFileSync(found.file);
  // Build assets have content hashes in their names: they never change.
  const p: Prepared = { body, etag: etagOf(body), headers: { 'content-type': found.type, 'cache-control': 'public, max-age=31536000, immutable', 'content-security-policy': contentSecurityPolicy() } };
  assets.set(found.file, p);
  return p;
}

function setCommonHeaders(res: http.ServerResponse) {
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
}

function sendPrepared(req: http.IncomingMessage, res: http.ServerResponse, p: Prepared, acceptEncoding: string | undefined) {
  setCommonHeaders(res);
  for (const [k, v] of Object.entries(p.headers)) res.setHeader(k, v);
  res.setHeader('Vary', 'RSC, Next-Router-State-Tree, Next-Router-Prefetch, Next-Router-Segment-Prefetch, Accept-Encoding');
  const { body, encoding, etag } = encoded(p, chooseEncoding(acceptEncoding));
  res.setHeader('ETag', etag);
  if (req.headers['if-none-match']?.split(/\s*,\s*/).includes(etag)) {
    res.statusCode = 304;
    res.end();
    return;
  }
  if (encoding) res.setHeader('Content-Encoding', encoding);
  res.setHeader('Content-Length', body.length);
  res.statusCode = 200;
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** Requests for Next's client router (RSC payloads, prefetches, server actions) always go to Next. */
const NEXT_ONLY_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action'];

function forNextOnly(req: http.IncomingMessage, url: URL): boolean {
  return (req.method !== 'GET' && req.method !== 'HEAD') || url.searchParams.has('_rsc') || NEXT_ONLY_HEADERS.some((h) => req.headers[h] !== undefined);
}

/**
 * Lets Next write the response, then adds the policy: HTML is collected so the hashes of its inline
 * scripts can go in the header (streaming is given up for dynamic pages, which are small), and
 * text is compressed here because Next is not told the client accepts compression.
 */
function withPolicy(res: http.ServerResponse, acceptEncoding: string | undefined) {
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
    Buffer.isBuffer(chunk) ? chunk : chunk instanceof Uint8Array ? Buffer.from(chunk) : Buffer.from(String(chunk), typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');

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
    let body = Buffer.concat(chunks!);
    const type = String(res.getHeader('content-type') ?? '');
    res.setHeader('Content-Security-Policy', contentSecurityPolicy(type.startsWith('text/html') ? inlineScriptHashes(body.toString('utf8')) : []));
    const encodingChosen = body.length >= 1024 ? chooseEncoding(acceptEncoding) : undefined;
    if (encodingChosen) {
      body = encodingChosen === 'br' ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }) : gzipSync(body, { level: 6 });
      res.setHeader('Content-Encoding', encodingChosen);
      // Next's ETag names the uncompressed bytes: weak for this coding, still good for 304s.
      const etag = res.getHeader('etag');
      if (typeof etag === 'string' && !etag.startsWith('W/')) res.setHeader('ETag', `W/${etag}`);
      const vary = String(res.getHeader('vary') ?? '');
      if (!/accept-encoding/i.test(vary)) res.setHeader('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
    }
    if (!res.headersSent) res.setHeader('Content-Length', body.length);
    return end(body, typeof encoding === 'function' ? encoding : callback);
  }) as typeof res.end;
}

async function main() {
  // Next is told 'localhost' whatever address we listen on: the locale proxy rewrites to absolute
  // URLs on that host, and a rewrite to another host would be proxied as an external one.
  const app = next({ dev: false, dir: root, hostname: 'localhost', port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const pages = prepareStatic();

  const server = http.createServer((req, res) => {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      setCommonHeaders(res);
      res.statusCode = 400;
      res.end('Ongeldig adres');
      return;
    }
    const acceptEncoding = req.headers['accept-encoding'];
    if (!forNextOnly(req, url)) {
      const p = pages.get(url.pathname) ?? asset(url.pathname);
      if (p) return sendPrepared(req, res, p, acceptEncoding);
    }
    setCommonHeaders(res);
    delete req.headers['accept-encoding'];
    // The sender's address for the forms' rate limit, as this server saw it: never what the client claims.
    req.headers['x-gka-client'] = req.socket.remoteAddress ?? '';
    // A HEAD answer has no body to hash or compress; Next's own headers (length included) are right.
    if (req.method === 'HEAD') res.setHeader('Content-Security-Policy', contentSecurityPolicy());
    else withPolicy(res, acceptEncoding);
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  server.keepAliveTimeout = 65_000;
  server.listen(port, hostname, () => console.log(`▶ De portal draait op http://localhost:${port} (${pages.size} vaste pagina's en bestanden uit het geheugen)`));
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

await main();
