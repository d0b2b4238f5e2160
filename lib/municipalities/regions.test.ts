import { describe, expect, it } from 'vitest';
import { regionFor } from '@/lib/municipalities/regions';

describe('regionFor', () => {
  const regions = [
    { slug: 'noord', provinces: ['Groningen', 'Fryslân'] },
    { slug: 'west', provinces: ['Noord-Holland'], municipalities: ['GM0014'] },
  ];
  it('takes a municipality listed in a region before the region of its province', () => {
    expect(regionFor(regions, { code: 'GM0014', province: 'Groningen' })?.slug).toBe('west');
    expect(regionFor(regions, { code: 'GM1979', province: 'Groningen' })?.slug).toBe('noord');
    expect(regionFor(regions, { code: 'GM0772', province: 'Noord-Brabant' })).toBeUndefined();
  });
});
