import { kickAlerts } from '@/lib/alerts';
import { database } from '@/lib/db';
import { limiters } from '@/lib/forms';
import { clientAddress, isSameOrigin, readForm } from '@/lib/http/form-body';
import { localeOf, receiveLinkRequest } from '@/lib/alerts/requests';
import { secretFor } from '@/lib/secret';
import { urls } from '@/lib/urls';
import { answer, toProblem } from '../shared';

export { GET } from '../shared';

export const dynamic = 'force-dynamic';

/** "Stuur mij de link" on /e-mailmeldingen: the manage link mailed, if the address has subscriptions. */
export async function POST(request: Request) {
  const read = await readForm(request);
  const fields = read.ok ? read.fields : {};
  const locale = localeOf(fields);
  if (!read.ok) return toProblem('formulier', locale);
  const outcome = await receiveLinkRequest(fields, {
    db: await database(),
    secret: secretFor('formulieren'),
    now: new Date(),
    client: clientAddress(request),
    sameOrigin: isSameOrigin(request),
    limiter: (await limiters()).forms,
  });
  if (outcome.type === 'done' && outcome.queued) kickAlerts();
  return answer(outcome, locale, urls.alertCheckMail('link'), (attempt) => urls.alertIndex(attempt));
}
