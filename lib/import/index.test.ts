// The importer on real files in a scratch content folder (the real themes, municipalities and
// regions, no interventions). Real municipality names, fictional intervention titles and texts.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/universal';
import writeXlsxFile, { type SheetData } from 'write-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { CONTENT_TYPES, ROOT, scratchContent } from '@/tests/support/content-folder';
import { checkContent } from '@/lib/content/check';
import { formatProblem } from '@/lib/content/validate';
import { KIND_DEFINITIONS } from './columns';
import { revisionOf } from '@/lib/editor/revision';
import { dryRunUpload, importFile, writeTemplate } from '.';

const scratch = scratchContent();
const types = CONTENT_TYPES;
let folders = 0;
/** A fresh content folder and a folder beside it for the spreadsheets. */
function setUp() {
  const name = `import-${++folders}`;
  const contentDir = scratch.contentWith(name, {});
  const sheets = path.join(scratch.dir, `${name}-sheets`);
  fs.mkdirSync(sheets);
  return { contentDir, sheets, options: { contentDir, types } };
}

const HEADER = KIND_DEFINITIONS.interventies.columns.map((c) => c.name);
type Row = Partial<Record<(typeof HEADER)[number], string>>;
const good = (cells: Row): Row => ({
  gemeente: 'Zwolle',
  themas: 'armoede',
  onderwijstypen: 'po',
  doelgroep: 'Leerlingen',
  samenvatting: 'Een verzonnen aanpak voor een test.',
  bron: 'Testbron, https://example.org/bron',
  ...cells,
});
const table = (rows: Row[], header = HEADER) => [header, ...rows.map((r) => header.map((h) => r[h as keyof Row] ?? ''))];

/** As Dutch Excel saves "CSV UTF-8": BOM, `;`, CRLF. */
function csvFile(dir: string, name: string, rows: string[][]) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `\uFEFF${Papa.unparse(rows, { delimiter: ';', newline: '\r\n' })}\r\n`);
  return file;
}

const xlsxBytes = async (data: SheetData) => new Uint8Array(await (await writeXlsxFile(data).toBlob()).arrayBuffer());

async function xlsxFile(dir: string, name: string, data: SheetData) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, await xlsxBytes(data));
  return file;
}

/** Every file below a folder with its text, to see that nothing changed. */
const snapshot = (dir: string) =>
  Object.fromEntries(
    fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [path.relative(dir, path.join(e.parentPath, e.name)), fs.readFileSync(path.join(e.parentPath, e.name), 'utf8')]),
  );

const read = (dir: string, rel: string) => fs.readFileSync(path.join(dir, rel), 'utf8');

