import { kickAlerts, selectionItems, selectionOf } from '@/lib/alerts';
import { currentContent } from '@/lib/content';
import { postContext } from '@/lib/forms';
import { readForm } from '@/lib/http/form-body';
import { localeOf, receiveSignup } from '@/lib/alerts/requests';
import { urls } from '@/lib/urls';
import { answer, toProblem } from '../shared';

export { GET } from '../shared';

export const dynamic = 'force-dynamic';

/** The sign-up form of a selection: subscribed and a confirmation queued, or the form back. */
export async function POST(request: Request) {
  const read = await readForm(request);
  const fields = read.ok ? read.fields : {};
  const locale = localeOf(fields);
  if (!read.ok) return toProblem('formulier', locale);
  const now = new Date();
  const content = currentContent(now);
  const outcome = await receiveSignup(fields, {
    ...(await postContext(request, now)),
    selections: { of: (requested) => selectionOf(content, requested), items: (address) => selectionItems(content, address, now).map((i) => i.url) },
  });
  // The confirmation goes now, not at the job's next round.
  if (outcome.type === 'done' && outcome.queued) kickAlerts();
  return answer(outcome, locale, urls.alertCheckMail(), (attempt, selection) => (selection ? urls.alertSignup(selection, attempt) : urls.alertIndex()));
}
