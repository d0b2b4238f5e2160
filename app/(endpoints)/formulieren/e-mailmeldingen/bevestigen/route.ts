import { database } from '@/lib/db';
import { isSameOrigin, readForm, seeOther } from '@/lib/http/form-body';
import { ALERT_FIELDS, linkHolder, localeOf } from '@/lib/alerts/requests';
import { confirm, pendingOf } from '@/lib/alerts/subscriptions';
import { signAlertToken } from '@/lib/alerts/tokens';
import { secretFor } from '@/lib/secret';
import { localized, urls } from '@/lib/urls';
import { toProblem } from '../shared';

export { GET } from '../shared';

export const dynamic = 'force-dynamic';

/** The confirmation page's button: the ticked subscriptions confirmed, then to the manage page. */
export async function POST(request: Request) {
  const read = await readForm(request);
  const locale = localeOf(read.ok ? read.fields : {});
  if (!read.ok || !isSameOrigin(request)) return toProblem('formulier', locale);
  const code = new URL(request.url).searchParams.get('code') ?? '';
  const now = new Date();
  const db = await database();
  const secret = secretFor('e-mailmeldingen');
  const held = await linkHolder(db, secret, code, 'bevestigen', now);
  if (!held.ok) return toProblem(held.reason, locale);
  const pending = new Set((await pendingOf(db, held.address.id, now)).map((s) => s.id));
  if (pending.size === 0) return toProblem('gebruikt', locale);
  const chosen = read.params.getAll(ALERT_FIELDS.subscription).filter((id) => pending.has(id));
  if (chosen.length === 0) return seeOther(localized(urls.alertConfirm(code, 'geen-keuze'), locale));
  // A second click confirms nothing more, and lands on the same page as the first.
  await confirm(db, held.address.id, chosen, now);
  const manage = signAlertToken(secret, { use: 'beheren', addressId: held.address.id, version: held.token.version });
  return seeOther(localized(urls.alertManage(manage, 'bevestigd'), locale));
}
