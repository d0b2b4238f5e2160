import { describe, expect, it } from 'vitest';
import type { Asked } from './analysis';
import { createTermIndex, found, type Pass } from './inverted';
import { escalate, holdsConcept, keep, match, union } from './passes';

const texts = ['armoedebeleid gemeente', 'beleid tegen armoede', 'armoede en later veel meer woorden over beleid', 'schoolontbijt', 'schoolreis', 'school'];
const index = createTermIndex({
  count: texts.length,
  boosts: [1],
  textOf: (n) => texts[n],
  tokenize: (text) => text.split(' '),
  processTerm: (w) => (['en', 'tegen'].includes(w) ? null : w),
  docBoost: () => 1,
});
const ids = (f: { ids: Int32Array }) => [...f.ids].sort();
const armoedebeleid: Asked = { word: 'armoedebeleid', parts: ['armoede', 'beleid'], terms: [['armoede'], ['beleid']] };
const same = (w: string) => [w];

describe('escalate', () => {
  it('runs the exact pass, then prefix, then typos, while fewer than three are found', () => {
    const asked: Pass[] = [];
    const spy = (terms: string[], pass: Pass, combine: 'AND' | 'OR') => (asked.push(pass), index.search(terms, pass, combine));
    expect(ids(escalate(spy, ['shool'], 'AND'))).toEqual([5]);
    expect(asked.map((p) => [!!p.prefix, !!p.fuzzy])).toEqual([
      [false, false],
      [true, false],
      [true, true],
    ]);
    asked.length = 0;
    // One exact hit is too few: the prefix pass finds three, so typos are not tried.
    expect(ids(escalate(spy, ['school'], 'AND'))).toEqual([3, 4, 5]);
    expect(asked).toHaveLength(2);
    // Two exact hits are too few too: "armoedebeleid" starts with the word.
    expect(ids(escalate(index.search, ['armoede'], 'AND'))).toEqual([0, 1, 2]);
  });

  it('forgives a typo only in a word of five letters or more, a swap as one', () => {
    expect(ids(escalate(index.search, ['armeode'], 'AND'))).toEqual([1, 2]);
    expect(ids(escalate(index.search, ['shool'], 'AND'))).toEqual([5]);
    expect(ids(escalate(index.search, ['bleid'], 'AND'))).toEqual([1, 2]);
    expect(ids(escalate(index.search, ['lter'], 'AND'))).toEqual([]);
  });
});

describe('keep and union', () => {
  const a = found(Int32Array.from([1, 2, 3]), Float64Array.from([3, 2, 1]), () => ['a']);
  const b = found(Int32Array.from([3, 4]), Float64Array.from([5, 1]), () => ['b']);
  it('keeps the hits that pass, in order, with their scores', () => {
    const k = keep(a, (n) => n !== 2);
    expect([...k.ids]).toEqual([1, 3]);
    expect([...k.scores]).toEqual([3, 1]);
  });
  it('joins two searches with the better score and all terms per document', () => {
    const u = union(a, b);
    expect([...u.ids]).toEqual([1, 2, 3, 4]);
    expect([...u.scores]).toEqual([3, 2, 5, 1]);
    expect(u.termsOf(3)).toEqual(['a', 'b']);
    expect(
      union(
        a,
        found(new Int32Array(0), new Float64Array(0), () => []),
      ),
    ).toBe(a);
  });
});

describe('holdsConcept', () => {
  it('holds the compound itself or its parts within five words on one line', () => {
    expect(holdsConcept('beleid tegen armoede', armoedebeleid, 'armoedebeleid', same)).toBe(true);
    expect(holdsConcept('het armoedebeleid', armoedebeleid, 'armoedebeleid', same)).toBe(true);
    expect(holdsConcept('armoede a b c d e f beleid', armoedebeleid, 'armoedebeleid', same)).toBe(false);
    expect(holdsConcept('armoede\nbeleid', armoedebeleid, 'armoedebeleid', same)).toBe(false);
    expect(holdsConcept('armoede a b c d beleid', armoedebeleid, null, same)).toBe(true);
  });
});

describe('match', () => {
  const parts = {
    search: index.search,
    processTerm: (w: string) => (['en', 'tegen'].includes(w) ? null : w),
    holds: (n: number, c: Asked) => holdsConcept(texts[n], c, c.word, same),
  };
  const plain = { ...parts, querySplit: () => null, askedBy: (w: string) => [w] };
  it('asks for every word, and for any word (mode or) when no document has them all', () => {
    expect(match(['beleid', 'armoede'], plain).mode).toBe('and');
    expect(ids(match(['beleid', 'armoede'], plain).found)).toEqual([1, 2]);
    const or = match(['schoolreis', 'gemeente'], plain);
    expect([or.mode, ids(or.found)]).toEqual(['or', [0, 4]]);
  });
  it('finds a compound as a whole or by its parts close together, else by its parts apart (mode parts)', () => {
    const compound = {
      ...parts,
      querySplit: (w: string) => (w === 'armoedebeleid' ? armoedebeleid : null),
      askedBy: (w: string) => (w === 'armoedebeleid' ? ['armoede', 'beleid'] : [w]),
    };
    const concept = match(['armoedebeleid'], compound);
    expect([concept.mode, ids(concept.found)]).toEqual(['and', [0, 1]]);
    expect(concept.compounds).toEqual([{ word: 'armoedebeleid', parts: ['armoede', 'beleid'] }]);
    const apart = match(['armoedebeleid'], {
      ...compound,
      search: (terms, pass, combine) =>
        index.search(
          terms.map((t) => (t === 'armoedebeleid' ? 'x' : t)),
          pass,
          combine,
        ),
      holds: () => false,
    });
    expect([apart.mode, ids(apart.found)]).toEqual(['parts', [1, 2]]);
  });
});
