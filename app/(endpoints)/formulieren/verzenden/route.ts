import { kickMailWorker } from '@/lib/forms/jobs';
import { readForm, seeOther } from '@/lib/http/form-body';
import { currentContent } from '@/lib/content';
import { formById, mailSettings, municipalityCheck, postContext } from '@/lib/forms';
import { receive } from '@/lib/forms/receive';
import { localized, urls } from '@/lib/urls';

export const dynamic = 'force-dynamic';

/** Every form on the site posts here; the answer is always a redirect to a page. */
export async function POST(request: Request) {
  const read = await readForm(request);
  const fields = read.ok ? read.fields : {};
  const locale = fields.taal === 'en' ? 'en' : 'nl';
  if (!read.ok) return seeOther(localized(urls.formRefused(read.reason), locale));
  const now = new Date();
  const content = currentContent(now);
  const outcome = await receive(fields, {
    ...(await postContext(request, now)),
    municipality: municipalityCheck,
    forms: (id) => formById(content, id),
    mail: mailSettings(),
  });
  switch (outcome.type) {
    case 'stored':
      if (!outcome.duplicate) kickMailWorker();
      return seeOther(localized(urls.received(outcome.reference), locale));
    case 'again':
      return seeOther(localized(`${outcome.form.path}?poging=${outcome.attemptId}`, locale));
    case 'closed':
      return seeOther(localized(outcome.form.path, locale));
    case 'refused':
      return seeOther(localized(urls.formRefused(outcome.reason), locale));
  }
}

export function GET() {
  return new Response('Dit adres ontvangt alleen formulieren (POST).', {
    status: 405,
    headers: { Allow: 'POST', 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
