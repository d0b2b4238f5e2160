// The request line's target, read once into the one address every check and every renderer of
// the production server sees (server/index.ts). Framework-free.
//
// Why one address: a check on one spelling and a renderer that reads another (Next decodes
// `redacti%65`, trims a decoded `%20`, decodes `%2565` twice) let a page under embargo through.
// So the path is decoded here, segment by segment, and what could be read two ways is refused:
// - every percent-escape is decoded (`%65` is `e`, `%2e` a dot), whatever the case of its hex;
// - a decoded segment holds only letters, digits and what RFC 3986 allows unencoded in a path
//   (`-._~!$&'()*+,=:@`). Refused with 400: an encoded slash (`%2F`: one segment or two?), a
//   backslash (a slash to some parsers), `;` (path parameters, stripped by some servers), `%`
//   itself (`%2565` is decoded twice by some), `?` and `#`, spaces, control and invisible
//   characters: no address of this site has any of them;
// - dot segments are resolved (`/a/./b`, `/a/x/../b`); above the root is a 400, as in nginx;
// - repeated slashes are one, a trailing slash goes (`/themas/` is `/themas`);
// - the locale prefix is lower case (`/EN/themas` is `/en/themas`); `/nl/…` stays as it is
//   (Next's internal form, which the locale proxy redirects);
// - Next's own spellings of an address for its client router (`/x.rsc`, `/x.prefetch.rsc`,
//   `/x.segments/_tree.segment.rsc` are `/x` to Next) are a 400: the router asks `/x` with
//   headers, and no address of this site ends so.
// The query string is passed on as sent, once it is within bounds: thousands of parameters cost
// Next's query handling seconds of CPU (quadratic), so more than a filter form can make is a 414.

// The filter form of /interventies has the most fields: 24 with today's content, every GKA
// municipality a checkbox. With every box ticked and the alliance at the 101 municipalities the
// volume tests use, about 140, of which 101 of one name. At 300 parameters Next's handling costs
// about what rendering a page does (~25 ms); at 4,000, 1.4 s.
/** More parameters than this (pieces between `&`) are refused. */
export const MAX_PARAMS = 300;
/** More values than this for one name are refused. */
export const MAX_REPEATS = 150;
/** A longer query string (characters after `?`) is refused. The longest filter address is ~420. */
export const MAX_QUERY_CHARS = 4096;

export type Target = {
  ok: true;
  /** The normalised target in origin form, as Next gets it: `/actueel/nieuws?pagina=2`. */
  target: string;
  /** The normalised target as a URL (host `localhost`); `url.pathname` is the encoded path. */
  url: URL;
  /** The normalised path, decoded: what the checks compare (`/en/actueel/nieuws/…`). */
  path: string;
};
export type Refusal = { ok: false; status: 400 | 414; message: string };

const INVALID: Refusal = { ok: false, status: 400, message: 'Ongeldig adres.' };
const TOO_LONG: Refusal = { ok: false, status: 414, message: 'Dit adres is te lang of heeft te veel parameters.' };

/** What a path may hold as sent: the unreserved and sub-delimiting characters, `:@`, `/` and escapes. */
const RAW_PATH = /^[A-Za-z0-9\-._~!$&'()*+,=:@/%]*$/;
/** What a segment may hold once decoded: letters, marks and digits of any script, and the same marks. */
const SEGMENT = /^[\p{L}\p{M}\p{N}\-._~!$&'()*+,=:@]*$/u;
const BROKEN_ESCAPE = /%(?![0-9A-Fa-f]{2})/;
const NEXT_SPELLING = /\.(rsc|segments)$/;

/**
 * The request target normalised, or why not. An absolute target (`GET http://evil.example/x`)
 * is read for its path only: its host is ignored, like the Host header, so no redirect can point
 * elsewhere. `*` and `host:port` are refused.
 */
export function requestTarget(raw: string, locales: readonly string[] = []): Target | Refusal {
  let target = raw;
  if (!target.startsWith('/')) {
    const absolute = /^https?:\/\/[^/?#]*/i.exec(target);
    if (!absolute) return INVALID;
    try {
      new URL(target);
    } catch {
      return INVALID;
    }
    target = target.slice(absolute[0].length);
    if (!target.startsWith('/')) target = `/${target}`;
  }
  // A fragment is never sent by a browser; Next would drop it, a check might not.
  if (target.includes('#')) return INVALID;
  const q = target.indexOf('?');
  const rawPath = q < 0 ? target : target.slice(0, q);
  const query = q < 0 ? '' : target.slice(q + 1);
  if (!queryWithinBounds(query)) return TOO_LONG;

  if (!RAW_PATH.test(rawPath) || BROKEN_ESCAPE.test(rawPath)) return INVALID;
  const segments: string[] = [];
  for (const part of rawPath.split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(part);
    } catch {
      return INVALID;
    }
    if (!SEGMENT.test(segment) || NEXT_SPELLING.test(segment)) return INVALID;
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) return INVALID;
      segments.pop();
      continue;
    }
    segments.push(segment);
  }
  if (segments.length && locales.includes(segments[0].toLowerCase())) segments[0] = segments[0].toLowerCase();

  const path = `/${segments.join('/')}`;
  // Only what is not ASCII needs an escape again: every other character left is safe in a path.
  const encoded = `/${segments.map((s) => s.replace(/[^\x21-\x7e]+/gu, encodeURIComponent)).join('/')}`;
  const normalised = query ? `${encoded}?${query}` : encoded;
  return { ok: true, target: normalised, url: new URL(`http://localhost${normalised}`), path };
}

/** The query string's size, number of parameters and repeats of one name, each within its bound. */
export function queryWithinBounds(query: string): boolean {
  if (query.length > MAX_QUERY_CHARS) return false;
  if (!query) return true;
  const pieces = query.split('&');
  if (pieces.length > MAX_PARAMS) return false;
  const seen = new Map<string, number>();
  for (const piece of pieces) {
    const name = nameOf(piece);
    const n = (seen.get(name) ?? 0) + 1;
    if (n > MAX_REPEATS) return false;
    seen.set(name, n);
  }
  return true;
}

/** A parameter's name as URLSearchParams reads it: `+` a space, escapes decoded where they can be. */
function nameOf(piece: string): string {
  const eq = piece.indexOf('=');
  const name = (eq < 0 ? piece : piece.slice(0, eq)).replace(/\+/g, ' ');
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
