// The answer of a /beheer route handler whose gate() said no. Framework-free: a web Response.
// Without a session to the login page; otherwise 403 with the Dutch reason and a way back. The
// page is plain HTML of its own (a route handler has no page shell and no stylesheet address to
// hand); the browser's default look is enough for two sentences and a link.
import { translator } from '@/i18n/translate';
import type { Gate } from './guard';
import { refusalMessage } from './guard';
import type { Action } from './roles';
import { seeOther } from '../http/form-body';
import { urls } from '../urls';

/** Text for HTML, in an element or a quoted attribute. */
export const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `back`: where the link goes (our own address, never one from the request); the staff start page by default. */
/** A plain Dutch page (its HTML) for a refused or impossible action: what happened, and the way back. */
export function problemHtml(title: string, message: string, back: string): string {
  const t = translator('nl');
  return `<!DOCTYPE html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(title)} | ${escape(t('site.name'))}</title></head>
<body>
<main>
<h1>${escape(title)}</h1>
<p>${escape(message)}</p>
<p><a href="${escape(back)}">${escape(t('staff.refused.back'))}</a></p>
</main>
</body>
</html>
`;
}

/** That page as a route handler's answer. */
export function problemPage(status: 403 | 404 | 409 | 413 | 422, title: string, message: string, back: string = urls.staff()): Response {
  return new Response(problemHtml(title, message, back), { status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
}

/** `back`: where the link goes (our own address, never one from the request); the staff start page by default. */
export function refused(gate: Extract<Gate, { ok: false }>, action: Action, back: string = urls.staff()): Response {
  if (gate.refusal === 'sessie') return seeOther(urls.staffLogin('inloggen'));
  return problemPage(403, translator('nl')('staff.refused.title'), refusalMessage(gate.refusal, action, gate.session), back);
}
