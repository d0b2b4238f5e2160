import { describe, expect, it } from 'vitest';
import { perSnapshot } from './per-snapshot';
import { emptyDocuments, openRelease } from './release';

describe('perSnapshot', () => {
  it('makes a value once per snapshot, and again for another snapshot', () => {
    let made = 0;
    const count = perSnapshot((content) => ({ n: ++made, release: content.release.id }));
    const a = openRelease({ id: 'a', createdAt: '', documents: emptyDocuments() }).at(0);
    const b = openRelease({ id: 'b', createdAt: '', documents: emptyDocuments() }).at(0);
    expect(count(a)).toBe(count(a));
    expect(count(b)).toEqual({ n: 2, release: 'b' });
    expect(made).toBe(2);
  });
});
