import { describe, expect, it } from 'vitest';
import { createTermIndex, found } from '@/lib/search/inverted';

const texts = [
  ['Zomerschool Rotterdam', 'lezen en rekenen in de zomer'],
  ['Leesclub', 'lezen met ouders in de bibliotheek'],
  ['Schoolontbijt', 'gezond ontbijt op school voor kinderen'],
  ['Ouderkamer', 'ouders op school'],
  ['Lezen', 'samen boeken kiezen'],
];

const index = createTermIndex({
  count: texts.length,
  boosts: [4, 1],
  textOf: (n, field) => texts[n][field],
  tokenize: (text) => text.toLowerCase().match(/\p{L}+/gu) ?? [],
  processTerm: (word) => (['de', 'en', 'in', 'op', 'met', 'voor'].includes(word) ? null : word),
  docBoost: () => 1,
});

const ids = (terms: string[], pass = {}, combineWith: 'AND' | 'OR' = 'AND') => {
  const f = index.search(terms, pass, combineWith);
  return [...f.best(f.ids.length)].map((at) => f.ids[at]);
};

describe('search index', () => {
  it('requires every term with AND, any with OR', () => {
    expect(ids(['ouders', 'school'])).toEqual([3]);
    expect(ids(['ouders', 'school'], {}, 'OR').sort()).toEqual([1, 2, 3]);
    expect(ids(['ouders', 'xylofoon'])).toEqual([]);
  });

  it('ranks a title match above a body match', () => {
    expect(ids(['lezen'])[0]).toBe(4);
    expect(ids(['lezen']).slice(1).sort()).toEqual([0, 1]);
  });

  it('expands a prefix and forgives typos only when asked', () => {
    expect(ids(['schoo'])).toEqual([]);
    expect(ids(['schoo'], { prefix: () => true }).sort()).toEqual([2, 3]);
    expect(ids(['bibliothek'])).toEqual([]);
    expect(ids(['bibliothek'], { fuzzy: () => 0.2, maxFuzzy: 2 })).toEqual([1]);
    // The matched index terms, for highlighting.
    expect(index.search(['bibliothek'], { fuzzy: () => 0.2, maxFuzzy: 2 }, 'AND').termsOf(1)).toEqual(['bibliotheek']);
  });

  it('counts two swapped letters as one typo, as the suggestions do (lib/closest.ts)', () => {
    expect(ids(['bibliohteek'], { fuzzy: () => 1 })).toEqual([1]);
    expect(ids(['ouedrs'], { fuzzy: () => 1 }).sort()).toEqual([1, 3]);
    // Two swaps are two typos.
    expect(ids(['ouedsr'], { fuzzy: () => 1 })).toEqual([]);
  });

  it('selects the best k as a full stable sort would', () => {
    for (let run = 0; run < 200; run++) {
      const n = 1 + Math.floor(Math.random() * 200);
      const scores = Float64Array.from({ length: n }, () => Math.floor(Math.random() * (run % 2 ? 4 : 60)));
      const sorted = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[b] - scores[a] || a - b);
      const f = found(new Int32Array(n), scores, () => []);
      for (const k of [1, 3, 10, 50, n]) expect([...f.best(k)]).toEqual(sorted.slice(0, k));
    }
  });
});
