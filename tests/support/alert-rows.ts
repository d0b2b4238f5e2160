// Rows of the e-mail alerts (migration 007) put in a database directly, for the tests of what
// staff see and of the retention clean-up, and for the staff page's e2e test.
import type { Database } from '@/lib/db';

type When = Date | string;
const at = (when: When | null | undefined) => (when == null ? null : new Date(when).toISOString());

export async function emptyAlerts(db: Database): Promise<void> {
  await db.query(
    'truncate alert_pending, alert_deliveries, alert_items, alert_subscriptions, alert_selection_items, alert_selections, alert_addresses restart identity cascade',
  );
}

export async function addAddress(db: Database, email: string, o: { created?: When; confirmSent?: When; linkSent?: When } = {}): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `insert into alert_addresses (email, created_at, confirm_sent_at, link_sent_at) values ($1, coalesce($2::timestamptz, now()), $3, $4) returning id::text as id`,
    [email, at(o.created), at(o.confirmSent), at(o.linkSent)],
  );
  return row.id;
}

export async function addSelection(db: Database, address: string, title: string, o: { created?: When; items?: string[] } = {}): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `insert into alert_selections (address, title, created_at) values ($1, $2, coalesce($3::timestamptz, now())) returning id::text as id`,
    [address, title, at(o.created)],
  );
  for (const item of o.items ?? []) await db.query('insert into alert_selection_items (selection_id, item) values ($1, $2)', [row.id, item]);
  return row.id;
}

export async function addSubscription(
  db: Database,
  addressId: string,
  selectionId: string,
  o: { frequency?: 'direct' | 'dagelijks' | 'wekelijks'; locale?: 'nl' | 'en'; created?: When; confirmed?: When | null } = {},
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `insert into alert_subscriptions (address_id, selection_id, frequency, locale, created_at, confirmed_at)
     values ($1, $2, $3, $4, coalesce($5::timestamptz, now()), $6) returning id::text as id`,
    [addressId, selectionId, o.frequency ?? 'direct', o.locale ?? 'nl', at(o.created), o.confirmed === undefined ? at(new Date()) : at(o.confirmed)],
  );
  return row.id;
}

export async function addDelivery(
  db: Database,
  addressId: string,
  o: { kind?: 'melding' | 'bevestiging' | 'link'; subscriptionId?: string; created?: When; sent?: When | null; attempts?: number } = {},
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `insert into alert_deliveries (kind, address_id, subscription_id, created_at, sent_at, attempts)
     values ($1, $2, $3, coalesce($4::timestamptz, now()), $5, $6) returning id::text as id`,
    [o.kind ?? 'melding', addressId, o.subscriptionId ?? null, at(o.created ?? o.sent), at(o.sent), o.attempts ?? (o.sent ? 1 : 0)],
  );
  return row.id;
}

/** An item found for a subscription: its text in alert_items and its pending row (taken by a delivery or waiting). */
export async function addPending(db: Database, subscriptionId: string, item: string, o: { deliveryId?: string; found?: When } = {}): Promise<void> {
  await db.query(
    `insert into alert_items (item, kind, title, found_at) values ($1, 'nieuws', $1, coalesce($2::timestamptz, now())) on conflict (item) do nothing`,
    [item, at(o.found)],
  );
  await db.query('insert into alert_pending (subscription_id, item, delivery_id) values ($1, $2, $3)', [subscriptionId, item, o.deliveryId ?? null]);
}
