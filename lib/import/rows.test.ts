import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_TYPES, ROOT } from '@/tests/support/content-folder';
import { readContent } from '@/lib/content/check';
import type { ContentSet } from '@/lib/content/validate';
import { EXAMPLE_PLACE, KIND_DEFINITIONS } from './columns';
import { exampleRow, readRows, vocabularyOf, type Cell, type ImportContext } from './rows';

// The real themes and GKA municipalities, read once; the rows are fictional interventions.
let ctx: ImportContext;
beforeAll(() => {
  const existing = readContent(path.join(ROOT, 'content'), CONTENT_TYPES).set as ContentSet;
  ctx = { existing, vocabulary: vocabularyOf(existing) };
});

const header = (kind: 'interventies' | 'gemeenten') => KIND_DEFINITIONS[kind].columns.map((c) => c.name);

/** A row from named cells, in the header's order. */
function row(kind: 'interventies' | 'gemeenten', cells: Record<string, Cell>): Cell[] {
  return header(kind).map((name) => cells[name] ?? '');
}

const intervention = (cells: Record<string, Cell>) =>
  row('interventies', {
    titel: 'Testaanpak',
    gemeente: 'Amsterdam',
    themas: 'armoede',
    onderwijstypen: 'po',
    doelgroep: 'Leerlingen',
    samenvatting: 'Fictief.',
    bron: 'Testbron',
    ...cells,
  });

describe('reading the cells of a row', () => {
  it('turns names into slugs, lists into lists, Dutch dates and yes/no into field values', () => {
    const rows = [
      header('interventies'),
      intervention({
        themas: 'Armoede; Ouderbetrokkenheid',
        onderwijstypen: 'PO, vo',
        partners: 'GGD\nbibliotheek',
        datum: '15-1-2027',
        concept: 'Ja',
        publicatiedatum: new Date(Date.UTC(2027, 1, 3)),
      }),
    ];
    const { documents, problems } = readRows('interventies', rows, ctx);
    expect(problems).toEqual([]);
    expect(documents).toEqual([
      {
        row: 2,
        slug: 'testaanpak-amsterdam',
        rel: 'interventies/testaanpak-amsterdam.md',
        data: {
          title: 'Testaanpak',
          municipality: 'amsterdam',
          themes: ['armoede', 'ouderbetrokkenheid'],
          schoolTypes: ['po', 'vo'],
          targetGroup: 'Leerlingen',
          partners: ['GGD', 'bibliotheek'],
          summary: 'Fictief.',
          source: 'Testbron',
          date: '2027-01-15',
          draft: true,
          publishDate: '2027-02-03',
        },
      },
    ]);
  });

  it('keeps the file-name column, and does not repeat a place that ends the title', () => {
    const rows = [
      header('interventies'),
      intervention({ titel: 'Testaanpak in Amsterdam' }),
      intervention({ titel: 'Andere testaanpak', bestandsnaam: 'eigen-naam' }),
    ];
    expect(readRows('interventies', rows, ctx).documents.map((d) => d.rel)).toEqual(['interventies/testaanpak-in-amsterdam.md', 'interventies/eigen-naam.md']);
  });

  it('says which municipality was meant, for a typo, a shared name, a former one and one without a page', () => {
    const rows = [
      header('interventies'),
      intervention({ gemeente: 'Amsterdm' }),
      intervention({ gemeente: 'Bergen' }),
      intervention({ gemeente: 'Eindhoven' }),
      intervention({ gemeente: 'Atlantis' }),
      intervention({ gemeente: 'den bosch', titel: 'Variant' }),
    ];
    const { problems, documents } = readRows('interventies', rows, ctx);
    expect(problems).toEqual([
      { row: 2, column: 'gemeente', message: 'onbekende gemeente "Amsterdm" (bedoel je "Amsterdam"?)' },
      { row: 3, column: 'gemeente', message: '"Bergen" is de naam van meer dan één gemeente (bedoel je "Bergen (L.)" of "Bergen (NH.)"?)' },
      expect.objectContaining({ row: 4, column: 'gemeente', message: 'Eindhoven is geen GKA-gemeente op de site' }),
      expect.objectContaining({
        row: 5,
        column: 'gemeente',
        message: 'onbekende gemeente "Atlantis"',
        fix: expect.stringMatching(/^kies een GKA-gemeente: .*Amsterdam/),
      }),
    ]);
    expect(documents.at(-1)?.data.municipality).toBe('s-hertogenbosch');
  });

  it('reads a municipality page by any name of the municipality, never by a former one', () => {
    const rows = [
      header('gemeenten'),
      row('gemeenten', { gemeente: 'sudwest fryslan', aangesloten: 2019, samenvatting: 's' }),
      row('gemeenten', { gemeente: "'s-Gravenhage", samenvatting: 's' }),
      row('gemeenten', { gemeente: 'Eindhoven', aangesloten: '2022', samenvatting: 's' }),
      row('gemeenten', { gemeente: 'Sneek', samenvatting: 's' }),
    ];
    const { documents, problems } = readRows('gemeenten', rows, ctx);
    expect(documents.map((d) => [d.rel, d.data.title, d.data.cbsCode, d.data.gkaSince])).toEqual([
      ['gemeenten/sudwest-fryslan.md', 'Súdwest-Fryslân', 'GM1900', 2019],
      // The existing page of that municipality, whatever name the sheet uses.
      ['gemeenten/den-haag.md', "'s-Gravenhage", 'GM0518', undefined],
      ['gemeenten/eindhoven.md', 'Eindhoven', 'GM0772', 2022],
      ['gemeenten/rij-5.md', undefined, undefined, undefined],
    ]);
    expect(problems).toEqual([{ row: 5, column: 'gemeente', message: '"Sneek" is sinds 2011 geen gemeente meer (bedoel je "Súdwest-Fryslân"?)' }]);
  });

  it('skips the unchanged example row of the template, and refuses a half-filled one', () => {
    for (const kind of ['interventies', 'gemeenten'] as const) {
      const example = exampleRow(KIND_DEFINITIONS[kind]);
      const changed = example.map((v, i) => (i === 0 && kind === 'interventies' ? 'Mijn aanpak' : i === 1 && kind === 'gemeenten' ? '2020' : v));
      const { documents, skipped, problems } = readRows(kind, [header(kind), example, changed, ['', null, undefined]], ctx);
      expect(skipped).toEqual([{ row: 2, reason: 'de voorbeeldrij van het sjabloon' }]);
      expect(problems).toEqual([expect.objectContaining({ row: 3, column: 'gemeente', message: `onbekende gemeente "${EXAMPLE_PLACE}"` })]);
      expect(documents).toHaveLength(1);
    }
  });

  it('refuses a file name that is a path, and a page that belongs to another municipality', () => {
    const existing = {
      ...ctx.existing,
      allMunicipalities: [
        ...ctx.existing.allMunicipalities,
        { ...ctx.existing.allMunicipalities[0], slug: 'eindhoven', cbsCode: 'GM0363', title: 'Amsterdam' },
      ],
    };
    const paths = readRows('interventies', [header('interventies'), intervention({ bestandsnaam: '../../buiten' })], ctx);
    expect(paths.problems).toEqual([expect.objectContaining({ row: 2, column: 'bestandsnaam', message: '"../../buiten" is een pad, geen bestandsnaam' })]);
    const taken = readRows('gemeenten', [header('gemeenten'), row('gemeenten', { gemeente: 'Eindhoven', samenvatting: 's' })], { ...ctx, existing });
    expect(taken.problems).toEqual([
      expect.objectContaining({ row: 2, column: 'gemeente', message: 'gemeenten/eindhoven.md is de pagina van Amsterdam (GM0363)' }),
    ]);
    expect(taken.documents).toEqual([]);
  });

  it('refuses two rows that would be the same file', () => {
    const { problems, documents } = readRows('interventies', [header('interventies'), intervention({}), intervention({ samenvatting: 'Anders.' })], ctx);
    expect(problems).toEqual([
      {
        row: 3,
        column: 'titel',
        message: 'geeft hetzelfde bestand interventies/testaanpak-amsterdam.md als rij 2',
        fix: "geef een van beide rijen een eigen naam in kolom 'bestandsnaam'",
      },
    ]);
    expect(documents).toHaveLength(1);
  });
});

