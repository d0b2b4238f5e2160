// The Next.js side of staff sessions: the cookie, and the redirect to the login page. Everything
// under /beheer goes through currentStaff or requireStaff (pages and route handlers alike).
import { cookies, headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { database } from '../db';
import { secretFor } from '../secret';
import { logout, SESSION_COOKIE, SESSION_HOURS, sessionFor, type StaffSession } from './accounts';
import { urls } from '../urls';
import type { Snapshot } from '../content';
import type { RawQuery } from '../http/query';
import { allForms } from '../forms';
import { parseStaffQuery } from './view';
import { gateView } from './guard';
import type { Action } from './roles';
import { clientAddress } from '../http/form-body';

/** The session cookie's value as the browser sent it. */
export const sessionCookieValue = async () => (await cookies()).get(SESSION_COOKIE)?.value;

export async function currentStaff(): Promise<StaffSession | undefined> {
  return sessionFor(await database(), await sessionCookieValue(), new Date(), secretFor('sessies'));
}

export async function requireStaff(): Promise<StaffSession> {
  const session = await currentStaff();
  if (!session) redirect(urls.staffLogin('inloggen'));
  return session;
}

/**
 * A page only some roles may see (`page`: its address, for the audit log). Without a session to
 * the login page; with a role that may not, the refusal goes into the audit log as a `pagina` view
 * and the page answers 403 with the segment's forbidden.tsx (components/staff/Refused.tsx).
 */
export async function requireRole(action: Action, page: string): Promise<StaffSession> {
  const session = await requireStaff();
  const gate = await gateView(await database(), { session, action, what: 'pagina', target: page, client: clientAddress({ headers: await headers() }) });
  if (!gate.ok) forbidden();
  return gate.session;
}

/** Ends the session of the cookie the browser sent. */
export async function endSession(): Promise<void> {
  await logout(await database(), await sessionCookieValue(), secretFor('sessies'));
}

/**
 * Functional cookie, only for /beheer: HttpOnly (no script reads it), Secure (only over HTTPS;
 * browsers treat localhost as secure), SameSite=Strict (never sent along from another site).
 * Its name starts with __Secure-, so a browser takes it only with Secure, from an HTTPS page: a
 * plain-HTTP answer (or a script on a sibling domain over HTTP) cannot plant one.
 */
export function sessionCookie(value: string | null): string {
  const attributes = `Path=${urls.staff()}; HttpOnly; Secure; SameSite=Strict`;
  // The browser keeps the cookie a day past the session's end, so a visit after that is told the
  // session expired instead of being greeted as a first visit; the cookie opens nothing by then.
  return value === null ? `${SESSION_COOKIE}=; ${attributes}; Max-Age=0` : `${SESSION_COOKIE}=${value}; ${attributes}; Max-Age=${(SESSION_HOURS + 24) * 3600}`;
}

/** The staff view's filters, read against the forms the site has in `content`. */
export const readStaffQuery = (content: Snapshot, raw: RawQuery) =>
  parseStaffQuery(
    raw,
    allForms(content).map((f) => f.id),
  );
