import { describe, expect, it } from 'vitest';
import { nextRelease, skippedLine } from './follow';

const a = { id: '20261207T081203Z-aaaaaa', seq: 4 };
const b = { id: '20261207T091203Z-bbbbbb', seq: 5 };

describe('nextRelease: what a server does with the latest release', () => {
  it('loads a newer one, the first one, and nothing when it is the same or there is none', () => {
    expect(nextRelease({ current: a }, b)).toEqual({ action: 'load', release: b });
    expect(nextRelease({ current: undefined }, a)).toEqual({ action: 'load', release: a });
    expect(nextRelease({ current: a }, a)).toEqual({ action: 'stay' });
    expect(nextRelease({ current: a }, undefined)).toEqual({ action: 'stay' });
  });

  it('keeps serving the current one when the latest is older, and says so once', () => {
    const first = nextRelease({ current: b }, a);
    expect(first).toEqual({
      action: 'stay',
      skipped: a.id,
      line: 'Release 20261207T081203Z-aaaaaa (nr. 4) is ouder dan release 20261207T091203Z-bbbbbb (nr. 5): overgeslagen; de site blijft release 20261207T091203Z-bbbbbb serveren.',
    });
    expect(nextRelease({ current: b, skipped: a.id }, a)).toEqual({ action: 'stay', skipped: a.id });
  });

  it('a release that failed to load is not tried again; a newer one is', () => {
    expect(nextRelease({ current: a, skipped: b.id }, b)).toEqual({ action: 'stay', skipped: b.id });
    const c = { id: '20261207T101203Z-cccccc', seq: 6 };
    expect(nextRelease({ current: a, skipped: b.id }, c)).toEqual({ action: 'load', release: c });
    expect(skippedLine(`Release ${b.id} is onvolledig (VOLLEDIG ontbreekt)`, a)).toBe(
      'Release 20261207T091203Z-bbbbbb is onvolledig (VOLLEDIG ontbreekt): overgeslagen; de site blijft release 20261207T081203Z-aaaaaa serveren.',
    );
  });
});
