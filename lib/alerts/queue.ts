// From a publish to queued mails. Each selection's items in the content now are compared with the
// items it has had (alert_selection_items); what is new is queued for each confirmed subscriber
// under the unique key (subscription, item) of alert_pending, then direct subscribers get a mail
// (an alert_deliveries row) at once and digest subscribers at their next slot.
//
// Nothing is held for all subscribers at once: per selection the database copies the new items to
// its subscribers in one INSERT … SELECT, and mails are made in batches. Every step can be cut off
// (a SIGKILL, a second server doing the same) and run again: the keys make a repeat a no-op, and an
// item is recorded as seen by its selection only after it was queued for its subscribers.
import type { Database } from '../db';
import { amsterdamToInstant, toAmsterdamDay } from '../dates';
import type { AlertItem, Frequency } from './items';

export type QueueReport = { selections: number; compared: number; newItems: number; queued: number };

/** Selections read per query; each is compared on its own. */
const SELECTION_BATCH = 100;
/** Mails made per statement: bounded, so one statement never holds 50,000 rows in memory. */
export const DELIVERY_BATCH = 5_000;

/**
 * The content to compare with: `itemsOf` gives what a selection holds in it, `version` names it
 * (the release and its publication day). The version is stored per selection, so a tick with
 * nothing published compares nothing.
 */
export type ContentSource = { version: string; itemsOf: (address: string) => AlertItem[] };

/** What the content holds that a selection has not had, queued for the selection's subscribers. */
export async function queueSelections(db: Database, { version, itemsOf }: ContentSource, now: Date): Promise<QueueReport> {
  const report: QueueReport = { selections: 0, compared: 0, newItems: 0, queued: 0 };
  let after = '0';
  for (;;) {
    const selections = await db.query<{ id: string; address: string; checked_release: string | null }>(
      // Ordered by the number, not the text alias: '100' sorts before '11', and the keyset would skip selections.
      'select id::text as id, address, checked_release from alert_selections where id > $1::bigint order by alert_selections.id limit $2',
      [after, SELECTION_BATCH],
    );
    if (selections.length === 0) break;
    after = selections.at(-1)!.id;
    report.selections += selections.length;
    for (const selection of selections) {
      if (selection.checked_release === version) continue;
      report.compared++;
      const outcome = await queueSelection(db, selection.id, itemsOf(selection.address), version, now);
      report.newItems += outcome.newItems;
      report.queued += outcome.queued;
    }
  }
  return report;
}

/** One selection: its new items queued for its confirmed subscribers, then recorded as seen. */
async function queueSelection(db: Database, id: string, items: AlertItem[], version: string, now: Date) {
  const seen = new Set((await db.query<{ item: string }>('select item from alert_selection_items where selection_id = $1::bigint', [id])).map((r) => r.item));
  const fresh = items.filter((i) => !seen.has(i.url));
  let queued = 0;
  if (fresh.length > 0) {
    const urls = fresh.map((i) => i.url);
    // What the mail says of each item, as it is now; a later edit does not change a mail queued.
    await db.query(
      `insert into alert_items (item, kind, title, summary, date)
       select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
       on conflict (item) do update set kind = excluded.kind, title = excluded.title, summary = excluded.summary, date = excluded.date`,
      [urls, fresh.map((i) => i.kind), fresh.map((i) => i.title), fresh.map((i) => i.summary), fresh.map((i) => i.date ?? null)],
    );
    const inserted = await db.query<{ n: number }>(
      `with added as (
         insert into alert_pending (subscription_id, item, queued_at)
         select s.id, i.item, $3::timestamptz from alert_subscriptions s cross join unnest($2::text[]) as i (item)
         where s.selection_id = $1::bigint and s.confirmed_at is not null
         on conflict do nothing
         returning 1
       ) select count(*)::int as n from added`,
      [id, urls, now.toISOString()],
    );
    queued = inserted[0].n;
    await db.query('insert into alert_selection_items (selection_id, item) select $1::bigint, unnest($2::text[]) on conflict do nothing', [id, urls]);
  }
  await db.query('update alert_selections set checked_release = $2, checked_at = now() where id = $1::bigint', [id, version]);
  return { newItems: fresh.length, queued };
}

/**
 * One mail per subscription of `frequency` for its waiting items queued before `before`. In
 * batches; a second server doing the same at the same moment makes a mail that gets no items
 * (the UPDATE takes each item once), which the sender drops.
 */
export async function makeDeliveries(db: Database, frequency: Frequency, before: Date): Promise<number> {
  let made = 0;
  for (;;) {
    const rows = await db.query<{ n: number }>(
      `with due as (
         select s.id, s.address_id, s.locale from alert_subscriptions s
         where s.frequency = $1 and s.confirmed_at is not null
           and exists (select 1 from alert_pending p where p.subscription_id = s.id and p.delivery_id is null and p.queued_at < $2::timestamptz)
         order by s.id limit $3
       ), made as (
         insert into alert_deliveries (kind, address_id, subscription_id, locale)
         select 'melding', address_id, id, locale from due
         returning id, subscription_id
       ), taken as (
         update alert_pending p set delivery_id = made.id from made
         where p.subscription_id = made.subscription_id and p.delivery_id is null and p.queued_at < $2::timestamptz
         returning 1
       ) select (select count(*) from made)::int as n`,
      [frequency, before.toISOString(), DELIVERY_BATCH],
    );
    made += rows[0].n;
    if (rows[0].n < DELIVERY_BATCH) return made;
  }
}

/** The hour of the morning at which digests go out, Amsterdam time. */
export const DIGEST_HOUR = 7;

/**
 * The last digest moment at or before `now`: today's 07:00 in Amsterdam (yesterday's before it),
 * and for the weekly digest that of the last Monday. Items queued before it go in that digest.
 */
export function digestSlot(frequency: 'dagelijks' | 'wekelijks', now: Date): Date {
  const at = (day: string) => amsterdamToInstant(`${day}T${String(DIGEST_HOUR).padStart(2, '0')}:00`);
  let day = toAmsterdamDay(now);
  if (at(day) > now) day = previousDay(day);
  if (frequency === 'wekelijks') while (new Date(`${day}T12:00:00Z`).getUTCDay() !== 1) day = previousDay(day);
  return at(day);
}

function previousDay(day: string): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Direct mails for everything waiting, and the digests whose slot has come. */
export async function makeDueDeliveries(db: Database, now: Date): Promise<Record<Frequency, number>> {
  return {
    direct: await makeDeliveries(db, 'direct', new Date(now.getTime() + 1)),
    dagelijks: await makeDeliveries(db, 'dagelijks', digestSlot('dagelijks', now)),
    wekelijks: await makeDeliveries(db, 'wekelijks', digestSlot('wekelijks', now)),
  };
}
