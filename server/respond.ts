// Sending a page kept in memory: an ETag per content coding, 304 when the client has it, and the
// compressed forms made once, off the event loop (zlib runs in libuv's thread pool).
import { createHash } from 'node:crypto';
import type http from 'node:http';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { matchesEtag } from '@/lib/http/conditional';
import type { CachedPage } from '@/lib/http/response-cache';
import { chooseEncoding, isCompressible } from '@/lib/http/static-files';
import { SECURITY_HEADERS } from '@/lib/http/security-headers';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** The one ETag of a body kept in memory (a page, a file, a build asset): it changes when the bytes do. */
export const etagOf = (body: Buffer) => `"${createHash('sha1').update(body).digest('base64url')}"`;

/** How hard to compress: a build file once for good (high), a rendered page on first request (fast). */
export type Effort = 'high' | 'fast';

export function compress(body: Buffer, encoding: 'br' | 'gzip', effort: Effort): Promise<Buffer> {
  if (encoding === 'br')
    return brotliAsync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: effort === 'high' ? 10 : 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
  return gzipAsync(body, { level: effort === 'high' ? 9 : 6 });
}

// The same URL asked by Next's client router gets an RSC payload from Next, not this HTML.
export const VARY = 'RSC, Next-Router-State-Tree, Next-Router-Prefetch, Next-Router-Segment-Prefetch, Accept-Encoding';

const running = new WeakMap<CachedPage, Map<string, Promise<Buffer>>>();

/** The page in a coding: made once, shared by everyone asking meanwhile. `grew` is told when it is kept. */
function encodedBody(page: CachedPage, encoding: 'br' | 'gzip', effort: Effort, grew?: () => void): Buffer | Promise<Buffer> {
  const ready = page.encoded.get(encoding);
  if (ready) return ready;
  let forPage = running.get(page);
  if (!forPage) running.set(page, (forPage = new Map()));
  let p = forPage.get(encoding);
  if (!p) {
    p = compress(page.body, encoding, effort).then((b) => {
      page.encoded.set(encoding, b);
      forPage!.delete(encoding);
      grew?.();
      return b;
    });
    forPage.set(encoding, p);
  }
  return p;
}

/** Starts making the compressed forms, so the first visitor does not wait for them. */
export function precompress(page: CachedPage, effort: Effort, grew?: () => void) {
  if (page.body.length < 1024 || !isCompressible(page.headers['content-type'] ?? '')) return;
  for (const e of ['br', 'gzip'] as const) void encodedBody(page, e, effort, grew);
}

export async function sendPage(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  page: CachedPage,
  { effort, grew, cacheControl }: { effort: Effort; grew?: () => void; cacheControl?: string },
) {
  const compressible = page.body.length >= 1024 && isCompressible(page.headers['content-type'] ?? '');
  const encoding = compressible ? chooseEncoding(req.headers['accept-encoding']) : undefined;
  // Each coding its own strong ETag: a validator names one exact representation.
  const etag = encoding ? `${page.etag.slice(0, -1)}-${encoding}"` : page.etag;
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
  for (const [k, v] of Object.entries(page.headers)) res.setHeader(k, v);
  if (cacheControl) res.setHeader('Cache-Control', cacheControl);
  // A feed also varies with Accept (lib/feeds/format.ts): what the answer says it varies on is kept.
  res.setHeader('Vary', page.headers.vary ? `${page.headers.vary}, ${VARY}` : VARY);
  res.setHeader('ETag', etag);
  if (matchesEtag(req.headers['if-none-match'], etag)) {
    res.statusCode = 304;
    res.end();
    return;
  }
  const body = encoding ? await encodedBody(page, encoding, effort, grew) : page.body;
  if (encoding) res.setHeader('Content-Encoding', encoding);
  res.setHeader('Content-Length', body.length);
  res.statusCode = page.status;
  res.end(req.method === 'HEAD' ? undefined : body);
}
