import { translator } from '@/i18n/translate';
import { bodyToHtml } from '@/lib/editor/document';
import { BODY } from '@/lib/editor/model';
import { staffForm } from '@/lib/staff';
import { urls } from '@/lib/urls';

export const dynamic = 'force-dynamic';

/** A body of 1 MB is the limit (lib/editor/check.ts); the form around it may be a little larger. */
const MAX_FORM = Math.round(1.1 * 2 ** 20);

/**
 * The live preview of the body in the editor's form (components/staff/editor/MarkdownTools.tsx):
 * the text as the site's own Markdown pipeline makes it, sanitized as at the build, as an HTML
 * fragment. It changes nothing, so nothing is logged but refusals; it still needs the session's
 * CSRF token, so another site cannot use a staff member's session to have text rendered.
 */
export async function POST(request: Request) {
  // Multipart: the browser sends the text as it is (url-encoding would triple its size).
  const form = await staffForm(request, { action: 'bewerken', what: 'tekstvoorbeeld', maxBytes: MAX_FORM, back: urls.staffContent(), files: true });
  if (!form.ok) return form.response;
  const t = translator('nl');
  const html = await bodyToHtml(form.fields[BODY] ?? '', (alt) => t('editor.tools.image', { alt }));
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
}
