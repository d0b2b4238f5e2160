// The subscriptions of e-mail alerts, as visitors make and change them (migration 007): subscribe,
// confirm, manage, stop, and ask for a link to the manage page. Framework-free; the pages and
// endpoints (app/…/e-mailmeldingen, app/(endpoints)/formulieren/e-mailmeldingen) call these.
//
// Anyone can type anyone's address, so what an address receives is bounded here, on the
// address's row: one confirmation and one manage link a day at most, whatever is submitted, and
// at most MAX_WAITING subscriptions waiting for confirmation. Every write is a statement with
// unique keys and ON CONFLICT, or a conditional UPDATE of one row, so two servers doing the same at
// once store it once and queue one mail. Ids are
// bigint, returned as text (the pg driver gives int8 as a string, PGlite as a number).
import type { Database } from '../db';
import { CONFIRM_DAYS, type AlertToken } from './tokens';
import type { AlertSelection, Frequency } from './items';

export type Locale = 'nl' | 'en';

/** Subscriptions of one address waiting for confirmation; past this a new one is refused. */
export const MAX_WAITING = 20;
/** The longest address SMTP carries (RFC 5321: a path of 256 with its brackets). */
export const MAX_EMAIL_LENGTH = 254;

/** Why an address was refused; the form says so in the visitor's language (messages alerts.email). */
export type EmailProblem = 'leeg' | 'te-lang' | 'meerdere' | 'naam' | 'ongeldig';

