import { describe, expect, it } from 'vitest';
import { matchesEtag, MAX_CONDITIONAL_HEADER } from './conditional';

describe('matchesEtag', () => {
  it('finds a tag in a list, weak or strong, with or without spaces and tabs', () => {
    expect(matchesEtag('"abc"', '"abc"')).toBe(true);
    expect(matchesEtag('"x", "abc"', '"abc"')).toBe(true);
    expect(matchesEtag('"x",\t W/"abc" ', '"abc"')).toBe(true);
    expect(matchesEtag('"x"', 'W/"abc"')).toBe(false);
    expect(matchesEtag('*', '"abc"')).toBe(true);
    expect(matchesEtag(undefined, '"abc"')).toBe(false);
    expect(matchesEtag(['"x"', '"abc"'], '"abc"')).toBe(true);
    expect(matchesEtag('"abcd"', '"abc"')).toBe(false);
  });

  it('does not read a header longer than the cap (a flood of spaces is refused, not parsed)', () => {
    expect(matchesEtag(' '.repeat(16_384) + '"abc"', '"abc"')).toBe(false);
    expect(matchesEtag(`${' \t'.repeat((MAX_CONDITIONAL_HEADER - 10) / 2)}"abc"`, '"abc"')).toBe(true);
  });
});
