import { describe, expect, it } from 'vitest';
import { createAnalysis, processTerm, siteWords } from './analysis';
import { doc } from './test-docs';

const split = (w: string) => (w === 'armoedebeleid' ? ['armoede', 'beleid'] : null);

describe('createAnalysis', () => {
  const analysis = createAnalysis([doc('a', { title: 'Armoedebeleid' })], { split, synonyms: [['vve', 'voorschoolse educatie']] });

  it('gives a word its own index term and those of its compound parts; stopwords none', () => {
    expect(analysis.termsOfWord('Armoedebeleid')).toEqual([processTerm('armoedebeleid'), processTerm('armoede'), processTerm('beleid')]);
    expect(analysis.termsOfWord('de')).toEqual([]);
  });

  it('adds the parts of compounds and the synonyms, both ways, to a field', () => {
    expect(analysis.expand(['Armoedebeleid', 'en', 'VVE'])).toEqual(['Armoedebeleid', 'en', 'VVE', 'voorschoolse', 'educatie', 'armoede', 'beleid']);
    expect(analysis.expand(['voorschoolse', 'educatie'])).toEqual(['voorschoolse', 'educatie', 'vve']);
    expect(analysis.expand(['voorschoolse', 'opvang'])).toEqual(['voorschoolse', 'opvang']);
  });

  it('asks for the parts of a compound in a query, else for the word itself', () => {
    expect(analysis.querySplit('armoedebeleid')).toEqual({
      word: 'armoedebeleid',
      parts: ['armoede', 'beleid'],
      terms: [[processTerm('armoede')], [processTerm('beleid')]],
    });
    expect(analysis.askedBy('armoedebeleid')).toEqual([processTerm('armoede'), processTerm('beleid')]);
    expect(analysis.askedBy('ouders')).toEqual([processTerm('ouders')]);
    expect(analysis.askedBy('het')).toEqual([]);
  });

  it('splits a query word against the site words too, as lemma and as written', () => {
    let extra: ReadonlySet<string> | undefined;
    const withParts = createAnalysis([doc('a', { summary: 'kansen voor ouderbetrokkenheid' })], {
      parts: (f, e) => (
        (extra = e),
        f === 'kansenouders'
          ? [
              { lemma: 'kans', form: 'kansen' },
              { lemma: 'ouder', form: 'ouders' },
            ]
          : null
      ),
    });
    expect(withParts.querySplit('kansenouders')?.terms).toEqual([
      [...new Set([processTerm('kans'), processTerm('kansen')])],
      [...new Set([processTerm('ouder'), processTerm('ouders')])],
    ]);
    expect(extra?.has('ouderbetrokkenheid')).toBe(true);
  });
});

describe('siteWords', () => {
  it('gathers folded words of four letters or more, letters only, never from addresses', () => {
    const words = siteWords([doc('a', { title: 'Gelijke Kansen', text: 'Mail gelijkekansen@minocw.nl of www.gka2.nl, zie Súdwest' })]);
    expect([...words].sort()).toEqual(['gelijke', 'kansen', 'mail', 'sudwest']);
  });
});