// Anything that is not one plain address: line breaks and other control characters (a header of
// their own in a mail), and what a list or a name needs (`Jan <jan@x.nl>`, `a@x.nl, b@x.nl`).
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;
const LIST = /[,;]|\s/;
const NAME = /[<>"()[\]\\]/;
// A dot-atom local part and a domain of letters, digits and hyphens with a top level of letters.
const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/** `  Jan@School.NL ` → `jan@school.nl`, or why it is not one plain address. */
export function normaliseEmail(input: string): { ok: true; email: string } | { ok: false; reason: EmailProblem } {
  if (CONTROL.test(input)) return { ok: false, reason: 'ongeldig' };
  const email = input.trim().toLowerCase();
  if (!email) return { ok: false, reason: 'leeg' };
  if (email.length > MAX_EMAIL_LENGTH) return { ok: false, reason: 'te-lang' };
  if (NAME.test(email)) return { ok: false, reason: 'naam' };
  if (LIST.test(email) || email.split('@').length > 2) return { ok: false, reason: 'meerdere' };
  const [local, domain] = email.split('@');
  const labels = domain?.split('.') ?? [];
  const valid =
    domain !== undefined &&
    local.length <= 64 &&
    LOCAL.test(local) &&
    labels.length >= 2 &&
    labels.every((l) => LABEL.test(l)) &&
    /^[a-z]{2,63}$/.test(labels.at(-1)!);
  return valid ? { ok: true, email } : { ok: false, reason: 'ongeldig' };
}

export interface SubscribeRequest {
  email: string;
  /** Canonical (lib/alerts selectionOf). */
  selection: AlertSelection;
  /** The selection's items now (their urls): the first subscriber's selection starts with these as seen. */
  seedItems: string[];
  frequency: Frequency;
  locale: Locale;
  now: Date;
}

/**
 * What happened, for the endpoint; the visitor is told the same ("check your e-mail") whatever it
 * was, so the answer never says whether an address was known. `queued`: a mail was queued
 * (a confirmation, or the manage link for a subscription that was confirmed already).
 */
export type SubscribeResult = { ok: true; queued: boolean } | { ok: false; reason: EmailProblem | 'te-veel' };

/**
 * Subscribes an address to a selection, unconfirmed: the address, the selection (seeded with its
 * items when new) and the subscription in one statement, then the mail in a second. Again for the
 * same selection: an unconfirmed one takes the new frequency and language and starts its 7 days
 * again; a confirmed one stays as it is (someone else may have typed the address) and the address
 * gets the link to its manage page instead of a confirmation. With MAX_WAITING others waiting,
 * nothing is stored. (Two submissions for one address at the same moment on two servers can both
 * see one place left: the cap brakes abuse; the one mail a day is exact.)
 */
export async function subscribe(db: Database, request: SubscribeRequest): Promise<SubscribeResult> {
  const address = normaliseEmail(request.email);
  if (!address.ok) return address;
  const rows = await db.query<{ allowed: boolean; address: string | null; confirmed: boolean | null }>(
    `with known as (select id from alert_selections where address = $2),
     waiting as (
       select count(*)::int as n from alert_subscriptions s join alert_addresses a on a.id = s.address_id
       where a.email = $1 and s.confirmed_at is null and s.created_at > $7::timestamptz - interval '${CONFIRM_DAYS} days'
         and s.selection_id is distinct from (select id from known)
     ),
     allowed as (select n < $8 as ok from waiting),
     address as (
       -- DO UPDATE rather than DO NOTHING: it returns the row also when another server has just inserted it.
       insert into alert_addresses (email) select $1 from allowed where ok
       on conflict (email) do update set email = excluded.email
       returning id
     ),
     selection as (
       insert into alert_selections (address, title) select $2, $3 from allowed where ok
       on conflict (address) do update set title = excluded.title
       -- xmax is 0 on a row this statement inserted: only a new selection is seeded.
       returning id, xmax = 0 as created
     ),
     seeded as (
       insert into alert_selection_items (selection_id, item)
       select selection.id, unnest($4::text[]) from selection where created
       on conflict do nothing
     ),
     subscription as (
       insert into alert_subscriptions (address_id, selection_id, frequency, locale, created_at)
       select address.id, selection.id, $5, $6, $7::timestamptz from address, selection
       on conflict (address_id, selection_id) do update set
         frequency = case when alert_subscriptions.confirmed_at is null then excluded.frequency else alert_subscriptions.frequency end,
         locale = case when alert_subscriptions.confirmed_at is null then excluded.locale else alert_subscriptions.locale end,
         created_at = case when alert_subscriptions.confirmed_at is null then excluded.created_at else alert_subscriptions.created_at end
       returning address_id, confirmed_at is not null as confirmed
     )
     select (select ok from allowed) as allowed, (select address_id::text from subscription) as address, (select confirmed from subscription) as confirmed`,
    [
      address.email,
      request.selection.address,
      request.selection.title,
      request.seedItems,
      request.frequency,
      request.locale,
      request.now.toISOString(),
      MAX_WAITING,
    ],
  );
  const { allowed, address: id, confirmed } = rows[0];
  if (!allowed || !id) return { ok: false, reason: 'te-veel' };
  return { ok: true, queued: await queueOncePerDay(db, confirmed ? 'link' : 'bevestiging', 'id = $1::bigint', id, request.locale, request.now) };
}

/**
 * Queues a confirmation or a manage link for the address that `where` finds, unless it had one in
 * the last 24 hours. The UPDATE of the address's row decides: of two servers at once, the second
 * waits for the first's row lock and then finds the mail sent.
 */
async function queueOncePerDay(db: Database, kind: 'bevestiging' | 'link', where: string, key: string, locale: Locale, now: Date): Promise<boolean> {
  const column = kind === 'link' ? 'link_sent_at' : 'confirm_sent_at';
  const rows = await db.query(
    `with address as (
       update alert_addresses set ${column} = $3::timestamptz
       where ${where} and (${column} is null or ${column} <= $3::timestamptz - interval '24 hours')
       returning id
     )
     insert into alert_deliveries (kind, address_id, locale) select '${kind}', id, $2 from address returning id`,
    [key, locale, now.toISOString()],
  );
  return rows.length > 0;
}

export interface Subscription {
  id: string;
  selection: AlertSelection;
  frequency: Frequency;
  locale: Locale;
  createdAt: Date;
  confirmed: boolean;
}

const SUBSCRIPTION = `s.id::text as id, sel.address, sel.title, s.frequency, s.locale, s.created_at as "createdAt", s.confirmed_at is not null as confirmed`;
type SubscriptionRow = Omit<Subscription, 'selection'> & AlertSelection;
const toSubscription = ({ address, title, ...rest }: SubscriptionRow): Subscription => ({ ...rest, selection: { address, title } });

/** Every subscription of an address, confirmed or waiting, by the selection's title. */
export async function subscriptionsOf(db: Database, addressId: string): Promise<Subscription[]> {
  const rows = await db.query<SubscriptionRow>(
    `select ${SUBSCRIPTION} from alert_subscriptions s join alert_selections sel on sel.id = s.selection_id
     where s.address_id = $1::bigint order by sel.title, s.id`,
    [addressId],
  );
  return rows.map(toSubscription);
}

/** What a confirmation link would confirm: the address's subscriptions waiting, at most CONFIRM_DAYS old. */
export async function pendingOf(db: Database, addressId: string, now: Date): Promise<Subscription[]> {
  const rows = await db.query<SubscriptionRow>(
    `select ${SUBSCRIPTION} from alert_subscriptions s join alert_selections sel on sel.id = s.selection_id
     where s.address_id = $1::bigint and s.confirmed_at is null and s.created_at > $2::timestamptz - interval '${CONFIRM_DAYS} days'
     order by sel.title, s.id`,
    [addressId, now.toISOString()],
  );
  return rows.map(toSubscription);
}

const ids = (values: readonly string[]) => values.filter((v) => /^[1-9][0-9]{0,17}$/.test(v));

/**
 * Confirms those of `subscriptionIds` that are the address's and still waiting. One UPDATE: of two
 * confirmations at once, the second finds them confirmed and confirms nothing. The ids confirmed.
 */
export async function confirm(db: Database, addressId: string, subscriptionIds: readonly string[], now: Date): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `update alert_subscriptions set confirmed_at = $3::timestamptz
     where address_id = $1::bigint and id = any($2::bigint[]) and confirmed_at is null
       and created_at > $3::timestamptz - interval '${CONFIRM_DAYS} days'
     returning id::text as id`,
    [addressId, ids(subscriptionIds), now.toISOString()],
  );
  return rows.map((r) => r.id);
}

