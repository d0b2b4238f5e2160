import { database } from '@/lib/db';
import { readForm, seeOther } from '@/lib/http/form-body';
import { csrfMatches } from '@/lib/staff/accounts';
import { currentStaff } from '@/lib/staff';
import { deleteSubmissions } from '@/lib/forms/submissions';
import { urls } from '@/lib/urls';

export const dynamic = 'force-dynamic';

/** Deleting submissions: the staff member's session and its CSRF token, then back to the list. */
export async function POST(request: Request) {
  const session = await currentStaff();
  if (!session) return seeOther(urls.staffLogin('inloggen'));
  const read = await readForm(request, 64 * 1024);
  if (!read.ok || !csrfMatches(session, read.fields.csrf)) return seeOther(urls.staff({ csrf: 'fout' }));
  const params = read.params;
  const deleted = await deleteSubmissions(await database(), params.getAll('id'));
  // Back to the same filtered list: only our own query string, never an address from the form.
  const back = new URLSearchParams(params.get('terug') ?? '');
  back.delete('verwijderd');
  back.delete('pagina');
  back.set('verwijderd', String(deleted));
  return seeOther(urls.staff(Object.fromEntries(back)));
}
