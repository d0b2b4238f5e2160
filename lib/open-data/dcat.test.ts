// The DCAT-AP-DONL catalogue as a harvester reads it: JSON-LD expanded to RDF (no remote context),
// then checked against SHACL shapes for the DONL 2.0 requirements it implements (shapes beside this file).
import fs from 'node:fs';
import path from 'node:path';
import jsonld from 'jsonld';
import { Parser, Store } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { describe, expect, it } from 'vitest';
import { currentContent } from '@/lib/content';
import { datasets, dcatCatalog, DONL } from '@/lib/open-data/format';

const ORIGIN = 'https://www.gelijke-kansen.nl';
const { events, interventions, municipalitiesWithRegion } = currentContent();
const all = datasets({ interventions, municipalities: municipalitiesWithRegion, events }, ORIGIN);
const SHAPES = new Parser().parse(fs.readFileSync(path.join(import.meta.dirname, 'dcat-ap-donl.shapes.ttl'), 'utf8'));

// The catalogue carries its own context: a harvester needs no network, and neither does this test.
const offline = async (url: string): Promise<never> => {
  throw new Error(`remote context requested: ${url}`);
};

async function validate(doc: object) {
  const expanded = await jsonld.expand(doc as jsonld.JsonLdDocument, { documentLoader: offline });
  expect(expanded.length).toBeGreaterThan(0);
  const nquads = (await jsonld.toRDF(doc as jsonld.JsonLdDocument, { format: 'application/n-quads', documentLoader: offline })) as unknown as string;
  const data = new Store(new Parser({ format: 'N-Quads' }).parse(nquads));
  const report = await new SHACLValidator(new Store(SHAPES)).validate(data);
  return {
    conforms: report.conforms,
    results: report.results.map((r) => ({ focus: r.focusNode?.value, path: r.path?.value, constraint: r.sourceConstraintComponent?.value.split('#')[1] })),
  };
}

type Catalog = ReturnType<typeof dcatCatalog>;
type CatalogDataset = Catalog['dcat:dataset'][number];
const catalog = () => dcatCatalog(all, ORIGIN, () => '2026-11-23');
const withDataset = (c: Catalog, change: (d: CatalogDataset) => object): object => ({
  ...c,
  'dcat:dataset': c['dcat:dataset'].map((d, i) => (i === 0 ? change(d) : d)),
});

describe('DCAT-AP-DONL catalogue', () => {
  it('expands as JSON-LD and conforms to the DONL shapes: theme, creator, status, publisher organisation on every dataset', async () => {
    const report = await validate(catalog());
    expect(report.results).toEqual([]);
    expect(report.conforms).toBe(true);
    for (const d of catalog()['dcat:dataset']) {
      expect(d['dcat:theme']['@id']).toBe(DONL.themeEducation);
      expect(d['dct:publisher']['@id']).toBe(DONL.organisation.uri);
      expect(d['dct:creator']['@id']).toBe(DONL.organisation.uri);
      expect(d['adms:status']['@id']).toBe(DONL.statusAvailable);
    }
  });

  it('the shapes catch what a harvester refuses: no theme, a publisher without an organisation URI, an unknown status', async () => {
    const first = `${ORIGIN}/open-data#interventies`;
    const noTheme = await validate(withDataset(catalog(), (d) => Object.fromEntries(Object.entries(d).filter(([key]) => key !== 'dcat:theme'))));
    expect(noTheme.conforms).toBe(false);
    expect(noTheme.results).toContainEqual({ focus: first, path: 'http://www.w3.org/ns/dcat#theme', constraint: 'MinCountConstraintComponent' });

    const textPublisher = await validate(
      withDataset(catalog(), (d) => ({ ...d, 'dct:publisher': { '@type': 'foaf:Organization', 'foaf:name': DONL.organisation.name } })),
    );
    expect(textPublisher.results).toContainEqual({ focus: first, path: 'http://purl.org/dc/terms/publisher', constraint: 'NodeConstraintComponent' });

    const status = await validate(withDataset(catalog(), (d) => ({ ...d, 'adms:status': { '@id': 'http://data.overheid.nl/status/misschien' } })));
    expect(status.results).toContainEqual({ focus: first, path: 'http://www.w3.org/ns/adms#status', constraint: 'InConstraintComponent' });
  });

  it('holds only the true content: every intervention record names its source', () => {
    const records = all.find((d) => d.id === 'interventies')!.rows;
    expect(records).toHaveLength(interventions.length);
    for (const r of records) {
      expect(String(r.bron).trim(), String(r.id)).not.toBe('');
      expect(r).not.toHaveProperty('voorbeeld');
    }
  });
});
