import { describe, expect, it } from 'vitest';
import { fromNext, prerendered, rendered } from './cache-control';

describe('cache headers for shared caches', () => {
  it('lets a shared cache keep a prerendered page five minutes, browsers revalidate', () => {
    expect(prerendered()).toBe('public, max-age=0, s-maxage=300, must-revalidate');
  });

  it('keeps a rendered page at most a minute, and never past its next clock transition', () => {
    const now = Date.parse('2026-01-01T12:00:00Z');
    expect(rendered(now, Infinity)).toBe('public, max-age=0, s-maxage=60, must-revalidate');
    expect(rendered(now, now + 20_500)).toBe('public, max-age=0, s-maxage=20, must-revalidate');
    expect(rendered(now, now - 1)).toBe('public, max-age=0, s-maxage=0, must-revalidate');
  });

  it("shortens Next's year in a shared cache to a minute, and leaves private answers alone", () => {
    expect(fromNext('s-maxage=31536000')).toBe('public, max-age=0, s-maxage=60, must-revalidate');
    const personal = 'private, no-cache, no-store, max-age=0, must-revalidate';
    expect(fromNext(personal)).toBe(personal);
    expect(fromNext('public, max-age=300')).toBe('public, max-age=300');
  });
});
