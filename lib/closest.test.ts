import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '@/lib/closest';

describe('closest', () => {
  it('suggests the closest allowed value for a typo', () => {
    expect(closest('armoed', ['armoede', 'gezondheid'])).toBe('armoede');
    expect(closest('xyz', ['armoede', 'gezondheid'])).toBeUndefined();
    expect(editDistance('tala', 'taal')).toBe(1);
    expect(editDistance('groningn', 'groningen')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('counts a swap of neighbouring letters as one edit, also when bounded', () => {
    expect(editDistance('bibliohteek', 'bibliotheek')).toBe(1);
    expect(editDistance('bibliohteek', 'bibliotheek', 1)).toBe(1);
    expect(editDistance('ab', 'ba', 0)).toBe(1);
    expect(editDistance('ca', 'abc')).toBe(3);
  });

  it('stops at max + 1 with a bound, and agrees with the unbounded distance below it', () => {
    expect(editDistance('armoede', 'gezondheid', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
    expect(editDistance('taal', 'taal', 0)).toBe(0);
    const letters = 'abcde';
    const word = (n: number) => Array.from({ length: n }, () => letters[Math.floor(Math.random() * letters.length)]).join('');
    for (let run = 0; run < 500; run++) {
      const a = word(Math.floor(Math.random() * 9));
      const b = word(Math.floor(Math.random() * 9));
      const d = editDistance(a, b);
      expect(editDistance(b, a)).toBe(d);
      for (const max of [0, 1, 2, 3]) expect(editDistance(a, b, max)).toBe(Math.min(d, max + 1));
    }
  });

  it('handles words longer than its reused rows', () => {
    const long = 'kansengelijkheid'.repeat(10);
    expect(editDistance(long, `${long}x`)).toBe(1);
    expect(editDistance(`${long}x`, long, 1)).toBe(1);
    expect(editDistance('taal', 'tala')).toBe(1);
  });
});