describe('importing a good file', () => {
  it('writes one Markdown file per row from CSV, which passes check:content', async () => {
    const { contentDir, sheets, options } = setUp();
    const file = csvFile(
      sheets,
      'interventies.csv',
      table([
        good({ titel: 'Testaanpak met ontbijt', partners: 'GGD; bibliotheek', datum: '15-1-2027' }),
        good({ titel: 'Testaanpak met lezen', gemeente: 'groningen', themas: 'Taalbevordering, vve', onderwijstypen: 'vve', concept: 'ja' }),
      ]),
    );
    const report = await importFile('interventies', file, options);
    expect(report.problems).toEqual([]);
    expect(report.files.map((f) => [f.rel, f.action])).toEqual([
      ['interventies/testaanpak-met-ontbijt-zwolle.md', 'nieuw'],
      ['interventies/testaanpak-met-lezen-groningen.md', 'nieuw'],
    ]);
    expect(read(contentDir, 'interventies/testaanpak-met-ontbijt-zwolle.md')).toBe(
      [
        '---',
        '# Deze velden komen uit een spreadsheet (npm run import): pas ze daar aan en importeer opnieuw.',
        '# De tekst onder de tweede --- is van de redactie: een nieuwe import laat hem staan.',
        'title: Testaanpak met ontbijt',
        'municipality: zwolle',
        'themes:',
        '  - armoede',
        'schoolTypes:',
        '  - po',
        'targetGroup: Leerlingen',
        'partners:',
        '  - GGD',
        '  - bibliotheek',
        'summary: Een verzonnen aanpak voor een test.',
        'source: Testbron, https://example.org/bron',
        'date: "2027-01-15"',
        '---',
        '',
        '',
      ].join('\n'),
    );
    expect(read(contentDir, 'interventies/testaanpak-met-lezen-groningen.md')).toMatch(/themes:\n {2}- taalbevordering\n {2}- vve\n[\s\S]*draft: true\n/);
    expect(checkContent(contentDir, types).map(formatProblem)).toEqual([]);
  });

  it('reads xlsx with number, date and yes/no cells, municipalities first and then their interventions', async () => {
    const { contentDir, sheets, options } = setUp();
    const gemeenten = await xlsxFile(sheets, 'gemeenten.xlsx', [
      ['gemeente', 'aangesloten', 'agendaperiode', 'agenda-adres', 'themas', 'samenvatting', 'concept', 'publicatiedatum'],
      [
        'Eindhoven',
        2022,
        '2022-2025',
        'https://example.org/agenda',
        '',
        'Een verzonnen samenvatting voor een test.',
        false,
        { value: new Date(Date.UTC(2027, 2, 1)), format: 'dd-mm-yyyy' },
      ],
    ]);
    expect((await importFile('gemeenten', gemeenten, options)).problems).toEqual([]);
    expect(read(contentDir, 'gemeenten/eindhoven.md')).toContain(
      'title: Eindhoven\ncbsCode: GM0772\ngkaSince: 2022\nagendaPeriod: 2022-2025\nagendaUrl: https://example.org/agenda\nthemes: []\nsummary: Een verzonnen samenvatting voor een test.\npublishDate: "2027-03-01"\n---\n',
    );
    const interventies = await xlsxFile(sheets, 'interventies.xlsx', table([good({ titel: 'Testaanpak in de wijk', gemeente: 'Eindhoven' })]) as SheetData);
    expect((await importFile('interventies', interventies, options)).problems).toEqual([]);
    expect(checkContent(contentDir, types).map(formatProblem)).toEqual([]);
  });
});

describe('importing again', () => {
  it('changes nothing for the same file, only the changed row for a changed one, and keeps the editor’s text', async () => {
    const { contentDir, sheets, options } = setUp();
    const rows = [good({ titel: 'Testaanpak een' }), good({ titel: 'Testaanpak twee' })];
    const file = csvFile(sheets, 'interventies.csv', table(rows));
    await importFile('interventies', file, options);
    const first = snapshot(contentDir);

    const again = await importFile('interventies', file, options);
    expect(again.files.map((f) => f.action)).toEqual(['ongewijzigd', 'ongewijzigd']);
    expect(again.written).toBe(false);
    expect(snapshot(contentDir)).toEqual(first);

    const own = '\n## Wat is het?\n\nTekst die een redacteur schreef, met een [link](/gemeenten/zwolle).\n';
    fs.appendFileSync(path.join(contentDir, 'interventies/testaanpak-een-zwolle.md'), own);
    const edited = snapshot(contentDir);
    csvFile(sheets, 'interventies.csv', table([{ ...rows[0], doelgroep: 'Leerlingen en hun ouders' }, rows[1]]));
    const changed = await importFile('interventies', file, options);
    expect(changed.files.map((f) => [f.rel, f.action, f.fields])).toEqual([
      ['interventies/testaanpak-een-zwolle.md', 'gewijzigd', ['targetGroup']],
      ['interventies/testaanpak-twee-zwolle.md', 'ongewijzigd', []],
    ]);
    const after = snapshot(contentDir);
    expect(after['interventies/testaanpak-twee-zwolle.md']).toBe(edited['interventies/testaanpak-twee-zwolle.md']);
    expect(after['interventies/testaanpak-een-zwolle.md']).toContain('targetGroup: Leerlingen en hun ouders\n');
    expect(after['interventies/testaanpak-een-zwolle.md'].endsWith(`---\n\n${own}`)).toBe(true);
    expect(Object.keys(after)).toEqual(Object.keys(edited));
  });

  it('takes over the front matter of a page that was written by hand, and keeps its text', async () => {
    const { contentDir, sheets, options } = setUp();
    const before = read(contentDir, 'gemeenten/zwolle.md');
    const body = before.slice(before.indexOf('\n---\n') + 5);
    const file = csvFile(sheets, 'gemeenten.csv', [
      KIND_DEFINITIONS.gemeenten.columns.map((c) => c.name),
      ['Zwolle', '', '', '', '', 'Een verzonnen samenvatting voor een test.', '', ''],
    ]);
    const report = await importFile('gemeenten', file, { ...options, dryRun: true });
    expect(report.files).toEqual([expect.objectContaining({ rel: 'gemeenten/zwolle.md', action: 'gewijzigd', fields: expect.arrayContaining(['summary']) })]);
    expect(read(contentDir, 'gemeenten/zwolle.md')).toBe(before);
    await importFile('gemeenten', file, options);
    expect(read(contentDir, 'gemeenten/zwolle.md').endsWith(`---\n${body}`)).toBe(true);
  });
});

