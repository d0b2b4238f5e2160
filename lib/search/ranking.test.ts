import { describe, expect, it } from 'vitest';
import { found } from './inverted';
import { browseOrder, documentBoost, grouping, ranking } from './ranking';
import { doc } from './test-docs';

describe('documentBoost', () => {
  it('raises news up to 15% the more recent it is, and keeps a document own boost', () => {
    expect(documentBoost(doc('a', { type: 'nieuws', date: '2026-03-01' }), 2026)).toBeCloseTo(1.15);
    expect(documentBoost(doc('a', { type: 'nieuws', date: '2021-03-01' }), 2026)).toBeCloseTo(1.075);
    expect(documentBoost(doc('a', { type: 'nieuws', date: '2001-03-01' }), 2026)).toBe(1);
    expect(documentBoost(doc('a', { date: '2026-03-01' }), 2026)).toBe(1);
    expect(documentBoost(doc('a', { boost: 1.1 }), 2026)).toBe(1.1);
  });
});

describe('ranking', () => {
  const texts = [
    { title: 'ouders en school', body: '' },
    { title: 'school', body: 'samen met ouders en school' },
    { title: 'school voor ouders', body: '' },
  ];
  const hits = found(Int32Array.from([0, 1, 2]), Float64Array.from([1, 1.2, 1.5]), () => []);
  const order = (placed: (p: number) => { at: number }) => [0, 1, 2].map((p) => hits.ids[placed(p).at]);
  it('ranks by score, and raises the exact phrase of a multi-word query: ×2 in the title, ×1.3 in the body', () => {
    expect(order(ranking(hits, 'ouders en school', false, (n) => texts[n]))).toEqual([2, 1, 0]);
    const placed = ranking(hits, 'ouders en school', true, (n) => texts[n]);
    expect(order(placed)).toEqual([0, 1, 2]);
    expect(placed(0).score).toBe(2);
    expect(placed(1).score).toBeCloseTo(1.56);
  });
  it('reads past the best hundred in score order', () => {
    const many = found(
      Int32Array.from({ length: 250 }, (_, i) => i),
      Float64Array.from({ length: 250 }, (_, i) => i),
      () => [],
    );
    const placed = ranking(many, 'x', false, () => ({ title: '', body: '' }));
    expect([placed(0).at, placed(99).at, placed(100).at, placed(249).at]).toEqual([249, 150, 149, 0]);
  });
});

describe('grouping', () => {
  const group = { url: '/regio', title: 'Regio’s' };
  const docs = [doc('/regio/a', { group }), doc('/regio/b', { group }), doc('/other'), doc('/regio/c', { group })];
  it('shows a group found more than once as one result, its best member standing in for the overview', () => {
    const { hidden, standIn } = grouping(
      docs,
      found(Int32Array.from([0, 1, 2]), Float64Array.from([1, 3, 2]), () => []),
    );
    expect([...hidden]).toEqual([1, 0, 0]);
    expect(standIn.get(1)).toMatchObject({ id: '/regio', url: '/regio', title: 'Regio’s' });
  });
  it('leaves a single member alone and hides all members when the overview itself is found', () => {
    expect([
      ...grouping(
        docs,
        found(Int32Array.from([0, 2]), Float64Array.from([1, 1]), () => []),
      ).hidden,
    ]).toEqual([0, 0]);
    const withOverview = [...docs, doc('/regio')];
    const { hidden, standIn } = grouping(
      withOverview,
      found(Int32Array.from([0, 3, 4]), Float64Array.from([1, 2, 3]), () => []),
    );
    expect([...hidden]).toEqual([1, 1, 0]);
    expect(standIn.size).toBe(0);
  });
});

describe('browseOrder', () => {
  it('lists newest first, then by title in Dutch order', () => {
    const docs = [
      doc('a', { title: 'Zwolle' }),
      doc('b', { title: 'ábc', date: '2024-01-01' }),
      doc('c', { title: 'Arnhem' }),
      doc('d', { date: '2025-01-01' }),
    ];
    expect([...browseOrder(docs)]).toEqual([3, 1, 2, 0]);
  });
});