/** Whether the address had that subscription (then it now has `frequency`). */
export async function setFrequency(db: Database, addressId: string, subscriptionId: string, frequency: Frequency): Promise<boolean> {
  if (!ids([subscriptionId]).length) return false;
  const rows = await db.query('update alert_subscriptions set frequency = $3 where id = $2::bigint and address_id = $1::bigint returning id', [
    addressId,
    subscriptionId,
    frequency,
  ]);
  return rows.length > 0;
}

/**
 * Stops one subscription: deleted, with what was waiting for it (its items and unsent mails, by
 * the schema's cascade). The selection it followed, if it had one. Undefined when there was none.
 */
export async function unsubscribe(db: Database, addressId: string, subscriptionId: string): Promise<AlertSelection | undefined> {
  if (!ids([subscriptionId]).length) return undefined;
  const rows = await db.query<AlertSelection>(
    `with gone as (delete from alert_subscriptions where id = $2::bigint and address_id = $1::bigint returning selection_id)
     select sel.address, sel.title from gone join alert_selections sel on sel.id = gone.selection_id`,
    [addressId, subscriptionId],
  );
  return rows[0];
}

/**
 * Stops everything: the address itself is deleted, with its subscriptions and unsent mails. Its
 * links die with it (ids are never used again); subscribing later starts afresh.
 */
export async function unsubscribeAll(db: Database, addressId: string): Promise<boolean> {
  return (await db.query('delete from alert_addresses where id = $1::bigint returning id', [addressId])).length > 0;
}

/** Every link sent to the address so far stops working (lib/alerts/tokens.ts): its version goes up. */
export async function revokeLinks(db: Database, addressId: string): Promise<boolean> {
  return (await db.query('update alert_addresses set token_version = token_version + 1 where id = $1::bigint returning id', [addressId])).length > 0;
}

/**
 * Queues a mail with the link to the manage page, when the address has subscriptions and had no
 * such mail in the last 24 hours (the update of its row decides, so also across servers). The
 * visitor is told the same either way; only a malformed address is refused.
 */
export async function requestManageLink(
  db: Database,
  email: string,
  locale: Locale,
  now: Date,
): Promise<{ ok: true; queued: boolean } | { ok: false; reason: EmailProblem }> {
  const address = normaliseEmail(email);
  if (!address.ok) return address;
  const withSubscriptions = 'email = $1 and exists (select 1 from alert_subscriptions s where s.address_id = alert_addresses.id)';
  return { ok: true, queued: await queueOncePerDay(db, 'link', withSubscriptions, address.email, locale, now) };
}

/** The address a link is for, while the link's version is the address's: else it was revoked. */
export async function addressForToken(db: Database, token: AlertToken): Promise<{ id: string; email: string } | undefined> {
  const rows = await db.query<{ id: string; email: string }>('select id::text as id, email from alert_addresses where id = $1::bigint and token_version = $2', [
    token.addressId,
    token.version,
  ]);
  return rows[0];
}
