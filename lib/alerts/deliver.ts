// Sending the alert outbox (alert_deliveries). A server claims a batch of rows with a claim of its
// own, renders each mail when it sends it (the rows hold no text: 50,000 mails are 50,000 small
// rows) and marks a row sent *before* the SMTP server gets the message's final dot, in the same
// UPDATE that checks the claim is still its own (lib/mail/committed.ts). So:
// - two servers never both complete one mail: the second's UPDATE finds the row taken and the
//   transaction is abandoned, the SMTP server discards it;
// - a server killed before that UPDATE leaves the mail unsent (the SMTP server discards the
//   half-sent message) and another server sends it after the claim;
// - killed after it, only in the instant before the dot is written, a mail is lost, never doubled.
// A subscriber who stops meanwhile deletes the row, and the mail in flight is abandoned the same way.
import { randomBytes } from 'node:crypto';
import type { Database } from '../db';
import { UnconfirmedAfterCommit, type CommittedTransport } from '../mail/committed';
import { MAX_ATTEMPTS, retryDelayMs } from '../mail/outbox';
import { localized, urls } from '../urls';
import { alertMail, confirmationMail, manageLinkMail, type AlertMime } from './mail';
import type { AlertItem, AlertKind, Frequency } from './items';
import { CONFIRM_DAYS, signAlertToken } from './tokens';

export type DeliverOptions = {
  transport: CommittedTransport;
  /** The key for the links (secretFor('e-mailmeldingen')). */
  secret: string;
  /** The site's address, for the links in the mails. */
  origin: string;
  /** A selection's title in a language, from the content now (lib/alerts/index.ts selectionTitle). */
  titleOf: (address: string, locale: 'nl' | 'en') => string;
  /** Mails per second this call may send; 0 or absent: as fast as the SMTP server takes them. */
  perSecond?: number;
  batch?: number;
  /** How long a claim keeps other servers off a row (after it, a row is taken as abandoned). */
  claimMs?: number;
  now?: () => Date;
  /** True once the server stops: what is claimed and not started goes back at once. */
  stopped?: () => boolean;
};

export type DeliverReport = { claimed: number; sent: number; failed: number; withdrawn: number; dropped: number; released: number };

export const DEFAULT_CLAIM_MS = 2 * 60_000;

type Row = {
  id: string;
  kind: 'melding' | 'bevestiging' | 'link';
  locale: 'nl' | 'en';
  attempts: number;
  email: string;
  address_id: string;
  token_version: number;
  subscription_id: string | null;
  frequency: Frequency | null;
  selection: string | null;
  title: string | null;
};

/** One round: claims up to `batch` due mails and sends them, paced at `perSecond`. */
export async function deliverAlerts(db: Database, options: DeliverOptions): Promise<DeliverReport> {
  const { batch = 50, claimMs = DEFAULT_CLAIM_MS, perSecond = 0 } = options;
  const now = options.now ?? (() => new Date());
  const claim = randomBytes(12).toString('base64url');
  const at = now();
  const claimed = await db.query<{ id: string }>(
    `update alert_deliveries set claim = $1, claimed_until = $2::timestamptz + $3::bigint * interval '1 millisecond', attempts = attempts + 1
     where id in (
       select id from alert_deliveries
       where sent_at is null and attempts < $4 and next_attempt_at <= $2::timestamptz
         and (claimed_until is null or claimed_until <= $2::timestamptz)
       order by id limit $5 for update skip locked
     ) returning id::text as id`,
    [claim, at.toISOString(), claimMs, MAX_ATTEMPTS, batch],
  );
  const report: DeliverReport = { claimed: claimed.length, sent: 0, failed: 0, withdrawn: 0, dropped: 0, released: 0 };
  if (claimed.length === 0) return report;
  const ids = claimed.map((r) => r.id).sort((a, b) => Number(a) - Number(b));
  const rows = await db.query<Row>(
    `select d.id::text as id, d.kind, d.locale, d.attempts, a.email, a.id::text as address_id, a.token_version, s.id::text as subscription_id, s.frequency,
            sel.address as selection, sel.title
     from alert_deliveries d
     join alert_addresses a on a.id = d.address_id
     left join alert_subscriptions s on s.id = d.subscription_id
     left join alert_selections sel on sel.id = s.selection_id
     where d.id = any($1::bigint[]) order by d.id`,
    [ids],
  );
  const items = await itemsOf(db, rows);
  const pending = await pendingOf(db, rows, at);
  let nextAt = performance.now();
  for (const [i, row] of rows.entries()) {
    if (options.stopped?.()) {
      const rest = rows.slice(i).map((r) => r.id);
      await db.query(
        'update alert_deliveries set attempts = attempts - 1, claim = null, claimed_until = null where id = any($1::bigint[]) and claim = $2 and sent_at is null',
        [rest, claim],
      );
      report.released = rest.length;
      return report;
    }
    const mail = render(row, items.get(row.id) ?? [], pending.get(row.address_id) ?? [], options, now());
    if (!mail) {
      // Nothing left to say (a second server's empty digest, everything confirmed meanwhile).
      await db.query('delete from alert_deliveries where id = $1::bigint and claim = $2', [row.id, claim]);
      report.dropped++;
      continue;
    }
    if (perSecond > 0) {
      // One mail per interval, never a burst to catch up after a slow one: the rate is a ceiling.
      const wait = nextAt - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      nextAt = Math.max(nextAt, performance.now()) + 1000 / perSecond;
    }
    let committed = false;
    const commit = async () => {
      const marked = await db.query(
        `update alert_deliveries set sent_at = $3::timestamptz, claim = null, claimed_until = null, last_error = null
         where id = $1::bigint and claim = $2 and sent_at is null returning id`,
        [row.id, claim, now().toISOString()],
      );
      committed = marked.length === 1;
      return committed;
    };
    try {
      const outcome = await options.transport.send(mail, commit);
      if (outcome === 'sent') report.sent++;
      else report.withdrawn++;
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      if (committed && !(error instanceof UnconfirmedAfterCommit && !error.mayHaveArrived)) {
        // Marked sent and the dot may have gone: sending again could double it. Kept as sent, with the doubt.
        await db.query('update alert_deliveries set last_error = $2 where id = $1::bigint', [row.id, `na verzending: ${reason}`]);
        report.sent++;
      } else if (committed) {
        // The connection ended before the dot: the server discarded it, so it goes again later.
        await db.query(
          `update alert_deliveries set sent_at = null, last_error = $2, next_attempt_at = $3::timestamptz + $4::bigint * interval '1 millisecond'
           where id = $1::bigint and claim is null`,
          [row.id, reason, now().toISOString(), retryDelayMs(row.attempts)],
        );
        report.failed++;
      } else {
        await db.query(
          `update alert_deliveries set last_error = $3, claim = null, claimed_until = null,
             next_attempt_at = $4::timestamptz + $5::bigint * interval '1 millisecond'
           where id = $1::bigint and claim = $2 and sent_at is null`,
          [row.id, claim, reason, now().toISOString(), retryDelayMs(row.attempts)],
        );
        report.failed++;
      }
    }
  }
  return report;
}