describe('--dry-run', () => {
  it('says what would be created, changed and left alone, and writes nothing', async () => {
    const { contentDir, sheets, options } = setUp();
    const file = csvFile(sheets, 'a.csv', table([good({ titel: 'Testaanpak een' }), good({ titel: 'Testaanpak twee' })]));
    await importFile('interventies', file, options);
    const before = snapshot(contentDir);
    const next = csvFile(sheets, 'b.csv', table([good({ titel: 'Testaanpak een', samenvatting: 'Anders.' }), good({ titel: 'Testaanpak drie' })]));
    const report = await importFile('interventies', next, { ...options, dryRun: true });
    expect(report.files.map((f) => [f.rel, f.action])).toEqual([
      ['interventies/testaanpak-een-zwolle.md', 'gewijzigd'],
      ['interventies/testaanpak-drie-zwolle.md', 'nieuw'],
    ]);
    expect(report.untouched).toEqual(['interventies/testaanpak-twee-zwolle.md']);
    expect(report.written).toBe(false);
    expect(snapshot(contentDir)).toEqual(before);
  });
});

describe('the dry run of an upload (the browser)', () => {
  it('plans the same files as the CLI from the bytes, each with its base revision and counts, and writes nothing', async () => {
    const { contentDir, sheets, options } = setUp();
    await importFile('interventies', csvFile(sheets, 'a.csv', table([good({ titel: 'Testaanpak een' }), good({ titel: 'Testaanpak twee' })])), options);
    const before = snapshot(contentDir);
    const rows = table([good({ titel: 'Testaanpak een', samenvatting: 'Anders.' }), good({ titel: 'Testaanpak drie' }), good({ titel: 'Testaanpak twee' })]);
    const bytes = await xlsxBytes(rows as SheetData);
    const dry = await dryRunUpload({ kind: 'interventies', fileName: 'Interventies 2022.xlsx', bytes }, options);
    expect(dry.problems).toEqual([]);
    expect(dry.counts).toEqual({ nieuw: 1, gewijzigd: 1, ongewijzigd: 1 });
    const een = 'interventies/testaanpak-een-zwolle.md';
    expect(dry.files.map((f) => [f.rel, f.row, f.action, f.baseRevision])).toEqual([
      [een, 2, 'gewijzigd', revisionOf(fs.readFileSync(path.join(contentDir, een)))],
      ['interventies/testaanpak-drie-zwolle.md', 3, 'nieuw', null],
      [
        'interventies/testaanpak-twee-zwolle.md',
        4,
        'ongewijzigd',
        revisionOf(fs.readFileSync(path.join(contentDir, 'interventies/testaanpak-twee-zwolle.md'))),
      ],
    ]);
    expect(dry.files[0].text).toContain('summary: Anders.\n');
    expect(dry.untouched).toEqual([]);
    expect(snapshot(contentDir)).toEqual(before);
    // The same plan as the CLI's dry run of the same rows.
    const cli = await importFile('interventies', await xlsxFile(sheets, 'b.xlsx', rows as SheetData), { ...options, dryRun: true });
    expect(cli.files).toEqual(dry.files);
  });

  it('gives problems with row and column, and a problem of the file without a row', async () => {
    const { options } = setUp();
    const bytes = new TextEncoder().encode(Papa.unparse(table([good({ titel: 'Testaanpak', gemeente: 'Amsterdm' })]), { delimiter: ';' }));
    const dry = await dryRunUpload({ kind: 'interventies', fileName: 'lijst.csv', bytes }, options);
    expect(dry.problems).toEqual([{ row: 2, column: 'gemeente', message: 'onbekende gemeente "Amsterdm" (bedoel je "Amsterdam"?)' }]);
    expect(dry.files).toEqual([]);
    const html = await dryRunUpload({ kind: 'gemeenten', fileName: 'lijst.xlsx', bytes: new TextEncoder().encode('<html></html>') }, options);
    expect(html.problems).toEqual([expect.objectContaining({ row: 1, message: 'dit is een webpagina (HTML) of een XML-bestand, geen spreadsheet' })]);
  });
});

