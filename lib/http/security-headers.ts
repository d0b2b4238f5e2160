// The security headers of every response, and the Content-Security-Policy of HTML. Three kinds
// of HTML, three ways to allow a script, none of which trusts what a response body happens to
// contain:
// - prerendered pages: the SHA-256 of each inline script, taken at start from the build output;
// - pages Next renders per request: a fresh nonce, which Next puts on its own scripts;
// - pages the production server renders itself: no inline script at all ('self' only).
// Used by the production server (server/); framework-free and unit-tested.
import { createHash, randomBytes } from 'node:crypto';

/** Executable inline scripts: no src, and no type or a JavaScript type (JSON-LD is data, not script). */
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)((?:\s[^>]*)?)>([\s\S]*?)<\/script>/gi;
const EXECUTABLE_TYPE = /\stype=("|')?(?!text\/javascript|module|application\/javascript)[^"'\s>]+/i;

/** The hashes of the executable inline scripts, leaving out those that carry `nonce` (if given). */
export function inlineScriptHashes(html: string, nonce?: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes, body] of html.matchAll(INLINE_SCRIPT)) {
    if (EXECUTABLE_TYPE.test(attributes) || (nonce && attributes.includes(` nonce="${nonce}"`))) continue;
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/** A nonce for one response: 128 random bits. */
export const newNonce = () => randomBytes(16).toString('base64');

/**
 * The policy: scripts from the site, plus the given hashes and nonce. Styles only from the
 * site's stylesheets: no page has a style attribute or <style> element (React sets style props
 * through the CSSOM, which a policy does not govern). Nothing may frame the site, forms only
 * post to it, no plugins, no <base> tricks.
 */
export function contentSecurityPolicy(scriptHashes: readonly string[] = [], nonce?: string): string {
  const sources = [...scriptHashes, ...(nonce ? [`'nonce-${nonce}'`] : [])];
  return [
    "default-src 'self'",
    `script-src 'self'${sources.length ? ` ${sources.join(' ')}` : ''}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Headers for every response, whatever its type. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * Headers Next uses between its own parts (cache state, rewrites, the matched route): they tell an
 * outsider how the site is built and what is cached, and are never sent to visitors.
 */
const INTERNAL_HEADER = /^(?:x-(?:next|nextjs|middleware)-|x-matched-path$|x-powered-by$)/i;
export const isInternalHeader = (name: string) => INTERNAL_HEADER.test(name);
