import { verifyToken } from '@/lib/forms/token';
import { database } from '@/lib/db';

import { clientAddress, isSameOrigin, readForm, seeOther } from '@/lib/http/form-body';
import { secretFor } from '@/lib/secret';
import { login, STAFF_LOGIN_FORM } from '@/lib/staff/accounts';
import { sessionCookie } from '@/lib/staff';
import { urls } from '@/lib/urls';
import { limiters } from '@/lib/forms';

export const dynamic = 'force-dynamic';

const back = (notice: string) => seeOther(urls.staffLogin(notice));

/**
 * Logging in: signed form token (CSRF), a limit per address, then the throttle per account and
 * address. When too many logins wait for their password check, the form comes back with "busy".
 */
export async function POST(request: Request) {
  const read = await readForm(request, 8 * 1024);
  if (!read.ok || !isSameOrigin(request)) return back('token');
  const token = verifyToken(secretFor('beheer-inloggen'), read.fields.formulier, new Date());
  if (!token.ok || token.token.f !== STAFF_LOGIN_FORM) return back('token');
  const client = clientAddress(request);
  const { logins, loginAttempts, loginThrottle } = await limiters();
  if ((await logins.count(client)) > logins.limit) return back('locked');
  const result = await login(await database(), {
    email: read.fields.email ?? '',
    password: read.fields.wachtwoord ?? '',
    client,
    attempts: loginAttempts,
    now: new Date(),
    throttle: loginThrottle,
    sessionKey: secretFor('sessies'),
  });
  if (!result.ok) return back(result.reason);
  const response = seeOther(urls.staff());
  response.headers.set('Set-Cookie', sessionCookie(result.cookie));
  return response;
}
