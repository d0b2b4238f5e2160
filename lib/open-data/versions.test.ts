import { describe, expect, it } from 'vitest';
import recorded from '@/data/open-data-versies.json';
import { datasets } from './format';
import { currentContent } from '@/lib/content';
import { siteDatasets } from '.';
import { contentHash, staleVersions, updatedVersions, type Versions } from './versions';

const intervention = {
  slug: 'a',
  title: 'A',
  url: '/interventies/a',
  municipality: 'ede',
  themes: [],
  schoolTypes: [],
  targetGroup: 'x',
  partners: [],
  summary: 's',
  source: 'b',
};
const make = (summary: string) => datasets({ interventions: [{ ...intervention, summary }], municipalities: [], events: [] }, 'https://voorbeeld.nl');

describe('open data versions', () => {
  it('are up to date with the content (else: node scripts/run-ts.mjs scripts/open-data-versies.ts)', () => {
    expect(staleVersions(siteDatasets(currentContent(), ''), '', recorded as Versions)).toEqual([]);
  });

  it('record the day a dataset first had its content, and keep it while the content stays', () => {
    const first = updatedVersions(make('s'), 'https://voorbeeld.nl', {}, '2026-01-05');
    expect(first.interventies.gewijzigd).toBe('2026-01-05');
    // The same content a month later, or served from another origin: the date stays.
    expect(updatedVersions(make('s'), 'https://voorbeeld.nl', first, '2026-02-05').interventies).toEqual(first.interventies);
    expect(contentHash(datasets({ interventions: [intervention], municipalities: [], events: [] }, 'http://localhost:3000')[0], 'http://localhost:3000')).toBe(
      first.interventies.hash,
    );
    // Changed content: the day of the change; the other datasets keep theirs.
    const later = updatedVersions(make('anders'), 'https://voorbeeld.nl', first, '2026-03-01');
    expect(later.interventies.gewijzigd).toBe('2026-03-01');
    expect(later.gemeenten).toEqual(first.gemeenten);
    expect(staleVersions(make('anders'), 'https://voorbeeld.nl', first)).toEqual(['interventies']);
  });
});
