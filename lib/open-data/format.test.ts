import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { currentContent } from '@/lib/content';
import { CSV_SEPARATOR, datasets, dcatCatalog, LIST_SEPARATOR, toCsv, toJson, type Row } from '@/lib/open-data/format';

const { events, interventions, municipalitiesWithRegion } = currentContent();
const all = datasets({ interventions, municipalities: municipalitiesWithRegion, events }, 'https://www.gelijke-kansen.nl');

/** CSV cells back to typed values, the way a reuser would read them with the stated conventions. */
function fromCsv(text: string, like: Row): Row[] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, delimiter: CSV_SEPARATOR, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data.map((r) =>
    Object.fromEntries(
      Object.entries(r).map(([k, v]) => {
        const sample = like[k];
        if (Array.isArray(sample)) return [k, v === '' ? [] : v.split(LIST_SEPARATOR)];
        if (typeof sample === 'boolean') return [k, v === 'true'];
        if (typeof sample === 'number' || (sample === null && /^\d+$/.test(v))) return [k, v === '' ? null : Number(v)];
        return [k, v === '' ? null : v];
      }),
    ),
  );
}

describe('open data', () => {
  it('offers interventions, municipalities and events', () => {
    expect(all.map((d) => [d.id, d.rows.length])).toEqual([
      ['interventies', interventions.length],
      ['gemeenten', municipalitiesWithRegion.length],
      ['activiteiten', events.length],
    ]);
  });

  it.each(all.map((d) => [d.id, d] as const))('%s: CSV and JSON round-trip to the same records', (_, d) => {
    const fromJson = JSON.parse(toJson(d, '2026-11-23')).records;
    expect(fromJson).toEqual(d.rows);
    // A row with every field filled shows the types to read the CSV back with.
    const like = Object.fromEntries(Object.keys(d.rows[0]).map((k) => [k, d.rows.map((r) => r[k]).find((v) => v !== null) ?? null])) as Row;
    expect(fromCsv(toCsv(d.rows), like)).toEqual(d.rows);
  });

  it('quotes separators, quotes and line breaks in CSV', () => {
    const rows = [{ a: 'x; "y"\nz', b: ['p', 'q'], c: null, d: true }];
    const csv = toCsv(rows);
    expect(csv).toBe('\uFEFFa;b;c;d\r\n"x; ""y""\nz";p|q;;true\r\n');
  });

  it('describes every dataset in DCAT-AP-DONL with licence, contact, modified date and both formats', () => {
    const catalog = dcatCatalog(all, 'https://www.gelijke-kansen.nl', () => '2026-11-23');
    expect(catalog['@type']).toBe('dcat:Catalog');
    for (const d of catalog['dcat:dataset']) {
      expect(d['dct:license']['@id']).toMatch(/creativecommons/);
      expect(d['dcat:contactPoint']['vcard:hasEmail']['@id']).toBe('mailto:gelijkekansen@minocw.nl');
      expect(d['dct:modified']['@value']).toBe('2026-11-23');
      expect(d['dcat:distribution'].map((x: { 'dcat:mediaType': string }) => x['dcat:mediaType'])).toEqual(['text/csv', 'application/json']);
    }
  });
});