describe('a bad file', () => {
  it('reports every problem in every cell at once, as FILE:rij N — kolom, and writes nothing', async () => {
    const { contentDir, sheets, options } = setUp();
    const before = snapshot(contentDir);
    const file = csvFile(
      sheets,
      'fouten.csv',
      table([
        good({ titel: 'Goede testaanpak' }),
        good({
          titel: 'Testaanpak a',
          gemeente: 'Amsterdm',
          themas: 'armoed',
          onderwijstypen: 'hbo',
          doelgroep: '',
          bewijsniveau: 'sterk',
          bron: '',
          datum: '30-02-2027',
          concept: 'misschien',
          publicatiedatum: 'morgen',
        }),
        good({ titel: 'Testaanpak b', gemeente: 'Eindhoven', themas: '', bestandsnaam: 'Foute Naam' }),
        good({ titel: 'Testaanpak c', gemeente: 'Bergen', bestandsnaam: 'bundel' }),
        good({ titel: '', samenvatting: '' }),
        good({ titel: 'Goede testaanpak' }),
      ]),
    );
    const report = await importFile('interventies', file, options);
    expect(report.problems).toEqual([
      `${file}:rij 3 — kolom 'gemeente': onbekende gemeente "Amsterdm" (bedoel je "Amsterdam"?)`,
      expect.stringMatching(new RegExp(`^${file}:rij 3 — kolom 'themas': onbekend thema "armoed" — bedoel je "armoede"\\? Kies uit: armoede, gezondheid`)),
      `${file}:rij 3 — kolom 'onderwijstypen': onbekend onderwijstype "hbo" — bedoel je "mbo"? Kies uit: vve, po, vo, mbo`,
      `${file}:rij 3 — kolom 'doelgroep': verplicht, maar leeg — vul de cel in`,
      `${file}:rij 3 — kolom 'bewijsniveau': onbekend bewijsniveau "sterk" — Kies uit: goed-onderbouwd, eerste-aanwijzingen, goede-aanwijzingen, sterke-aanwijzingen`,
      `${file}:rij 3 — kolom 'bron': verplicht, maar leeg — vul de cel in`,
      `${file}:rij 3 — kolom 'datum': geen geldige datum — schrijf JJJJ-MM-DD of DD-MM-JJJJ, of een datumcel`,
      `${file}:rij 3 — kolom 'concept': "misschien" is geen ja of nee — schrijf ja of nee (leeg is nee)`,
      `${file}:rij 3 — kolom 'publicatiedatum': geen geldige datum — schrijf JJJJ-MM-DD of DD-MM-JJJJ, of een datumcel`,
      `${file}:rij 4 — kolom 'gemeente': Eindhoven is geen GKA-gemeente op de site — importeer eerst de gemeente (npm run import -- gemeenten BESTAND), of kies een gemeente die al een pagina heeft`,
      `${file}:rij 4 — kolom 'themas': noem ten minste één thema`,
      `${file}:rij 4 — kolom 'bestandsnaam': "Foute Naam" is geen geldige slug — gebruik alleen kleine letters, cijfers en streepjes, zonder accenten`,
      `${file}:rij 5 — kolom 'gemeente': "Bergen" is de naam van meer dan één gemeente (bedoel je "Bergen (L.)" of "Bergen (NH.)"?)`,
      `${file}:rij 5 — kolom 'bestandsnaam': de naam "bundel" is de downloadpagina van de interventiebundel — kies een andere bestandsnaam`,
      `${file}:rij 6 — kolom 'titel': verplicht, maar leeg — vul de cel in`,
      `${file}:rij 6 — kolom 'samenvatting': verplicht, maar leeg — vul de cel in`,
      `${file}:rij 7 — kolom 'titel': geeft hetzelfde bestand interventies/goede-testaanpak-zwolle.md als rij 2 — geef een van beide rijen een eigen naam in kolom 'bestandsnaam'`,
    ]);
    expect(snapshot(contentDir)).toEqual(before);
  });

  it('reports the rules for municipalities per cell', async () => {
    const { options, sheets } = setUp();
    const header = KIND_DEFINITIONS.gemeenten.columns.map((c) => c.name);
    const file = csvFile(sheets, 'gemeenten.csv', [
      header,
      ['Sneek', '', '', '', '', 's', '', ''],
      ['Groningn', '2015', '2019', 'ftp://example.org', 'armoede; rijkeschooldag', 's', '', ''],
      ['Eindhoven', 'twintig', '', '', '', '', '', ''],
      ['Eindhoven', '2030', '', '', '', 's', '', ''],
    ]);
    const report = await importFile('gemeenten', file, options);
    expect(report.problems).toEqual([
      `${file}:rij 2 — kolom 'gemeente': "Sneek" is sinds 2011 geen gemeente meer (bedoel je "Súdwest-Fryslân"?)`,
      `${file}:rij 3 — kolom 'gemeente': onbekende gemeente "Groningn" (bedoel je "Groningen"?)`,
      `${file}:rij 3 — kolom 'aangesloten': de GKA bestaat sinds 2016`,
      `${file}:rij 3 — kolom 'agendaperiode': schrijf de looptijd als 2019-2021`,
      `${file}:rij 3 — kolom 'agenda-adres': geen geldig webadres — schrijf het hele adres, beginnend met https://`,
      expect.stringMatching(new RegExp(`^${file}:rij 3 — kolom 'themas': onbekend thema "rijkeschooldag" — bedoel je "rijke-schooldag"\\?`)),
      `${file}:rij 4 — kolom 'aangesloten': "twintig" is geen getal — schrijf een jaartal vanaf 2016`,
      `${file}:rij 4 — kolom 'samenvatting': verplicht, maar leeg — vul de cel in`,
      `${file}:rij 5 — kolom 'gemeente': geeft hetzelfde bestand gemeenten/eindhoven.md als rij 4 — één rij per gemeente`,
    ]);
  });

  it('names the file and row of what is not a spreadsheet, and of a header it does not know', async () => {
    const { options, sheets } = setUp();
    const latin1 = path.join(sheets, 'latin1.csv');
    fs.writeFileSync(latin1, Buffer.from('titel;gemeente\nCaf\xe9;Zwolle\n', 'latin1'));
    expect((await importFile('interventies', latin1, options)).problems).toEqual([
      expect.stringMatching(new RegExp(`^${latin1}:rij 1 — het bestand is geen UTF-8 — `)),
    ]);
    expect((await importFile('interventies', path.join(sheets, 'weg.csv'), options)).problems).toEqual([
      `${path.join(sheets, 'weg.csv')}: dit bestand bestaat niet`,
    ]);
    expect((await importFile('interventies', 'lijst.xls', options)).problems).toEqual(['lijst.xls: kies een .xlsx- of .csv-bestand']);
    const header = csvFile(sheets, 'kop.csv', [['titel', 'gemeente']]);
    expect((await importFile('interventies', header, options)).problems).toEqual([
      expect.stringMatching(new RegExp(`^${header}:rij 1 — de kolommen 'themas', 'onderwijstypen', .* ontbreken`)),
    ]);
  });
});

