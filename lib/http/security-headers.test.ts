import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScriptHashes, SECURITY_HEADERS } from '@/lib/http/security-headers';

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
});

describe('contentSecurityPolicy', () => {
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
