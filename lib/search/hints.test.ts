import { describe, expect, it } from 'vitest';
import { currentContent } from '@/lib/content';
import { finderIndex } from '@/lib/municipalities/register';
import { placeHint } from './hints';

const { municipalities } = currentContent();

describe('placeHint', () => {
  const hint = (q: string) => placeHint(finderIndex, q, municipalities);

  it('points a municipality without a GKA page to the coordinator finder only', () => {
    expect(hint('Leeuwarden')).toEqual({ name: 'Leeuwarden', finder: '/regiocoordinatoren?gemeente=GM0080' });
    expect(hint('  leeuwarden ')?.page).toBeUndefined();
    expect(hint('Utrecht')?.finder).toMatch(/^\/regiocoordinatoren\?gemeente=GM\d{4}$/);
  });

  it('points a GKA municipality to its page too, also by another or former name', () => {
    expect(hint('Zaanstad')).toEqual({ name: 'Zaanstad', finder: '/regiocoordinatoren?gemeente=GM0479', page: '/gemeenten/zaanstad' });
    expect(hint('Sneek')?.page).toBe('/gemeenten/sudwest-fryslan');
    expect(hint('den bosch')?.page).toBe('/gemeenten/s-hertogenbosch');
  });

  it('is no place for a typo, a word that starts a name, or no place at all', () => {
    expect(hint('Leewarden')).toBeUndefined();
    expect(hint('leeu')).toBeUndefined();
    expect(hint('armoede')).toBeUndefined();
    expect(hint('')).toBeUndefined();
  });
});
