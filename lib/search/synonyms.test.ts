import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../content/validate';
import { parseSynonyms, SYNONYMS_FILE } from './synonyms';

describe('the synonym list', () => {
  it('reads groups, folded', () => {
    const { groups, problems } = parseSynonyms('# uitleg\n- [VVE, Voorschoolse educatie]\n- [po, primair onderwijs]\n');
    expect(problems).toEqual([]);
    expect(groups).toEqual([
      ['vve', 'voorschoolse educatie'],
      ['po', 'primair onderwijs'],
    ]);
  });

  it('explains every mistake in Dutch, with its line', () => {
    const { problems } = parseSynonyms(`- [vve, voorschoolse educatie]\n- [alleen]\n- tekst\n- [vve, kinderopvang, opvang]\n- ["", iets, ander]\n`);
    const lines = problems.map(formatProblem);
    expect(lines).toEqual([
      expect.stringMatching(/:2 — synoniemen: de groep "alleen" heeft maar één woord/),
      expect.stringMatching(/:3 — synoniemen: deze regel is geen groep woorden/),
      expect.stringMatching(/:4 — synoniemen: "vve" staat ook in de groep op regel 1/),
      expect.stringMatching(/:5 — synoniemen: een woord in deze groep is leeg/),
    ]);
    expect(parseSynonyms('- [vve, voorschoolse: educatie').problems[0].message).toMatch(/geen geldige YAML/);
    expect(parseSynonyms('vve: voorschoolse educatie').problems[0].message).toBe('het bestand is geen lijst van groepen');
  });

  it('the editors\u2019 file is in order', () => {
    expect(parseSynonyms(fs.readFileSync(SYNONYMS_FILE, 'utf8')).problems).toEqual([]);
  });
});
