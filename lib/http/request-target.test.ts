import { describe, expect, it } from 'vitest';
import { requestTarget } from '@/lib/http/request-target';

describe('requestTarget', () => {
  it('keeps an origin-form target, and reads "//host/x" as a path, not as another host', () => {
    expect(requestTarget('/zoeken?q=taal')?.target).toBe('/zoeken?q=taal');
    expect(requestTarget('/zoeken?q=taal')?.url.pathname).toBe('/zoeken');
    const doubled = requestTarget('//evil.example/zoeken')!;
    expect(doubled.url.host).toBe('localhost');
    expect(doubled.url.pathname).toBe('//evil.example/zoeken');
  });

  it('ignores the host of an absolute-form target', () => {
    expect(requestTarget('http://evil.example/zoeken/?q=1')?.target).toBe('/zoeken/?q=1');
    expect(requestTarget('HTTPS://evil.example')?.target).toBe('/');
    expect(requestTarget('http://evil.example/zoeken')?.url.host).toBe('localhost');
  });

  it('refuses other forms and paths whose percent-encoding does not decode', () => {
    for (const bad of ['*', 'evil.example:443', 'ftp://evil.example/x', '/%c0', '/%E0%A4%A', '/a%zz/%ff', 'http://[::1'])
      expect(requestTarget(bad), bad).toBeUndefined();
    // Encoded but well-formed paths are fine; the query string is left to lib/http/query.ts.
    expect(requestTarget('/%63hunks/a.js')?.url.pathname).toBe('/%63hunks/a.js');
    expect(requestTarget('/zoeken?q=%c0')?.target).toBe('/zoeken?q=%c0');
  });
});
