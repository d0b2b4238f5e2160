import { auditMark, AVG_ACTIONS, findAddress, keepLookup, normalEmail } from '@/lib/alerts/staff';
import { clientAddress, seeOther } from '@/lib/http/form-body';
import { staffForm } from '@/lib/staff';
import { isEmailAddress } from '@/lib/staff/accounts';
import { audit } from '@/lib/staff/audit';
import { urls } from '@/lib/urls';

export const dynamic = 'force-dynamic';

/**
 * A beheerder looks up one address (an AVG request): the gate (session, CSRF, role) first, then
 * the lookup, written to the audit log by the address's mark (lib/alerts/staff.ts auditTarget).
 * The page after it finds the lookup by a random id: the address never goes into a URL.
 */
export async function POST(request: Request) {
  // A beheerder's task like the accounts: 'accounts' is the action only a beheerder has.
  const form = await staffForm(request, { action: 'accounts', what: AVG_ACTIONS.lookup, maxBytes: 4 * 1024, back: urls.staffAlerts() });
  if (!form.ok) return form.response;
  const { db, session, fields } = form;
  const now = new Date();
  const typed = (fields.email ?? '').slice(0, 320);
  const back = (id: string, fragment: string) => seeOther(`${urls.staffAlerts({ adres: id })}#${fragment}`);
  if (!isEmailAddress(typed)) return back(await keepLookup(db, { actor: session.email, problem: 'email', typed }, now), 'fouten');
  const email = normalEmail(typed);
  const target = auditMark(email);
  const found = await findAddress(db, email);
  await audit(db, {
    actor: session.email,
    action: AVG_ACTIONS.lookup,
    target,
    outcome: 'ok',
    detail: found ? { aanmeldingen: found.subscriptions.length } : { gevonden: 'nee' },
    client: clientAddress(request),
  });
  return back(await keepLookup(db, { actor: session.email, target, addressId: found?.id }, now), 'avg-resultaat');
}
