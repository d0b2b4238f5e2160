import { describe, expect, it } from 'vitest';
import { suggest, titleVocabulary } from './suggest';
import { doc } from './test-docs';
import { termOf } from './text';

const vocabulary = titleVocabulary([
  doc('a', { title: 'Taalles voor ouders' }),
  doc('b', { title: 'Taalles in Súdwest-Fryslân' }),
  doc('c', { title: 'Taallijst' }),
]);

describe('titleVocabulary', () => {
  it('counts the folded title words of four letters or more', () => {
    expect(Object.fromEntries(vocabulary)).toEqual({ taalles: 2, voor: 1, ouders: 1, sudwest: 1, fryslan: 1, taallijst: 1 });
  });
});

describe('suggest', () => {
  it('replaces an unknown word by the closest title word, a swap of two letters being one edit', () => {
    expect(suggest('taalels', vocabulary, termOf)).toBe('taalles');
    expect(suggest('Oudres taalles', vocabulary, termOf)).toBe('ouders taalles');
    expect(suggest('sudwest frislan', vocabulary, termOf)).toBe('sudwest fryslan');
  });
  it('prefers the more common of equally close words', () => {
    expect(suggest('taalies', vocabulary, termOf)).toBe('taalles');
  });
  it('suggests nothing when no word is within two edits, or every word is known, short or a stopword', () => {
    expect(suggest('rekenen', vocabulary, termOf)).toBeUndefined();
    expect(suggest('ouders taalles', vocabulary, termOf)).toBeUndefined();
    expect(suggest('tal', vocabulary, termOf)).toBeUndefined();
    expect(suggest('omdat', new Map([['omdal', 1]]), termOf)).toBeUndefined();
  });
});
