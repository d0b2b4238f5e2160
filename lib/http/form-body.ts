// Reading a posted HTML form in a route handler: url-encoded only (our forms post nothing else),
// with a size cap, first value of a repeated field. Framework-free: it takes a web Request.
import { limitKey } from './client-address';

const MAX_FORM_BYTES = 256 * 1024;

export type FormRead = { ok: true; fields: Record<string, string>; params: URLSearchParams } | { ok: false; reason: 'tooLarge' | 'format' };

/** A posted form with files (multipart/form-data): the fields as readForm gives them, and the files. */
export type FilesRead =
  { ok: true; fields: Record<string, string>; params: URLSearchParams; files: Map<string, File> } | { ok: false; reason: 'tooLarge' | 'format' };

/**
 * Reads a url-encoded form, or with `files` also a multipart one (the web editor's uploads), never
 * more than `maxBytes`: the body is counted as it arrives, before anything is parsed.
 */
export async function readForm(request: Request, maxBytes?: number): Promise<FormRead>;
export async function readForm(request: Request, maxBytes: number, options: { files: true }): Promise<FilesRead>;
export async function readForm(request: Request, maxBytes = MAX_FORM_BYTES, options: { files?: boolean } = {}): Promise<FormRead | FilesRead> {
  const type = request.headers.get('content-type') ?? '';
  const multipart = options.files && type.toLowerCase().startsWith('multipart/form-data');
  if (!multipart && !type.toLowerCase().startsWith('application/x-www-form-urlencoded')) return { ok: false, reason: 'format' };
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) return { ok: false, reason: 'tooLarge' };
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      let read: ReadableStreamReadResult<Uint8Array>;
      try {
        read = await reader.read();
      } catch {
        // Cut off: the client went away, or the server's request timeout (server/timeouts.ts)
        // closed a body that came too slowly. No form, and nothing for the error log.
        return { ok: false, reason: 'format' };
      }
      const { done, value } = read;
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        return { ok: false, reason: 'tooLarge' };
      }
      chunks.push(value);
    }
  }
  if (multipart) {
    let data: FormData;
    try {
      data = await new Response(Buffer.concat(chunks), { headers: { 'content-type': type } }).formData();
    } catch {
      return { ok: false, reason: 'format' };
    }
    const params = new URLSearchParams();
    const files = new Map<string, File>();
    for (const [key, value] of data) {
      if (typeof value === 'string') params.append(key, value);
      else if (value.size > 0 && !files.has(key)) files.set(key, value);
    }
    const fields: Record<string, string> = {};
    for (const [key, value] of params) if (!(key in fields)) fields[key] = value;
    return { ok: true, fields, params, files };
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
  const params = new URLSearchParams(text);
  const fields: Record<string, string> = {};
  for (const [key, value] of params) if (!(key in fields)) fields[key] = value;
  return { ok: true, fields, params };
}

/**
 * Whether the browser says the form came from this site. Browsers send Sec-Fetch-Site and Origin
 * with every POST; tools such as curl send neither and are let through (the signed token still
 * has to be right).
 */
export function isSameOrigin(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') return false;
  const origin = request.headers.get('origin');
  if (!origin || origin === 'null') return !origin;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * The sender, as the production server (server/index.ts, lib/http/client-address.ts) worked it
 * out; it overwrites what clients send. Per IPv6 /64, since that is what one client has.
 */
export const clientAddress = (request: Pick<Request, 'headers'>) => limitKey(request.headers.get('x-gka-client') ?? 'onbekend');

/** POST, then redirect: 303 so the browser follows with a GET, and a reload does not post again. */
export const seeOther = (location: string) => new Response(null, { status: 303, headers: { Location: location, 'Cache-Control': 'no-store' } });
