import { database } from '@/lib/db';
import { isSameOrigin, readForm, seeOther } from '@/lib/http/form-body';
import { linkHolder, localeOf } from '@/lib/alerts/requests';
import { subscriptionsOf, unsubscribe } from '@/lib/alerts/subscriptions';
import { secretFor } from '@/lib/secret';
import { translator } from '@/i18n/translate';
import { localized, urls } from '@/lib/urls';
import { toProblem } from '../shared';

export const dynamic = 'force-dynamic';

/** A one-click body is a field or two; nothing of ours posts more here. */
const MAX_BYTES = 16 * 1024;

const text = (status: number, body: string) =>
  new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });

/**
 * Stops one subscription, from the unsubscribe page's button (then to "je bent afgemeld") or from a
 * mail program: RFC 8058's one-click POST of `List-Unsubscribe=One-Click` to the address in the
 * mail's List-Unsubscribe header, url-encoded or multipart, from no page of ours and without
 * cookies. That one gets a short text; the link's code is what authorises both.
 */
export async function POST(request: Request) {
  const read = await readForm(request, MAX_BYTES, { files: true });
  const oneClick = read.ok && read.fields['List-Unsubscribe'] === 'One-Click';
  const locale = localeOf(read.ok ? read.fields : {});
  if (!oneClick && (!read.ok || !isSameOrigin(request))) return toProblem('formulier', locale);
  const db = await database();
  const held = await linkHolder(db, secretFor('e-mailmeldingen'), new URL(request.url).searchParams.get('code'), 'afmelden', new Date());
  if (!held.ok) return oneClick ? text(400, translator('nl')('alerts.oneClickInvalid')) : toProblem(held.reason, locale);
  const stopped = await unsubscribe(db, held.address.id, held.token.subscriptionId);
  // Once stopped, a second click says the same: stopped.
  if (oneClick) return text(200, translator('nl')('alerts.oneClick'));
  return seeOther(localized(urls.alertUnsubscribed(stopped && { selection: stopped.address }), locale));
}

/**
 * The same address opened as a link (the mail's "stop" link is this endpoint, as its
 * List-Unsubscribe header is): on to the page with the button, in the subscription's language.
 * Nothing is stopped by a GET.
 */
export async function GET(request: Request) {
  const code = new URL(request.url).searchParams.get('code') ?? '';
  const db = await database();
  const held = await linkHolder(db, secretFor('e-mailmeldingen'), code, 'afmelden', new Date());
  const locale = held.ok ? ((await subscriptionsOf(db, held.address.id)).find((s) => s.id === held.token.subscriptionId)?.locale ?? 'nl') : 'nl';
  return seeOther(localized(urls.alertUnsubscribe(code), locale));
}
