import { strToU8, unzipSync, zipSync } from 'fflate';
import writeXlsxFile from 'write-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { readUpload, sniffFormat, UPLOAD_LIMITS } from './upload';

const xlsx = async (rows: string[][]) => new Uint8Array(await (await writeXlsxFile(rows).toBlob()).arrayBuffer());
const csv = (text: string) => strToU8(`\uFEFF${text}`);
const message = async (name: string, bytes: Uint8Array, limits = UPLOAD_LIMITS) => {
  const sheet = await readUpload(name, bytes, limits);
  return sheet.problems.map((p) => `rij ${p.row}: ${p.message}`);
};

/** A workbook whose first sheet has `rows` rows of one cell: small packed, large unpacked. */
async function bomb(rows: number) {
  const parts = unzipSync(await xlsx([['a']]));
  const xml = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${'<row><c t="inlineStr"><is><t>x</t></is></c></row>'.repeat(rows)}</sheetData></worksheet>`;
  return zipSync({ ...parts, 'xl/worksheets/sheet1.xml': strToU8(xml) }, { level: 9 });
}

describe('recognising an upload by its content', () => {
  it('takes an .xlsx (a ZIP) and a .csv (UTF-8 text)', async () => {
    expect(sniffFormat(await xlsx([['titel']]))).toEqual({ format: 'xlsx' });
    expect(sniffFormat(csv('titel;gemeente\r\n'))).toEqual({ format: 'csv' });
  });

  it('reads good files of both kinds', async () => {
    expect((await readUpload('lijst.xlsx', await xlsx([['titel'], ['Een']]))).rows).toEqual([['titel'], ['Een']]);
    expect((await readUpload('LIJST.CSV', csv('titel\r\nEen\r\n'))).rows).toEqual([['titel'], ['Een'], ['']]);
  });

  it('refuses with a Dutch reason what is not an .xlsx or .csv, whatever its name', async () => {
    const html = strToU8('<!doctype html><html><body><script>alert(1)</script></body></html>');
    expect(await message('lijst.xlsx', html)).toEqual(['rij 1: dit is een webpagina (HTML) of een XML-bestand, geen spreadsheet']);
    expect(await message('lijst.xlsx', new Uint8Array([1, 2, 0xff, 0]))).toEqual(['rij 1: de naam eindigt op .xlsx, maar het bestand is geen Excel-werkmap']);
    expect(await message('lijst.csv', html)).toEqual(['rij 1: dit is een webpagina (HTML) of een XML-bestand, geen spreadsheet']);
    expect(await message('lijst.xlsx', strToU8('%PDF-1.7\n'))).toEqual(['rij 1: dit is een PDF, geen spreadsheet']);
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(await message('lijst.xlsx', xls)).toEqual(['rij 1: dit is een oud Excel-bestand (.xls)']);
    expect(await message('lijst.csv', new Uint8Array([0x43, 0x61, 0x66, 0xe9]))).toEqual(['rij 1: het bestand is geen UTF-8']);
    expect(await message('lijst.csv', new Uint8Array())).toEqual(['rij 1: het bestand is leeg']);
    expect(await message('lijst.xls', csv('titel\r\n'))).toEqual(['rij 1: "lijst.xls" is geen .xlsx- of .csv-bestand']);
    expect(await message('lijst.xlsx', csv('titel\r\n'))).toEqual(['rij 1: de naam eindigt op .xlsx, maar het bestand is een CSV-bestand (tekst)']);
    expect(await message('lijst.csv', await xlsx([['titel']]))).toEqual(['rij 1: de naam eindigt op .csv, maar het bestand is een Excel-werkmap (.xlsx)']);
    const docx = zipSync({ 'word/document.xml': strToU8('<w:document/>') });
    expect(await message('lijst.xlsx', docx)).toEqual(['rij 1: dit is een ZIP-bestand, maar geen Excel-werkmap']);
    expect(await message('lijst.xlsx', ZIP_HEADER_ONLY)).toEqual([expect.stringMatching(/^rij 1: het bestand is geen leesbaar xlsx-bestand/)]);
  });
});

const ZIP_HEADER_ONLY = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]);

describe('the limits of an upload', () => {
  it('refuses a file over 5 MB before reading it', async () => {
    const big = new Uint8Array(UPLOAD_LIMITS.bytes + 1).fill(0x41);
    expect(await message('lijst.csv', big)).toEqual(['rij 1: het bestand is 5 MB, groter dan 5 MB']);
  });

  it('refuses more than 5,000 filled rows, and does not count empty ones', async () => {
    const lines = (n: number) => ['titel', ...Array.from({ length: n }, (_, i) => `Rij ${i}`)].join('\r\n');
    expect(await message('lijst.csv', csv(lines(5001)))).toEqual(['rij 1: het bestand heeft 5.001 rijen; een import heeft er hooguit 5.000']);
    expect(await message('lijst.csv', csv(`${lines(5000)}\r\n;\r\n\r\n`))).toEqual([]);
  });

  it('refuses a small .xlsx that unpacks to a huge sheet before parsing it, in well under a second', async () => {
    const packed = await bomb(700_000);
    expect(packed.length).toBeLessThan(256 * 1024);
    const started = performance.now();
    expect(await message('bom.xlsx', packed)).toEqual(['rij 1: het bestand is uitgepakt groter dan 30 MB']);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses a sheet with more elements than the limit, and a sheet whose parts lie about their size stays within it', async () => {
    const packed = await bomb(20_000);
    expect(await message('veel.xlsx', packed, { ...UPLOAD_LIMITS, elements: 100_000 })).toEqual([
      expect.stringMatching(/^rij 1: het bestand heeft te veel cellen om te lezen \(1[0-9.]+ XML-elementen, hooguit 100\.000\)$/),
    ]);
    // The sheet's central directory entry says 1,000 bytes: fflate writes no more than that.
    const lying = patchDeclaredSize(packed, 'xl/worksheets/sheet1.xml', 1000);
    const sheet = await readUpload('klein.xlsx', lying);
    expect(sheet.rows.length).toBeLessThan(20);
  });
});

/** Sets the uncompressed size of one entry in a ZIP's central directory. */
function patchDeclaredSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  for (let o = 0; o < copy.length - 46; o++) {
    if (view.getUint32(o, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(o + 28, true);
    if (new TextDecoder().decode(copy.subarray(o + 46, o + 46 + nameLength)) === name) view.setUint32(o + 24, size, true);
  }
  return copy;
}
