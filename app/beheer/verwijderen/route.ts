import { database } from '@/lib/db';
import { seeOther } from '@/lib/http-form';
import { csrfMatches } from '@/lib/staff';
import { staffFromRequest } from '@/lib/staff-session';
import { deleteSubmissions } from '@/lib/submissions';
import { urls } from '@/lib/urls';

export const dynamic = 'force-dynamic';

/** Deleting submissions: the staff member's session and its CSRF token, then back to the list. */
export async function POST(request: Request) {
  const session = await staffFromRequest(request);
  if (!session) return seeOther(`${urls.staffLogin()}?melding=inloggen`);
  const body = await request.text();
  const params = new URLSearchParams(body.length <= 64 * 1024 ? body : '');
  if (!csrfMatches(session, params.get('csrf'))) return seeOther(`${urls.staff()}?csrf=fout`);
  const deleted = await deleteSubmissions(await database(), params.getAll('id'));
  // Back to the same filtered list: only our own query string, never an address from the form.
  const back = new URLSearchParams(params.get('terug') ?? '');
  back.delete('verwijderd');
  back.delete('pagina');
  back.set('verwijderd', String(deleted));
  return seeOther(`${urls.staff()}?${back}`);
}

