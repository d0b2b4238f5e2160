import { describe, expect, it } from 'vitest';
import names from '@/data/gemeentenamen.json';
import { buildFinderIndex } from '@/lib/municipalities/finder';
import { REGISTER, registerMunicipality } from '@/lib/municipalities/register';
import { PROVINCES } from '@/lib/vocabulary';

describe('the CBS register (data/gemeenten-2025.json)', () => {
  it('has the 342 municipalities of 2025, unique codes, the 12 provinces, points in the Netherlands', () => {
    expect(REGISTER).toHaveLength(342);
    expect(new Set(REGISTER.map((m) => m.code)).size).toBe(342);
    expect(new Set(REGISTER.map((m) => m.name)).size).toBe(342);
    expect(new Set(REGISTER.map((m) => m.province))).toEqual(new Set(PROVINCES));
    for (const m of REGISTER) {
      expect(m.code).toMatch(/^GM\d{4}$/);
      expect(m.point[0]).toBeGreaterThan(3.3);
      expect(m.point[0]).toBeLessThan(7.3);
      expect(m.point[1]).toBeGreaterThan(50.7);
      expect(m.point[1]).toBeLessThan(53.6);
    }
  });

  it('knows codes and provinces that are public knowledge', () => {
    expect(registerMunicipality('GM0363')).toMatchObject({ name: 'Amsterdam', province: 'Noord-Holland' });
    expect(registerMunicipality('GM0518')).toMatchObject({ name: "'s-Gravenhage", province: 'Zuid-Holland' });
    expect(registerMunicipality('GM0796')).toMatchObject({ name: "'s-Hertogenbosch", province: 'Noord-Brabant' });
    expect(registerMunicipality('GM0014')).toMatchObject({ name: 'Groningen', province: 'Groningen' });
  });

  it('has every former and alternative name pointing at a municipality that exists', () => {
    expect(() => buildFinderIndex(REGISTER, names)).not.toThrow();
    expect(() => buildFinderIndex(REGISTER, { former: [{ municipality: 'Atlantis', since: 2020, names: ['X'] }], alternative: [] })).toThrow(/Atlantis/);
  });
});