describe('writing is all or nothing', () => {
  it('leaves every file as it was when one of them cannot be written', async () => {
    const { contentDir, sheets, options } = setUp();
    const file = csvFile(sheets, 'a.csv', table([good({ titel: 'Testaanpak een' })]));
    await importFile('interventies', file, options);
    // A folder where the last file should go: its rename fails after the others succeeded.
    fs.mkdirSync(path.join(contentDir, 'interventies/zz-testaanpak-zwolle.md'));
    const before = snapshot(contentDir);
    const next = csvFile(
      sheets,
      'b.csv',
      table([good({ titel: 'Testaanpak een', samenvatting: 'Anders.' }), good({ titel: 'Testaanpak nieuw' }), good({ titel: 'ZZ testaanpak' })]),
    );
    await expect(importFile('interventies', next, options)).rejects.toThrow(
      /^Schrijven is mislukt \(.*\)\. Er is niets veranderd: alle bestanden zijn zoals ze waren\.$/,
    );
    expect(snapshot(contentDir)).toEqual(before);
  });
});

describe('templates', () => {
  it('writes an xlsx template with an explanation sheet; unchanged it imports nothing, filled in it passes', async () => {
    for (const kind of ['interventies', 'gemeenten'] as const) {
      const { contentDir, sheets, options } = setUp();
      const file = path.join(sheets, `${kind}.xlsx`);
      expect(await writeTemplate(kind, file, options)).toBeNull();
      expect(await writeTemplate(kind, file, options)).toMatch(/bestaat al/);
      const [data, explanation] = await readXlsxFile(new Uint8Array(fs.readFileSync(file)).buffer);
      expect(data.data[0]).toEqual(KIND_DEFINITIONS[kind].columns.map((c) => c.name));
      expect(explanation.sheet).toBe('Uitleg');
      expect(explanation.data.map((r) => r[0])).toEqual(expect.arrayContaining(['kolom', ...KIND_DEFINITIONS[kind].columns.map((c) => c.name)]));
      expect(JSON.stringify(explanation.data)).toContain('rijke-schooldag (Rijke schooldag');
      // Which columns must be filled comes from the rules themselves.
      const mustFill = explanation.data.filter((r) => r[1] === 'ja').map((r) => r[0]);
      expect(mustFill).toEqual(
        kind === 'gemeenten' ? ['gemeente', 'samenvatting'] : expect.arrayContaining(['titel', 'gemeente', 'themas', 'doelgroep', 'samenvatting', 'bron']),
      );
      expect(mustFill).not.toContain(kind === 'gemeenten' ? 'themas' : 'partners');

      const before = snapshot(contentDir);
      const untouched = await importFile(kind, file, options);
      expect(untouched).toMatchObject({ problems: [], files: [], skipped: [{ row: 2, reason: 'de voorbeeldrij van het sjabloon' }], written: false });
      expect(snapshot(contentDir)).toEqual(before);

      // The example row itself is valid once it names a real place: the template teaches nothing wrong.
      const real = data.data.map((row) => row.map((cell) => (cell === 'Voorbeeldstad' ? (kind === 'gemeenten' ? 'Eindhoven' : 'Zwolle') : cell)));
      const filled = await xlsxFile(sheets, `${kind}-ingevuld.xlsx`, real as SheetData);
      expect((await importFile(kind, filled, options)).problems).toEqual([]);
      expect(checkContent(contentDir, types).map(formatProblem)).toEqual([]);
    }
  });

  it('writes a CSV template with the header and the example row', async () => {
    const { sheets, options } = setUp();
    const file = path.join(sheets, 'gemeenten.csv');
    await writeTemplate('gemeenten', file, options);
    expect(fs.readFileSync(file, 'utf8')).toBe(
      '\uFEFFgemeente;aangesloten;agendaperiode;agenda-adres;themas;samenvatting;concept;publicatiedatum\r\nVoorbeeldstad;2019;2019-2021;https://www.example.org/gka-agenda;armoede, ouderbetrokkenheid;Dit is de voorbeeldrij van het sjabloon. Vervang of verwijder hem.;ja;\r\n',
    );
  });
});

describe('npm run import', () => {
  it('prints every problem and exits with 1, writing nothing', () => {
    const { contentDir, sheets } = setUp();
    const before = snapshot(contentDir);
    const file = csvFile(
      sheets,
      'fouten.csv',
      table([good({ titel: 'Testaanpak', gemeente: 'Amsterdm' }), good({ titel: 'Andere testaanpak', themas: 'armoed' })]),
    );
    const run = spawnSync(process.execPath, ['scripts/run-ts.mjs', 'scripts/import.ts', 'interventies', file], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: contentDir },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${file}:rij 2 — kolom 'gemeente': onbekende gemeente "Amsterdm" (bedoel je "Amsterdam"?)\n`);
    expect(run.stderr).toContain(`${file}:rij 3 — kolom 'themas': onbekend thema "armoed"`);
    expect(run.stderr).toContain('2 problemen gevonden. Er is niets geschreven.');
    expect(snapshot(contentDir)).toEqual(before);
  });
});
