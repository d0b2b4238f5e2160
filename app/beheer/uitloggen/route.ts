import { readForm, seeOther } from '@/lib/http/form-body';
import { csrfMatches } from '@/lib/staff/accounts';
import { currentStaff, endSession, sessionCookie } from '@/lib/staff';
import { urls } from '@/lib/urls';

export const dynamic = 'force-dynamic';

export async function POST(request: Request) {
  const session = await currentStaff();
  const read = await readForm(request, 8 * 1024);
  if (!session) return seeOther(urls.staffLogin('inloggen'));
  if (!read.ok || !csrfMatches(session, read.fields.csrf)) return seeOther(urls.staff({ csrf: 'fout' }));
  await endSession();
  const response = seeOther(urls.staffLogin('loggedOut'));
  response.headers.set('Set-Cookie', sessionCookie(null));
  return response;
}
