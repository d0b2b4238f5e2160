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
});
