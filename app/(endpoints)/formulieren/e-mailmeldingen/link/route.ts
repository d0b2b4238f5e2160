import { kickAlerts } from '@/lib/alerts';
import { postContext } from '@/lib/forms';
import { readForm } from '@/lib/http/form-body';
import { localeOf, receiveLinkRequest } from '@/lib/alerts/requests';
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
  const outcome = await receiveLinkRequest(fields, await postContext(request));
  if (outcome.type === 'done' && outcome.queued) kickAlerts();
  return answer(outcome, locale, urls.alertCheckMail('link'), (attempt) => urls.alertIndex(attempt));
}