/** The items of each alert mail, newest first. */
async function itemsOf(db: Database, rows: Row[]): Promise<Map<string, AlertItem[]>> {
  const alerts = rows.filter((r) => r.kind === 'melding').map((r) => r.id);
  const out = new Map<string, AlertItem[]>();
  if (alerts.length === 0) return out;
  const found = await db.query<{ delivery_id: string; item: string; kind: AlertKind; title: string; summary: string; date: string | null }>(
    `select p.delivery_id::text as delivery_id, i.item, i.kind, i.title, i.summary, i.date
     from alert_pending p join alert_items i on i.item = p.item
     where p.delivery_id = any($1::bigint[]) order by i.date desc nulls last, i.title`,
    [alerts],
  );
  for (const f of found) {
    const list = out.get(f.delivery_id) ?? [];
    list.push({ url: f.item, kind: f.kind, title: f.title, summary: f.summary, date: f.date ?? undefined });
    out.set(f.delivery_id, list);
  }
  return out;
}

type Pending = { title: string; address: string; frequency: Frequency };

/** What a confirmation mail asks to confirm: the address's unconfirmed subscriptions of the last 7 days. */
async function pendingOf(db: Database, rows: Row[], at: Date): Promise<Map<string, Pending[]>> {
  const addresses = [...new Set(rows.filter((r) => r.kind === 'bevestiging').map((r) => r.address_id))];
  const out = new Map<string, Pending[]>();
  if (addresses.length === 0) return out;
  const found = await db.query<Pending & { address_id: string }>(
    `select s.address_id::text as address_id, sel.title, sel.address, s.frequency
     from alert_subscriptions s join alert_selections sel on sel.id = s.selection_id
     where s.address_id = any($1::bigint[]) and s.confirmed_at is null
       and s.created_at > $2::timestamptz - $3::int * interval '1 day'
     order by s.created_at`,
    [addresses, at.toISOString(), CONFIRM_DAYS],
  );
  for (const f of found) out.set(f.address_id, [...(out.get(f.address_id) ?? []), f]);
  return out;
}

/** The mail of one row, or undefined when there is nothing to send. */
function render(row: Row, items: AlertItem[], pending: Pending[], o: DeliverOptions, now: Date): AlertMime | undefined {
  const link = (path: string) => `${o.origin}${localized(path, row.locale)}`;
  const manageUrl = link(urls.alertManage(signAlertToken(o.secret, { use: 'beheren', addressId: row.address_id, version: row.token_version })));
  if (row.kind === 'melding') {
    if (items.length === 0 || !row.subscription_id || !row.selection || !row.frequency) return undefined;
    const code = signAlertToken(o.secret, { use: 'afmelden', subscriptionId: row.subscription_id, addressId: row.address_id, version: row.token_version });
    return alertMail({
      locale: row.locale,
      origin: o.origin,
      to: row.email,
      selection: { title: titleOf(o, row.selection, row.title ?? row.selection, row.locale), url: link(row.selection) },
      frequency: row.frequency,
      items,
      // The endpoint: a mail client's one-click POST (RFC 8058) stops it; a GET is sent on to the page with its button.
      unsubscribeUrl: `${o.origin}${urls.alertSubmit('afmelden', code)}`,
      manageUrl,
      deliveryId: row.id,
    });
  }
  if (row.kind === 'bevestiging') {
    if (pending.length === 0) return undefined;
    const code = signAlertToken(o.secret, { use: 'bevestigen', addressId: row.address_id, version: row.token_version, issued: now.getTime() });
    return confirmationMail({
      locale: row.locale,
      origin: o.origin,
      to: row.email,
      confirmUrl: link(urls.alertConfirm(code)),
      subscriptions: pending.map((p) => ({ title: titleOf(o, p.address, p.title, row.locale), url: link(p.address), frequency: p.frequency })),
      validDays: CONFIRM_DAYS,
      deliveryId: row.id,
    });
  }
  return manageLinkMail({ locale: row.locale, origin: o.origin, to: row.email, manageUrl, deliveryId: row.id });
}

/** The selection's title in the mail's language from the content now; the stored Dutch one if that fails. */
function titleOf(o: DeliverOptions, address: string, stored: string, locale: 'nl' | 'en'): string {
  if (locale === 'nl') return stored;
  try {
    return o.titleOf(address, locale);
  } catch {
    return stored;
  }
}
