import { currentContent } from '@/lib/content';
import { database } from '@/lib/db';
import { toCsv } from '@/lib/open-data/format';
import { seeOther } from '@/lib/http/form-body';
import { currentStaff, readStaffQuery } from '@/lib/staff';
import { exportRows } from '@/lib/staff/view';
import { exportSubmissions } from '@/lib/forms/submissions';
import { urls } from '@/lib/urls';

export const dynamic = 'force-dynamic';

/** The filtered submissions as CSV for Excel; only with a session. */
export async function GET(request: Request) {
  if (!(await currentStaff())) return seeOther(urls.staffLogin('inloggen'));
  const url = new URL(request.url);
  const { filter } = readStaffQuery(currentContent(), Object.fromEntries(url.searchParams));
  const rows = exportRows(await exportSubmissions(await database(), filter));
  const day = new Date().toISOString().slice(0, 10);
  return new Response(toCsv(rows, { neutralizeFormulas: true }), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="gka-inzendingen-${day}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}
