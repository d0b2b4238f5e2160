import { matchRoute } from '@/server/routes';
import { renderDocument, documentAssets } from '@/server/document';
import { currentRelease } from '@/lib/content';
import { getChange } from '@/lib/editor/changes';
import { documentFileOf } from '@/lib/editor';
import { draftDocument } from '@/lib/editor/document';
import { previewInstant, previewRelease } from '@/lib/editor/preview';
import { listUrlOf } from '@/lib/editor/lists';
import { database } from '@/lib/db';
import { currentStaff, staffProblem } from '@/lib/staff';
import { seeOther } from '@/lib/http/form-body';
import { urls } from '@/lib/urls';

export const dynamic = 'force-dynamic';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The page of a change as it will be: the served release opened again with the change's document
 * in it, rendered by the site's own view, components and stylesheet (server/routes.ts,
 * server/document.tsx), at the moment it will show. `weergave=lijst`: the list it appears in.
 * A bar at the top says it is a preview; images of the change come from its uploads.
 */
export async function GET(request: Request, { params }: RouteContext<'/beheer/wijzigingen/[id]/voorbeeld'>) {
  const session = await currentStaff();
  if (!session) return seeOther(urls.staffLogin('inloggen'));
  const { id } = await params;
  const change = await getChange(await database(), id);
  const file = change && documentFileOf(change);
  if (!change || !file?.text) return staffProblem(404, 'Geen voorbeeld', 'Deze wijziging heeft geen document om te tonen.', urls.staffChanges());
  let doc: Record<string, unknown>;
  try {
    doc = await draftDocument(file.path, file.text);
  } catch (error) {
    return staffProblem(
      422,
      'Geen voorbeeld',
      `Dit document kan nog niet worden getoond: ${(error as Error).message}. Los de problemen op de pagina van de wijziging op.`,
      urls.staffChange(id),
    );
  }
  const now = new Date();
  const release = previewRelease(currentRelease(), [doc as never]);
  const instant = previewInstant([doc as { publishDate?: string }], now);
  const list = new URL(request.url).searchParams.get('weergave') === 'lijst';
  const address = list ? listUrlOf(String(doc.type), String(doc.title ?? '')) : String(doc.url);
  const target = new URL(address, 'http://voorbeeld');
  const match = matchRoute(target.pathname, target.searchParams);
  if (!match || match.route.kind !== 'page') return staffProblem(404, 'Geen voorbeeld', 'Voor dit document is geen pagina op de site.', urls.staffChange(id));
  const content = release.at(instant);
  const loaded = match.route.load ? await match.route.load(content) : {};
  const view = match.route.view({ content, locale: match.locale, query: match.query, now: instant, params: { ...match.params, ...loaded } });
  if (!view)
    return staffProblem(404, 'Geen voorbeeld', 'De site zou dit document niet tonen (bijvoorbeeld omdat een verplicht veld ontbreekt).', urls.staffChange(id));
  let html = renderDocument(
    { ...view, metadata: { ...view.metadata, robots: { index: false, follow: false } } },
    { locale: match.locale, address: match.address, assets: documentAssets() },
  );
  // Images of the change are not on the site yet: the preview shows them from the uploads.
  for (const upload of change.files.filter((f) => f.uploadId)) html = html.replaceAll(`/inhoud/${upload.path}`, urls.staffUpload(upload.uploadId!));
  const when =
    instant.getTime() > now.getTime()
      ? ` zoals het vanaf ${instant.toLocaleDateString('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long' })} op de site komt`
      : '';
  // Classes of the site's stylesheet: the policy allows no inline style.
  const bar = `<div role="region" aria-label="Voorbeeld" class="border-b-4 border-ink bg-focus px-4 py-3 font-semibold text-ink">Voorbeeld van wijziging ${escape(id)}${escape(when)}: nog niet gepubliceerd. <a href="${escape(urls.staffChange(id))}" class="text-ink">Terug naar de wijziging</a></div>`;
  html = html.replace(/<body([^>]*)>/, (m) => `${m}${bar}`);
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' } });
}
