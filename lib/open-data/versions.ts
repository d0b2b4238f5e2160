// When each dataset last changed. The datasets are made from content/ at every build, so neither
// the build day nor the day of a visit says when their content changed. data/open-data-versies.json
// keeps, per dataset, a hash of its records and the day that hash was first recorded; the test
// beside this file fails when the content changed and the file was not brought up to date
// (node scripts/run-ts.mjs scripts/open-data-versies.ts records today for what changed).
import { createHash } from 'node:crypto';
import type { Dataset } from './format';

export type Versions = Record<string, { hash: string; gewijzigd: string }>;

/** The records as the hash sees them: addresses without the site's origin, which differs per server. */
export function contentHash(dataset: Dataset, origin: string): string {
  const rows = JSON.stringify(dataset.rows, (_, v) => (typeof v === 'string' && origin && v.startsWith(origin) ? v.slice(origin.length) : v));
  return createHash('sha256').update(rows).digest('hex').slice(0, 32);
}

/** The file brought up to date: a dataset whose records changed (or is new) gets `today`. */
export function updatedVersions(all: Dataset[], origin: string, recorded: Versions, today: string): Versions {
  return Object.fromEntries(
    all.map((d) => {
      const hash = contentHash(d, origin);
      const known = recorded[d.id];
      return [d.id, known?.hash === hash ? known : { hash, gewijzigd: today }];
    }),
  );
}

/** The datasets whose records differ from what the file says (none when it is up to date). */
export function staleVersions(all: Dataset[], origin: string, recorded: Versions): string[] {
  return all.filter((d) => recorded[d.id]?.hash !== contentHash(d, origin)).map((d) => d.id);
}
