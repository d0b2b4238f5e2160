import { database } from '@/lib/db';
import { clientAddress, isSameOrigin, readForm, seeOther } from '@/lib/http/form-body';
import { currentStaff } from '@/lib/staff';
import { audit } from '@/lib/staff/audit';
import { gate } from '@/lib/staff/guard';
import { refused } from '@/lib/staff/respond';
import { deleteSubmissions } from '@/lib/forms/submissions';
import { urls } from '@/lib/urls';

export const dynamic = 'force-dynamic';

/** Deleting submissions: through the gate (session, CSRF, role), in the audit log, then back to the list. */
export async function POST(request: Request) {
  const read = await readForm(request, 64 * 1024);
  const params = read.ok ? read.params : new URLSearchParams();
  const db = await database();
  const client = clientAddress(request);
  const checked = await gate(db, {
    session: await currentStaff(),
    csrf: params.get('csrf'),
    sameOrigin: isSameOrigin(request),
    action: 'inzendingen',
    what: 'inzendingen-verwijderen',
    client,
  });
  if (!checked.ok) return refused(checked, 'inzendingen');
  const ids = params.getAll('id');
  const deleted = await deleteSubmissions(db, ids);
  await audit(db, {
    actor: checked.session.email,
    action: 'inzendingen-verwijderen',
    target: ids.slice(0, 50).join(', '),
    outcome: 'ok',
    detail: { aantal: deleted },
    client,
  });
  // Back to the same filtered list: only our own query string, never an address from the form.
  const back = new URLSearchParams(params.get('terug') ?? '');
  back.delete('verwijderd');
  back.delete('pagina');
  back.set('verwijderd', String(deleted));
  return seeOther(urls.staff(Object.fromEntries(back)));
}
