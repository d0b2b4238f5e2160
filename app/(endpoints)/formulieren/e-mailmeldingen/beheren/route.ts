import { database } from '@/lib/db';
import { isSameOrigin, readForm, seeOther } from '@/lib/http/form-body';
import { ALERT_FIELDS, linkHolder, localeOf } from '@/lib/alerts/requests';
import { FREQUENCIES } from '@/lib/alerts/items';
import { revokeLinks, setFrequency, unsubscribe, unsubscribeAll } from '@/lib/alerts/subscriptions';
import { secretFor } from '@/lib/secret';
import { localized, urls } from '@/lib/urls';
import { toProblem } from '../shared';

export { GET } from '../shared';

export const dynamic = 'force-dynamic';

/** The manage page's buttons (field `actie`): how often, stop one, stop all, revoke every link. */
export async function POST(request: Request) {
  const read = await readForm(request);
  const fields = read.ok ? read.fields : {};
  const locale = localeOf(fields);
  if (!read.ok || !isSameOrigin(request)) return toProblem('formulier', locale);
  const code = new URL(request.url).searchParams.get('code') ?? '';
  const db = await database();
  const held = await linkHolder(db, secretFor('e-mailmeldingen'), code, 'beheren', new Date());
  if (!held.ok) return toProblem(held.reason, locale);
  const address = held.address.id;
  const subscription = fields[ALERT_FIELDS.subscription] ?? '';
  const back = (notice?: Parameters<typeof urls.alertManage>[1], selection?: string) => seeOther(localized(urls.alertManage(code, notice, selection), locale));
  switch (fields[ALERT_FIELDS.action]) {
    case 'frequentie': {
      const frequency = FREQUENCIES.find((f) => f === fields[ALERT_FIELDS.frequency]);
      return back(frequency && (await setFrequency(db, address, subscription, frequency)) ? 'frequentie' : undefined);
    }
    case 'afmelden': {
      const stopped = await unsubscribe(db, address, subscription);
      return back('afgemeld', stopped?.address);
    }
    case 'alles-afmelden':
      await unsubscribeAll(db, address);
      return seeOther(localized(urls.alertUnsubscribed('alles'), locale));
    case 'intrekken':
      await revokeLinks(db, address);
      return seeOther(localized(urls.alertRevoked(), locale));
    default:
      return back();
  }
}
