import { database } from '@/lib/db';
import { clientAddress, readForm, seeOther } from '@/lib/http/form-body';
import { audit } from '@/lib/staff/audit';
import { csrfMatches } from '@/lib/staff/accounts';
import { currentStaff, endSession, sessionCookie } from '@/lib/staff';
import { urls } from '@/lib/urls';

export const dynamic = 'force-dynamic';

export async function POST(request: Request) {
  const session = await currentStaff();
  const read = await readForm(request, 8 * 1024);
  if (!session) return seeOther(urls.staffLogin('inloggen'));
  const db = await database();
  const client = clientAddress(request);
  // A refused logout stays logged in and is told so on the list (nothing else changes).
  if (!read.ok || !csrfMatches(session, read.fields.csrf)) {
    await audit(db, { actor: session.email, action: 'uitloggen', outcome: 'geweigerd', detail: { reden: 'csrf' }, client });
    return seeOther(urls.staff({ csrf: 'fout' }));
  }
  await endSession();
  await audit(db, { actor: session.email, action: 'uitloggen', outcome: 'ok', client });
  const response = seeOther(urls.staffLogin('loggedOut'));
  response.headers.set('Set-Cookie', sessionCookie(null));
  return response;
}
