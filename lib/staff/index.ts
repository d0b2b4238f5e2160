// The Next.js side of staff sessions: the cookie, and the redirect to the login page. Everything
// under /beheer goes through currentStaff or requireStaff (pages and route handlers alike).
import { cookies, headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { database, type Database } from '../db';
import { clientAddress, isSameOrigin, readForm, type FilesRead } from '../http/form-body';
import { audit } from './audit';
import { gate, gateView } from './guard';
import { problemPage as staffProblem, refused } from './respond';
import type { Action } from './roles';
import { secretFor } from '../secret';
import { logout, SESSION_COOKIE, SESSION_HOURS, sessionFor, type StaffSession } from './accounts';
import { urls } from '../urls';
import type { Snapshot } from '../content';
import type { RawQuery } from '../http/query';
import { allForms } from '../forms';
import { parseStaffQuery } from './view';

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

/** A plain Dutch page for a refused or impossible action (lib/staff/respond.ts). */
export { problemPage as staffProblem } from './respond';

export type StaffForm =
  | { ok: true; session: StaffSession; fields: Record<string, string>; params: URLSearchParams; files: Map<string, File>; db: Database }
  | { ok: false; response: Response };

/**
 * The start of every /beheer action: the form (at most `maxBytes`), then the gate (session, CSRF
 * from this site, role), refusals logged with who tried. Without a session: to the login page.
 */
export async function staffForm(
  request: Request,
  options: { action: Action; what: string; target?: string; maxBytes?: number; back?: string; files?: boolean },
): Promise<StaffForm> {
  const db = await database();
  const session = await currentStaff();
  const maxBytes = options.maxBytes ?? 64 * 1024;
  const read = options.files ? await readForm(request, maxBytes, { files: true }) : await readForm(request, maxBytes);
  if (!read.ok && read.reason === 'tooLarge' && session) {
    await audit(db, {
      actor: session.email,
      action: options.what,
      target: options.target,
      outcome: 'geweigerd',
      detail: { reden: 'te groot' },
      client: clientAddress(request),
    });
    const limit = Math.round((options.maxBytes ?? 64 * 1024) / 1024);
    return {
      ok: false,
      response: staffProblem(
        413,
        'Te groot om op te slaan',
        `Wat u verstuurde is groter dan ${limit} kB en is niet opgeslagen. Maak de tekst korter (zet lange stukken in een apart document of een bijlage) en probeer het opnieuw; ga terug in uw browser om uw tekst terug te krijgen.`,
        options.back,
      ),
    };
  }
  const result = await gate(db, {
    session,
    csrf: read.ok ? read.fields.csrf : undefined,
    sameOrigin: isSameOrigin(request),
    action: options.action,
    what: options.what,
    target: options.target,
    client: clientAddress(request),
  });
  if (!result.ok) {
    return { ok: false, response: refused(result, options.action, options.back) };
  }
  if (!read.ok)
    return { ok: false, response: staffProblem(422, 'Formulier niet leesbaar', 'Het formulier kwam niet goed aan. Er is niets opgeslagen.', options.back) };
  // PostgreSQL stores no NUL in text: one becomes U+FFFD, so it is refused (in a name) or kept
  // visibly (in a text), never a database error.
  const clean = (v: string) => v.replaceAll('\0', '\uFFFD');
  return {
    ok: true,
    session: result.session,
    fields: Object.fromEntries(Object.entries(read.fields).map(([k, v]) => [clean(k), clean(v)])),
    params: new URLSearchParams([...read.params].map(([k, v]) => [clean(k), clean(v)])),
    files: 'files' in read ? (read as Extract<FilesRead, { ok: true }>).files : new Map<string, File>(),
    db,
  };
}
