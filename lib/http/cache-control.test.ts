import { describe, expect, it } from 'vitest';
import { fromNext, prerendered, rendered } from './cache-control';

describe('cache headers for shared caches', () => {
  it('lets a shared cache keep a build file five minutes, browsers revalidate', () => {
    expect(prerendered()).toBe('public, max-age=0, s-maxage=300, must-revalidate');
  });

  it('keeps an answer from the content a few seconds (a publish can change it), never past its next clock transition', () => {
    const now = Date.parse('2026-01-01T12:00:00Z');
    expect(rendered(now, Infinity)).toBe('public, max-age=0, s-maxage=5, must-revalidate');
    expect(rendered(now, now + 2_500)).toBe('public, max-age=0, s-maxage=2, must-revalidate');
    expect(rendered(now, now - 1)).toBe('public, max-age=0, s-maxage=0, must-revalidate');
  });

  it("shortens Next's year in a shared cache to a few seconds, and leaves private answers alone", () => {
    expect(fromNext('s-maxage=31536000')).toBe('public, max-age=0, s-maxage=5, must-revalidate');
    const personal = 'private, no-cache, no-store, max-age=0, must-revalidate';
    expect(fromNext(personal)).toBe(personal);
    expect(fromNext('public, max-age=300')).toBe('public, max-age=300');
  });
});