describe('reading the header', () => {
  it('accepts any case and accents, and reports unknown, doubled and missing columns at once', () => {
    const names = header('interventies');
    const rows = [[...names.slice(0, 2).map((n) => n.toUpperCase()), "Thema's", ...names.slice(3, -1), 'titel', 'publicatiedatm']];
    expect(readRows('interventies', rows, ctx).problems).toEqual([
      { row: 1, column: 'titel', message: 'deze kolom staat er twee keer in', fix: 'laat er één staan' },
      {
        row: 1,
        column: 'publicatiedatm',
        message: 'onbekende kolom',
        fix: expect.stringMatching(/^bedoel je 'publicatiedatum'\? De kolommen zijn: titel, gemeente, /),
      },
      { row: 1, message: "de kolom 'publicatiedatum' ontbreekt", fix: 'begin met het sjabloon: npm run import -- sjabloon interventies BESTAND.xlsx' },
    ]);
  });

  it('reports a value in a column without a name, by its letter', () => {
    const rows = [
      [...header('interventies'), ...Array(13).fill('')],
      [...intervention({}), ...Array(13).fill(''), 'vergeten'],
    ];
    expect(readRows('interventies', rows, ctx).problems).toEqual([
      expect.objectContaining({ row: 2, column: 'AA', message: 'deze cel staat in een kolom zonder naam' }),
    ]);
  });

  it('says so when the file is empty', () => {
    expect(readRows('gemeenten', [], ctx).problems).toEqual([expect.objectContaining({ row: 1, message: 'het bestand is leeg' })]);
  });
});
