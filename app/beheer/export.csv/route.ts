import { currentContent } from '@/lib/content';
import { database } from '@/lib/db';
import { toCsv } from '@/lib/open-data/format';
import { clientAddress } from '@/lib/http/form-body';
import { currentStaff, readStaffQuery } from '@/lib/staff';
import { audit } from '@/lib/staff/audit';
import { gateView } from '@/lib/staff/guard';
import { refused } from '@/lib/staff/respond';
import { exportRows, staffFilter } from '@/lib/staff/view';
import { exportSubmissions } from '@/lib/forms/submissions';
import { queryString } from '@/lib/urls';

export const dynamic = 'force-dynamic';

/** The filtered submissions as CSV for Excel: through the gate, and in the audit log with its filters and size. */
export async function GET(request: Request) {
  const db = await database();
  const client = clientAddress(request);
  const checked = await gateView(db, { session: await currentStaff(), action: 'inzendingen', what: 'inzendingen-exporteren', client });
  if (!checked.ok) return refused(checked, 'inzendingen');
  const url = new URL(request.url);
  const { filter } = readStaffQuery(currentContent(), Object.fromEntries(url.searchParams));
  const rows = exportRows(await exportSubmissions(db, filter));
  await audit(db, {
    actor: checked.session.email,
    action: 'inzendingen-exporteren',
    target: queryString(staffFilter(filter)) || undefined,
    outcome: 'ok',
    detail: { rijen: rows.length },
    client,
  });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(toCsv(rows, { neutralizeFormulas: true }), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="gka-inzendingen-${day}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}
