// The template download: only with a session, only the four templates, made from the content.
import readXlsxFile from 'read-excel-file/universal';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { KIND_DEFINITIONS } from '@/lib/import/columns';

const session = vi.hoisted(() => ({ loggedIn: true }));
vi.mock('@/lib/staff', () => ({
  requireStaff: async () => {
    // As Next's redirect(): it throws, and the route handler answers with the login page.
    if (!session.loggedIn) throw new Error('NEXT_REDIRECT');
    return {};
  },
}));
const { GET } = await import('@/app/beheer/import/sjabloon/[bestand]/route');
const get = (bestand: string) => GET(new Request(`http://localhost/beheer/import/sjabloon/${bestand}`), { params: Promise.resolve({ bestand }) });

describe('GET /beheer/import/sjabloon/[bestand]', () => {
  beforeEach(() => {
    session.loggedIn = true;
  });

  it('sends the xlsx template with its explanation sheet, as a download', async () => {
    const response = await get('interventies.xlsx');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers.get('Content-Disposition')).toBe('attachment; filename="sjabloon-interventies.xlsx"');
    const [data, explanation] = await readXlsxFile(await response.arrayBuffer());
    expect(data.data[0]).toEqual(KIND_DEFINITIONS.interventies.columns.map((c) => c.name));
    expect(explanation.sheet).toBe('Uitleg');
  });

  it('sends the CSV template with the header and the example row', async () => {
    const response = await get('gemeenten.csv');
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    const bytes = Buffer.from(await response.arrayBuffer());
    // With a byte order mark, so Dutch Excel reads the accents right.
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(bytes.toString('utf8', 3)).toMatch(/^gemeente;aangesloten;/);
  });

  it('answers 404 in Dutch for any other name', async () => {
    for (const name of ['nieuws.xlsx', 'interventies.xls', 'interventies', '..%2Fgeheim.csv', 'interventies.xlsx.csv']) {
      const response = await get(name);
      expect(response.status, name).toBe(404);
      expect(await response.text()).toMatch(/^Dit sjabloon bestaat niet/);
    }
  });

  it('is for staff only', async () => {
    session.loggedIn = false;
    await expect(get('interventies.xlsx')).rejects.toThrow('NEXT_REDIRECT');
  });
});
