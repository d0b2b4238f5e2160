// The retention periods of the e-mail alerts, as the privacy page states them: what nobody
// confirmed goes after a week, what was sent is remembered for a month, and an address nobody
// follows anything with is not kept. Run by the retention job (lib/forms/jobs.ts). Framework-free.
//
// "Never twice" after the clean-up: an item is queued for a subscription only when it is new for
// the subscription's selection, that is when it is not in alert_selection_items (lib/alerts/queue.ts),
// and that table is never cleaned by age: a selection keeps every item it has had while it
// exists. The key per subscription and item (alert_pending) is what guards a mail between queuing
// and sending; once its mail has been sent, the item is in the selection's items for good, so
// the pending row (and its mail's record) can go after SENT_DAYS without the item ever becoming
// new again for that subscription. A selection is only deleted with no subscription left, so no
// subscriber of it remains to be sent anything twice; a new subscription makes it again, seeded
// with the items of that moment, so it is sent only what comes after. Waiting pending rows (a
// digest not sent yet) are never touched, nor the items they need.
import type { Database } from '../db';
import { MAX_ATTEMPTS } from '../mail/outbox';

/** A subscription nobody confirmed is deleted after this (its confirmation link is valid as long). */
export const UNCONFIRMED_DAYS = 7;
/** What was sent (and what could not be sent at all) is remembered this long. */
export const SENT_DAYS = 30;
/** A selection nobody follows any more is kept this long, with the items it has had. */
export const EMPTY_SELECTION_DAYS = 7;
/**
 * An address with no subscription left is kept a day past its last confirmation or link mail: it
 * holds when that mail went (confirm_sent_at, link_sent_at), and the limit of one of each a day
 * must hold for whoever subscribes it again the same day.
 */
export const MAIL_LIMIT_DAYS = 1;

export interface AlertsPurged {
  unconfirmed: number;
  addresses: number;
  /** Mail records: sent ones, and ones that failed for good. */
  deliveries: number;
  pending: number;
  items: number;
  selections: number;
  selectionItems: number;
}

const DAY_MS = 86_400_000;

/** Deletes what the alerts' retention periods say must go; the counts of what went. */
export async function purgeAlerts(db: Database, now: Date): Promise<AlertsPurged> {
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS).toISOString();
  const count = async (sql: string, params: unknown[]) => (await db.query<{ n: number }>(sql, params))[0].n;

  const unconfirmed = await count(
    `with gone as (delete from alert_subscriptions where confirmed_at is null and created_at < $1 returning 1) select count(*)::int as n from gone`,
    [daysAgo(UNCONFIRMED_DAYS)],
  );

  // Sent more than SENT_DAYS ago, or never sent after every attempt and as old. Their pending
  // rows would go with them (on delete cascade); deleting those by name counts them.
  const [mails] = await db.query<{ deliveries: number; pending: number }>(
    `with old as (
       select id from alert_deliveries
       where sent_at < $1 or (sent_at is null and attempts >= $2 and created_at < $1)
     ),
     pending as (delete from alert_pending where delivery_id in (select id from old) returning 1),
     deliveries as (delete from alert_deliveries where id in (select id from old) returning 1)
     select (select count(*) from deliveries)::int as deliveries, (select count(*) from pending)::int as pending`,
    [daysAgo(SENT_DAYS), MAX_ATTEMPTS],
  );

  // greatest() skips the nulls: an address that was never sent a mail counts from when it was made,
  // so one being made right now, whose first subscription is on its way, is never taken.
  const addresses = await count(
    `with gone as (
       delete from alert_addresses a
       where not exists (select 1 from alert_subscriptions s where s.address_id = a.id)
         and greatest(a.created_at, a.confirm_sent_at, a.link_sent_at) < $1
       returning 1
     ) select count(*)::int as n from gone`,
    [daysAgo(MAIL_LIMIT_DAYS)],
  );

  // The schema keeps no moment a selection lost its last subscription, so its week counts from
  // when it was made: a new selection always stays its first week, whatever its subscriptions do.
  const [selections] = await db.query<{ selections: number; items: number }>(
    `with empty as (
       select id from alert_selections sel
       where sel.created_at < $1 and not exists (select 1 from alert_subscriptions s where s.selection_id = sel.id)
     ),
     items as (delete from alert_selection_items where selection_id in (select id from empty) returning 1),
     gone as (delete from alert_selections where id in (select id from empty) returning 1)
     select (select count(*) from gone)::int as selections, (select count(*) from items)::int as items`,
    [daysAgo(EMPTY_SELECTION_DAYS)],
  );

  // What a mail says of an item is needed until the mails that name it are sent.
  const items = await count(
    `with gone as (
       delete from alert_items i where i.found_at < $1 and not exists (select 1 from alert_pending p where p.item = i.item) returning 1
     ) select count(*)::int as n from gone`,
    [daysAgo(SENT_DAYS)],
  );

  return {
    unconfirmed,
    addresses,
    deliveries: mails.deliveries,
    pending: mails.pending,
    items,
    selections: selections.selections,
    selectionItems: selections.items,
  };
}
