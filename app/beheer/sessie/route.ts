import { verifyToken } from '@/lib/forms/token';
import { database } from '@/lib/db';

import { clientAddress, isSameOrigin, readForm, seeOther } from '@/lib/http/form-body';
import { secretFor } from '@/lib/secret';
import { login, STAFF_LOGIN_FORM } from '@/lib/staff/accounts';
import { audit } from '@/lib/staff/audit';
import { sessionCookie } from '@/lib/staff';
import { loginEmailCookie } from '@/lib/staff/remembered-email';
import { urls } from '@/lib/urls';
import { limiters } from '@/lib/forms';

export const dynamic = 'force-dynamic';

/** Back to the form with a notice; the e-mail address typed comes back with it (WCAG 3.3.7). */
const back = (notice: string, email?: string) => {
  const response = seeOther(urls.staffLogin(notice));
  if (email) response.headers.append('Set-Cookie', loginEmailCookie(email));
  return response;
};

/**
 * Logging in: signed form token (CSRF), a limit per address, then the throttle per account and
 * address. When too many logins wait for their password check, the form comes back with "busy".
 */
export async function POST(request: Request) {
  const read = await readForm(request, 8 * 1024);
  if (!read.ok || !isSameOrigin(request)) return back('token');
  const token = verifyToken(secretFor('beheer-inloggen'), read.fields.formulier, new Date());
  const email = read.fields.email ?? '';
  if (!token.ok || token.token.f !== STAFF_LOGIN_FORM) return back('token', email);
  const client = clientAddress(request);
  const { logins, loginAttempts, loginThrottle } = await limiters();
  if ((await logins.count(client)) > logins.limit) return back('locked', email);
  const db = await database();
  const result = await login(db, {
    email,
    password: read.fields.wachtwoord ?? '',
    client,
    attempts: loginAttempts,
    now: new Date(),
    throttle: loginThrottle,
    sessionKey: secretFor('sessies'),
  });
  // The address as typed, also when no account has it: who is trying which address is what a
  // beheerder reading the log needs. Never the password.
  await audit(db, {
    actor: email.trim().toLowerCase().slice(0, 254) || null,
    action: 'inloggen',
    outcome: result.ok ? 'ok' : result.reason === 'busy' ? 'mislukt' : 'geweigerd',
    detail: result.ok ? {} : { reden: result.reason },
    client,
  });
  if (!result.ok) return back(result.reason, email);
  const response = seeOther(urls.staff());
  response.headers.append('Set-Cookie', sessionCookie(result.cookie));
  response.headers.append('Set-Cookie', loginEmailCookie(null));
  return response;
}
