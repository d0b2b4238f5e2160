import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '@/lib/http/rate-limit';

describe('rate limit', () => {
  it('hit() refuses past the limit, per key, until the window has passed', () => {
    const limiter = createRateLimiter(2, 1_000);
    expect([limiter.hit('a', 0), limiter.hit('a', 1), limiter.hit('a', 2), limiter.hit('b', 2)]).toEqual([true, true, false, true]);
    expect(limiter.hit('a', 1_000)).toBe(true);
  });

  it('count() counts every hit, and stops keeping them at twice the limit', () => {
    const limiter = createRateLimiter(3, 1_000);
    const counts = Array.from({ length: 10 }, (_, i) => limiter.count('a', i));
    expect(counts).toEqual([1, 2, 3, 4, 5, 6, 7, 7, 7, 7]);
    // What was not kept does not hold the key back once the window moves on.
    expect(limiter.count('a', 1_000)).toBe(6);
    limiter.reset('a');
    expect(limiter.count('a', 1_000)).toBe(1);
  });
});
