import { translator } from '@/i18n/translate';
import { auditMark, AVG_ACTIONS, deleteAddress, normalEmail } from '@/lib/alerts/staff';
import { clientAddress, seeOther } from '@/lib/http/form-body';
import { secretFor } from '@/lib/secret';
import { staffForm, staffProblem } from '@/lib/staff';
import { isEmailAddress } from '@/lib/staff/accounts';
import { audit } from '@/lib/staff/audit';
import { signNotice } from '@/lib/staff/notice';
import { urls } from '@/lib/urls';

export const dynamic = 'force-dynamic';

/**
 * A beheerder deletes one address and everything of it (an AVG request), from the confirmation
 * step of its lookup. In the audit log by the address's mark and what went; back to the page
 * with a signed notice that names no address.
 */
export async function POST(request: Request) {
  const form = await staffForm(request, { action: 'accounts', what: AVG_ACTIONS.delete, maxBytes: 4 * 1024, back: urls.staffAlerts() });
  if (!form.ok) return form.response;
  const { db, session, fields } = form;
  const t = translator('nl');
  const email = normalEmail(fields.email ?? '');
  if (!isEmailAddress(email)) return staffProblem(422, t('staffAlerts.avg.badDeleteTitle'), t('staffAlerts.avg.badDelete'), urls.staffAlerts());
  const removed = await deleteAddress(db, email);
  await audit(db, {
    actor: session.email,
    action: AVG_ACTIONS.delete,
    target: auditMark(email),
    outcome: 'ok',
    detail: removed.addresses ? { aanmeldingen: removed.subscriptions, mails: removed.deliveries, wachtrij: removed.pending } : { gevonden: 'nee' },
    client: clientAddress(request),
  });
  const text = removed.addresses ? t('staffAlerts.avg.deleted', { ...removed }) : t('staffAlerts.avg.alreadyGone');
  return seeOther(urls.staffAlerts(signNotice(secretFor('beheer-meldingen'), text)));
}
