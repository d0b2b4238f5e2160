// The editor's preview of a change (/beheer/wijzigingen/<id>/voorbeeld): the page as it will be,
// rendered here by the same route table, views, components and stylesheet as the site
// (server/routes.ts, server/document.tsx), from the served release opened again with the
// change's document in it (lib/editor/preview.ts), at the moment it will show. `weergave=lijst`:
// the list it appears in. Only for staff; never cached, never indexed. A bar at the top says it is
// a preview; images of the change come from its uploads (/beheer/bestanden/<id>).
import type http from 'node:http';
import type { Release } from '@/lib/content/release';
import { database } from '@/lib/db';
import { documentFileOf } from '@/lib/editor';
import { getChange } from '@/lib/editor/changes';
import { draftDocument } from '@/lib/editor/document';
import { listUrlOf } from '@/lib/editor/lists';
import { previewInstant, previewRelease } from '@/lib/editor/preview';
import { contentSecurityPolicy, SECURITY_HEADERS } from '@/lib/http/security-headers';
import { secretFor } from '@/lib/secret';
import { SESSION_COOKIE, sessionFor } from '@/lib/staff/accounts';
import { urls } from '@/lib/urls';
import { escape, problemHtml } from '@/lib/staff/respond';
import { renderDocument, type DocumentAssets } from './document';
import { logError } from './log';
import { matchRoute } from './routes';

const PREVIEW = /^\/beheer\/wijzigingen\/(\d{1,18})\/voorbeeld$/;

function cookieOf(req: http.IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

function send(res: http.ServerResponse, status: number, body: string, type = 'text/html; charset=utf-8', extra: Record<string, string> = {}) {
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
  res.setHeader('Content-Security-Policy', contentSecurityPolicy());
  res.setHeader('Content-Type', type);
  res.setHeader('Cache-Control', 'private, no-store');
  res.setHeader('X-Robots-Tag', 'noindex');
  for (const [k, v] of Object.entries(extra)) res.setHeader(k, v);
  res.statusCode = status;
  res.end(body);
}

const problem = (res: http.ServerResponse, status: number, message: string, back: string) => send(res, status, problemHtml('Geen voorbeeld', message, back));

/** Answers the preview's address; false for any other address. */
export function createPreview(assets: DocumentAssets, current: () => Release) {
  return async function preview(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<boolean> {
    const id = PREVIEW.exec(url.pathname)?.[1];
    if (!id) return false;
    const db = await database();
    const session = await sessionFor(db, cookieOf(req, SESSION_COOKIE), new Date(), secretFor('sessies'));
    if (!session) {
      send(res, 303, '', 'text/plain; charset=utf-8', { Location: urls.staffLogin('inloggen') });
      return true;
    }
    const change = await getChange(db, id);
    const file = change && documentFileOf(change);
    if (!change || !file?.text) {
      problem(res, 404, 'Deze wijziging heeft geen document om te tonen.', urls.staffChanges());
      return true;
    }
    let doc: Record<string, unknown>;
    try {
      doc = await draftDocument(file.path, file.text);
    } catch (error) {
      problem(
        res,
        422,
        `Dit document kan nog niet worden getoond: ${(error as Error).message}. Los de problemen op de pagina van de wijziging op.`,
        urls.staffChange(id),
      );
      return true;
    }
    // A draft with problems may not render (a field a view needs is missing): said in Dutch, never a 500.
    try {
      const now = new Date();
      const release = previewRelease(current(), [doc as never]);
      const instant = previewInstant([doc as { publishDate?: string }], now);
      const list = url.searchParams.get('weergave') === 'lijst';
      const target = new URL(list ? listUrlOf(String(doc.type), String(doc.title ?? '')) : String(doc.url), 'http://voorbeeld');
      const match = matchRoute(target.pathname, target.searchParams);
      if (!match || match.route.kind !== 'page') {
        problem(res, 404, 'Voor dit document is geen pagina op de site.', urls.staffChange(id));
        return true;
      }
      const content = release.at(instant);
      const loaded = match.route.load ? await match.route.load(content) : {};
      const view = match.route.view({ content, locale: match.locale, query: match.query, now: instant, params: { ...match.params, ...loaded } });
      if (!view) {
        problem(res, 404, 'De site zou dit document niet tonen (bijvoorbeeld omdat een verplicht veld ontbreekt).', urls.staffChange(id));
        return true;
      }
      let html = renderDocument(
        { ...view, metadata: { ...view.metadata, robots: { index: false, follow: false } } },
        { locale: match.locale, address: match.address, assets },
      );
      // Images of the change are not on the site yet: the preview shows them from its uploads.
      // (Referred to from the text as ./name, which the site's build would make /inhoud/<path>.)
      for (const upload of change.files.filter((f) => f.uploadId)) {
        const name = upload.path.split('/').pop()!;
        html = html
          .replaceAll(`/inhoud/${upload.path}"`, `${urls.staffUpload(upload.uploadId!)}"`)
          .replaceAll(`"./${name}"`, `"${urls.staffUpload(upload.uploadId!)}"`);
      }
      const when =
        instant.getTime() > now.getTime()
          ? `, zoals het vanaf ${instant.toLocaleDateString('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long' })} op de site staat`
          : '';
      // Classes of the site's stylesheet: the policy allows no inline style.
      const bar = `<div role="region" aria-label="Voorbeeld" class="border-b-4 border-ink bg-focus px-4 py-3 font-semibold text-ink">Voorbeeld van wijziging ${escape(id)}${escape(when)}: nog niet gepubliceerd. <a href="${escape(urls.staffChange(id))}" class="text-ink">Terug naar de wijziging</a></div>`;
      html = html.replace(/<body([^>]*)>/, (m) => `${m}${bar}`);
      send(res, view.status ?? 200, html);
      return true;
    } catch (error) {
      logError(`Voorbeeld van wijziging ${id}`, error);
      problem(
        res,
        422,
        'Dit document kan nog niet als pagina worden getoond, waarschijnlijk omdat er nog problemen in staan. Los de problemen op de pagina van de wijziging op.',
        urls.staffChange(id),
      );
      return true;
    }
  };
}
