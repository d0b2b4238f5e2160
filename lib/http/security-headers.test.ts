import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScriptHashes, isInternalHeader, newNonce, SECURITY_HEADERS } from '@/lib/http/security-headers';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('inlineScriptHashes', () => {
  it('hashes executable inline scripts exactly, once each, and skips external scripts and JSON data', () => {
    const html = [
      '<script>self.__next_f.push([1,"a"])</script>',
      '<script>self.__next_f.push([1,"a"])</script>',
      '<script src="/_next/static/chunks/x.js" async=""></script>',
      '<script type="application/ld+json">{"@type":"Organization"}</script>',
      '<script type="module">import "x"</script>',
      '<script id="x" nonce="">\nconsole.log(1)\n</script>',
    ].join('');
    expect(inlineScriptHashes(html)).toEqual([sha('self.__next_f.push([1,"a"])'), sha('import "x"'), sha('\nconsole.log(1)\n')]);
  });

  it('leaves out the scripts that carry the response’s nonce', () => {
    const html = '<script nonce="abc=">a()</script><script nonce="xyz=">b()</script><script>c()</script>';
    expect(inlineScriptHashes(html, 'abc=')).toEqual([sha('b()'), sha('c()')]);
  });
});

describe('contentSecurityPolicy', () => {
  it('allows a nonce, styles only from the site, and hides Next’s internal headers', () => {
    const csp = contentSecurityPolicy(["'sha256-abc'"], 'bm9uY2U=');
    expect(csp).toContain("script-src 'self' 'sha256-abc' 'nonce-bm9uY2U='");
    expect(csp).toContain("style-src 'self';");
    expect(csp).not.toContain('unsafe-inline');
    expect(newNonce()).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(newNonce()).not.toBe(newNonce());
    for (const h of [
      'x-nextjs-cache',
      'X-NextJS-Prerender',
      'x-nextjs-stale-time',
      'x-nextjs-rewritten-path',
      'x-middleware-rewrite',
      'x-matched-path',
      'x-next-cache-tags',
    ])
      expect(isInternalHeader(h), h).toBe(true);
    for (const h of ['content-type', 'etag', 'vary', 'x-content-type-options', 'x-frame-options', 'location']) expect(isInternalHeader(h), h).toBe(false);
  });

  it('allows scripts only from the site and by hash, never inline or eval, and forbids framing', () => {
    const csp = contentSecurityPolicy(["'sha256-abc'"]);
    expect(csp).toContain("script-src 'self' 'sha256-abc'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(contentSecurityPolicy()).toContain("script-src 'self';");
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
  });
});
