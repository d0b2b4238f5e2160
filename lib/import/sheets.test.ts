import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/universal';
import readXlsxFile from 'read-excel-file/universal';
import { formatOf, parseCsv, parseXlsx, templateCsv, templateXlsx } from './sheets';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('CSV as Dutch Excel writes it', () => {
  it('reads ; with a BOM and CRLF, and , without one', () => {
    const semicolon = parseCsv(bytes('\uFEFFtitel;gemeente;partners\r\n"Test; met puntkomma";Zwolle;"GGD\r\nbibliotheek"\r\n'));
    expect(semicolon).toEqual({ rows: [['titel', 'gemeente', 'partners'], ['Test; met puntkomma', 'Zwolle', 'GGD\r\nbibliotheek'], ['']], problems: [] });
    const comma = parseCsv(bytes('titel,gemeente\n"Test, met komma",Zwolle\n'));
    expect(comma.rows.slice(0, 2)).toEqual([
      ['titel', 'gemeente'],
      ['Test, met komma', 'Zwolle'],
    ]);
  });

  it('follows the "sep=" line Excel may write first, which is not a row', () => {
    expect(parseCsv(bytes('sep=,\r\ntitel,gemeente\r\nTest;een,Zwolle\r\n')).rows.slice(0, 2)).toEqual([
      ['titel', 'gemeente'],
      ['Test;een', 'Zwolle'],
    ]);
  });

  it('refuses text that is not UTF-8 (Excel\u2019s plain "CSV" is Windows-1252) and says how to save it', () => {
    const latin1 = new Uint8Array([0x74, 0x69, 0x74, 0x65, 0x6c, 0x0a, 0x43, 0x61, 0x66, 0xe9, 0x0a]);
    expect(parseCsv(latin1).problems).toEqual([{ row: 1, message: 'het bestand is geen UTF-8', fix: expect.stringContaining('CSV UTF-8') }]);
  });

  it('reports an unclosed quote with its row', () => {
    expect(parseCsv(bytes('titel;gemeente\nGoed;Zwolle\n"Open;Zwolle\n')).problems).toEqual([
      expect.objectContaining({ row: 3, message: 'een aanhalingsteken (") wordt niet gesloten' }),
    ]);
  });
});

describe('xlsx', () => {
  it('reads the first sheet with text, numbers, booleans and dates as Excel stores them', async () => {
    const blob = await writeXlsxFile([
      {
        sheet: 'Gegevens',
        data: [
          ['titel', 'jaar', 'concept', 'datum'],
          ['Test', 2019, true, { value: new Date(Date.UTC(2027, 0, 15)), format: 'dd-mm-yyyy' }],
        ],
      },
      { sheet: 'Anders', data: [['niet dit blad']] },
    ]).toBlob();
    const sheet = await parseXlsx(new Uint8Array(await blob.arrayBuffer()));
    expect(sheet.problems).toEqual([]);
    expect(sheet.rows[1].slice(0, 3)).toEqual(['Test', 2019, true]);
    expect((sheet.rows[1][3] as Date).toISOString()).toBe('2027-01-15T00:00:00.000Z');
  });

  it('says so when the file is not a workbook', async () => {
    expect((await parseXlsx(bytes('geen zip'))).problems).toEqual([
      expect.objectContaining({ row: 1, message: expect.stringMatching(/^het bestand is geen leesbaar xlsx-bestand/) }),
    ]);
  });
});

describe('templates', () => {
  const t = {
    name: 'Interventies',
    header: ['titel', 'gemeente'],
    example: ['Voorbeeld: ontbijt', 'Voorbeeldstad'],
    explanation: [
      ['kolom', 'uitleg'],
      ['titel', 'De naam.'],
    ],
  };

  it('writes xlsx with the data sheet first and the explanation second', async () => {
    const sheets = await readXlsxFile((await templateXlsx(t)).slice().buffer as ArrayBuffer);
    expect(sheets).toEqual([
      { sheet: 'Interventies', data: [t.header, t.example] },
      { sheet: 'Uitleg', data: t.explanation },
    ]);
  });

  it('writes CSV with a BOM and ;, which reads back as the same rows', () => {
    const csv = templateCsv(t);
    expect([...csv.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(csv)).toContain('titel;gemeente\r\n');
    expect(parseCsv(csv).rows.slice(0, 2)).toEqual([t.header, t.example]);
  });

  it('knows a format by its extension', () => {
    expect([formatOf('a.XLSX'), formatOf('b.csv'), formatOf('c.xls')]).toEqual(['xlsx', 'csv', undefined]);
  });
});
