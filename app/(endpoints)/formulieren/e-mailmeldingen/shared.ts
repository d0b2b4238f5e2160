// What the alert endpoints share. Each answers a POST with a redirect to a page (303), except a
// mail program's one-click unsubscribe (afmelden/route.ts); a GET is told they take forms only.
import { seeOther } from '@/lib/http/form-body';
import { localized, urls } from '@/lib/urls';
import type { FormOutcome, Problem } from '@/lib/alerts/requests';

/** To the page that says why, with its 4xx (components/pages/alerts.tsx). */
export const toProblem = (reason: Problem, locale: string) => seeOther(localized(urls.alertProblem(reason), locale));

/** A form's outcome as a redirect: "check your e-mail", the form again with what was typed, or a problem. */
export function answer(outcome: FormOutcome, locale: string, done: string, again: (attemptId: string, selection?: string) => string): Response {
  switch (outcome.type) {
    case 'done':
      return seeOther(localized(done, locale));
    case 'again':
      return seeOther(localized(again(outcome.attemptId, outcome.selection), locale));
    case 'problem':
      return toProblem(outcome.reason, locale);
  }
}

export function GET() {
  return new Response('Dit adres ontvangt alleen formulieren (POST).', {
    status: 405,
    headers: { Allow: 'POST', 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
