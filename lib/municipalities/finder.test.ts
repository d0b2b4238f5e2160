import { describe, expect, it } from 'vitest';
import { findMunicipality, normalizeName, suggestMunicipalities, type FinderResult } from '@/lib/municipalities/finder';
import { finderIndex, REGISTER } from '@/lib/municipalities/register';

const found = (query: string) => {
  const r = findMunicipality(finderIndex, query);
  return r.status === 'found' ? r.municipality.name : r.status;
};

const choices = (r: FinderResult) => (r.status === 'choose' ? r.candidates.map((c) => c.municipality.name) : []);

describe('normalizeName', () => {
  it('ignores case, accents, apostrophes, hyphens and the word gemeente', () => {
    expect(normalizeName("'s-Hertogenbosch")).toBe('s hertogenbosch');
    expect(normalizeName('s-hertogenbosch')).toBe('s hertogenbosch');
    expect(normalizeName('Súdwest-Fryslân')).toBe('sudwest fryslan');
    expect(normalizeName('  Gemeente  Den Haag ')).toBe('den haag');
    expect(normalizeName('’s Gravenhage')).toBe('s gravenhage');
  });
});

describe('findMunicipality', () => {
  it.each([
    ["'s-Hertogenbosch", "'s-Hertogenbosch"],
    ['s-hertogenbosch', "'s-Hertogenbosch"],
    ['den bosch', "'s-Hertogenbosch"],
    ['Den Bosch', "'s-Hertogenbosch"],
    ['Den Haag', "'s-Gravenhage"],
    ["'s-Gravenhage", "'s-Gravenhage"],
    ['s gravenhage', "'s-Gravenhage"],
    ['sudwest fryslan', 'Súdwest-Fryslân'],
    ['Súdwest-Fryslân', 'Súdwest-Fryslân'],
    ['Groningn', 'Groningen'],
    ['GRONINGEN', 'Groningen'],
    ['Eemsdelta', 'Eemsdelta'],
    ['Delfzijl', 'Eemsdelta'],
    ['Vijfheerenlanden', 'Vijfheerenlanden'],
    ['Vianen', 'Vijfheerenlanden'],
    ['Land van Cuijk', 'Land van Cuijk'],
    ['Boxmeer', 'Land van Cuijk'],
    ['Sneek', 'Súdwest-Fryslân'],
    ['Weesp', 'Amsterdam'],
    ['Nuenen', 'Nuenen, Gerwen en Nederwetten'],
    ['Hengelo', 'Hengelo (O.)'],
    ['Utrecht', 'Utrecht'],
    ['Amsterdm', 'Amsterdam'],
    ['rotterdma', 'Rotterdam'],
    ['Voorne aan Zee', 'Voorne aan Zee'],
    ['Hellevoetsluis', 'Voorne aan Zee'],
    ['gemeente Ede', 'Ede'],
    ['GM0363', 'Amsterdam'],
    ['Bussum', 'Gooise Meren'],
    ['Veghel', 'Meierijstad'],
    ['Boskoop', 'Alphen aan den Rijn'],
    ['gm0363', 'Amsterdam'],
  ])('"%s" → %s', (query, name) => {
    expect(found(query)).toBe(name);
  });

  it('finds every one of the 342 municipalities by its own name, in any case and without accents', () => {
    for (const m of REGISTER) {
      expect(found(m.name)).toBe(m.name);
      expect(found(normalizeName(m.name).toUpperCase())).toBe(m.name);
    }
  });

  it('says how it found a name: former with its year, alternative, or a likely typo', () => {
    expect(findMunicipality(finderIndex, 'Sneek')).toMatchObject({ status: 'found', exact: true, matched: { kind: 'former', label: 'Sneek', since: 2011 } });
    expect(findMunicipality(finderIndex, 'den bosch')).toMatchObject({ status: 'found', exact: true, matched: { kind: 'alternative', label: 'Den Bosch' } });
    expect(findMunicipality(finderIndex, 'Groningn')).toMatchObject({ status: 'found', exact: false });
  });

  it('offers a short list when several municipalities fit', () => {
    expect(choices(findMunicipality(finderIndex, 'Bergen'))).toEqual(['Bergen (L.)', 'Bergen (NH.)']);
    const alphen = choices(findMunicipality(finderIndex, 'Alphen'));
    expect(alphen).toEqual(expect.arrayContaining(['Alphen aan den Rijn', 'Alphen-Chaam']));
    expect(choices(findMunicipality(finderIndex, 'Krimpen'))).toEqual(['Krimpen aan den IJssel', 'Krimpenerwaard']);
  });

  it('offers both a likely typo and names that start with the text', () => {
    expect(choices(findMunicipality(finderIndex, 'Capelle'))).toEqual(['Capelle aan den IJssel', 'Kapelle']);
    expect(choices(findMunicipality(finderIndex, 'Utrechtse'))).toEqual(['Utrecht', 'Utrechtse Heuvelrug']);
  });

  it('matches former names only in full, and a split municipality gives all its successors', () => {
    expect(choices(findMunicipality(finderIndex, 'Haaren'))).toEqual(['Boxtel', 'Oisterwijk', 'Tilburg', 'Vught']);
    expect(found('Haren')).toBe('Groningen');
    expect(choices(findMunicipality(finderIndex, 'Winsum'))).toEqual(['Het Hogeland', 'Westerkwartier']);
  });

  it('gives empty and none instead of guessing', () => {
    expect(findMunicipality(finderIndex, '  ').status).toBe('empty');
    expect(findMunicipality(finderIndex, "'-").status).toBe('empty');
    expect(findMunicipality(finderIndex, 'xyzzy').status).toBe('none');
    expect(findMunicipality(finderIndex, 'Parijs').status).toBe('none');
    expect(findMunicipality(finderIndex, 'a'.repeat(5000)).status).toBe('none');
  });
});

describe('suggestMunicipalities', () => {
  const names = (q: string) => suggestMunicipalities(finderIndex, q).map((s) => s.name);

  it('suggests names that start with the text first, at most 8, one per municipality', () => {
    expect(names('gron')[0]).toBe('Groningen');
    expect(names('den')).toEqual(expect.arrayContaining(['Den Helder', "'s-Gravenhage", "'s-Hertogenbosch"]));
    expect(names('s')).toHaveLength(8);
    expect(new Set(names('bergen')).size).toBe(names('bergen').length);
  });

  it('suggests from the middle of a name, former names and typos', () => {
    expect(names('heuvelrug')).toContain('Utrechtse Heuvelrug');
    expect(names('sneek')).toEqual(['Súdwest-Fryslân']);
    expect(names('amsterdma')).toContain('Amsterdam');
  });
});
