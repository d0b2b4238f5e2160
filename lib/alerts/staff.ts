// What /beheer shows of the e-mail alerts: how many follow each selection and how the sending
// goes (every staff role: numbers only, never an address), and for a beheerder the data of one
// address, to answer an AVG request (see what is stored, delete all of it). Framework-free.
import { createHmac } from 'node:crypto';
import type { Database } from '../db';
import { amsterdamToInstant, toAmsterdamDay } from '../dates';
import { keepForm, keptForm } from '../forms/submissions';
import { MAX_ATTEMPTS } from '../mail/outbox';
import { secretFor } from '../secret';
import type { Frequency } from './items';
import { SENT_DAYS } from './retention';

type PerFrequency = Record<Frequency, number>;

export interface SelectionCount {
  id: string;
  /** The canonical address of the list or page followed: also its public page. */
  address: string;
  title: string;
  confirmed: PerFrequency;
  unconfirmed: number;
  /** Alert mails (not confirmations or links) of its subscriptions sent in the last SENT_DAYS. */
  sentRecently: number;
  lastSent: Date | null;
}

export interface AlertCounts {
  selections: SelectionCount[];
  totals: { confirmed: PerFrequency; unconfirmed: number; sentRecently: number; addresses: number };
  /** Every mail of the alerts (alerts, confirmations, links). */
  outbox: { waiting: number; failed: number; sentToday: number };
}

const DAY_MS = 86_400_000;

/**
 * Counts per selection, the most followed first, with totals and the outbox. A mail counts as
 * failed once it has had as many attempts as the forms' outbox gives a mail (lib/mail/outbox.ts);
 * "sent today" counts from midnight in Amsterdam.
 */
export async function selectionCounts(db: Database, now = new Date()): Promise<AlertCounts> {
  const startOfToday = amsterdamToInstant(toAmsterdamDay(now));
  const since = new Date(now.getTime() - SENT_DAYS * DAY_MS).toISOString();
  const rows = await db.query<{
    id: string;
    address: string;
    title: string;
    direct: number;
    dagelijks: number;
    wekelijks: number;
    unconfirmed: number;
    sent: number;
    last_sent: Date | string | null;
  }>(
    `with subscribers as (
       select selection_id,
         count(*) filter (where confirmed_at is not null and frequency = 'direct')::int as direct,
         count(*) filter (where confirmed_at is not null and frequency = 'dagelijks')::int as dagelijks,
         count(*) filter (where confirmed_at is not null and frequency = 'wekelijks')::int as wekelijks,
         count(*) filter (where confirmed_at is null)::int as unconfirmed
       from alert_subscriptions group by selection_id
     ), mails as (
       select s.selection_id, count(*) filter (where d.sent_at >= $1)::int as sent, max(d.sent_at) as last_sent
       from alert_deliveries d join alert_subscriptions s on s.id = d.subscription_id
       where d.kind = 'melding' and d.sent_at is not null
       group by s.selection_id
     )
     select sel.id::text as id, sel.address, sel.title,
       coalesce(sub.direct, 0)::int as direct, coalesce(sub.dagelijks, 0)::int as dagelijks, coalesce(sub.wekelijks, 0)::int as wekelijks,
       coalesce(sub.unconfirmed, 0)::int as unconfirmed, coalesce(m.sent, 0)::int as sent, m.last_sent
     from alert_selections sel
     left join subscribers sub on sub.selection_id = sel.id
     left join mails m on m.selection_id = sel.id
     order by coalesce(sub.direct + sub.dagelijks + sub.wekelijks, 0) desc, sel.title, sel.id`,
    [since],
  );
  const selections = rows.map((r): SelectionCount => ({
    id: r.id,
    address: r.address,
    title: r.title,
    confirmed: { direct: r.direct, dagelijks: r.dagelijks, wekelijks: r.wekelijks },
    unconfirmed: r.unconfirmed,
    sentRecently: r.sent,
    lastSent: r.last_sent === null ? null : new Date(r.last_sent),
  }));
  const sum = (pick: (s: SelectionCount) => number) => selections.reduce((n, s) => n + pick(s), 0);
  // Each count on its own partial index (alert_deliveries_due, alert_deliveries_sent), not a scan of every mail kept.
  const [outbox] = await db.query<{ waiting: number; failed: number; today: number; addresses: number }>(
    `select
       (select count(*) from alert_deliveries where sent_at is null and attempts < $1)::int as waiting,
       (select count(*) from alert_deliveries where sent_at is null and attempts >= $1)::int as failed,
       (select count(*) from alert_deliveries where sent_at >= $2)::int as today,
       (select count(distinct address_id) from alert_subscriptions where confirmed_at is not null)::int as addresses`,
    [MAX_ATTEMPTS, startOfToday.toISOString()],
  );
  return {
    selections,
    totals: {
      confirmed: { direct: sum((s) => s.confirmed.direct), dagelijks: sum((s) => s.confirmed.dagelijks), wekelijks: sum((s) => s.confirmed.wekelijks) },
      unconfirmed: sum((s) => s.unconfirmed),
      sentRecently: sum((s) => s.sentRecently),
      addresses: outbox.addresses,
    },
    outbox: { waiting: outbox.waiting, failed: outbox.failed, sentToday: outbox.today },
  };
}

/** As alert_addresses keeps it: trimmed, lower case. */
export const normalEmail = (email: string) => email.trim().toLowerCase();

export interface AddressData {
  id: string;
  email: string;
  createdAt: Date;
  subscriptions: {
    selectionTitle: string;
    selectionAddress: string;
    frequency: Frequency;
    locale: 'nl' | 'en';
    createdAt: Date;
    /** Null: never confirmed (deleted after 7 days). */
    confirmedAt: Date | null;
  }[];
  /** The mails to this address kept (sent ones for SENT_DAYS), and those waiting to be sent. */
  mails: { sent: number; waiting: number };
}

/** Everything stored of one address, or undefined when nothing is. */
export const findAddress = (db: Database, email: string) => addressWhere(db, 'email', normalEmail(email));

/** The same by the address's id (the staff page keeps the id of a lookup, not the address). */
export const findAddressById = (db: Database, id: string) => (/^\d{1,18}$/.test(id) ? addressWhere(db, 'id', id) : Promise.resolve(undefined));

async function addressWhere(db: Database, column: 'email' | 'id', value: string): Promise<AddressData | undefined> {
  const [address] = await db.query<{ id: string; email: string; created_at: Date | string; sent: number; waiting: number }>(
    `select a.id::text as id, a.email, a.created_at,
       (select count(*) from alert_deliveries d where d.address_id = a.id and d.sent_at is not null)::int as sent,
       (select count(*) from alert_deliveries d where d.address_id = a.id and d.sent_at is null)::int as waiting
     from alert_addresses a where a.${column === 'id' ? 'id = $1::bigint' : 'email = $1'}`,
    [value],
  );
  if (!address) return undefined;
  const subscriptions = await db.query<{
    title: string;
    address: string;
    frequency: Frequency;
    locale: 'nl' | 'en';
    created_at: Date | string;
    confirmed_at: Date | string | null;
  }>(
    `select sel.title, sel.address, s.frequency, s.locale, s.created_at, s.confirmed_at
     from alert_subscriptions s join alert_selections sel on sel.id = s.selection_id
     where s.address_id = $1::bigint order by s.created_at, s.id`,
    [address.id],
  );
  return {
    id: address.id,
    email: address.email,
    createdAt: new Date(address.created_at),
    subscriptions: subscriptions.map((s) => ({
      selectionTitle: s.title,
      selectionAddress: s.address,
      frequency: s.frequency,
      locale: s.locale,
      createdAt: new Date(s.created_at),
      confirmedAt: s.confirmed_at === null ? null : new Date(s.confirmed_at),
    })),
    mails: { sent: address.sent, waiting: address.waiting },
  };
}

export interface Removed {
  addresses: number;
  subscriptions: number;
  /** Mails sent and waiting (alerts, confirmations, links). */
  deliveries: number;
  /** Items queued for its subscriptions (alert_pending). */
  pending: number;
}

/**
 * Deletes an address and everything of it. The foreign keys would cascade from the address alone;
 * the rows are deleted by name only to count them. The selections it followed stay (others may
 * follow them); the retention clean-up removes those left without subscriptions. Every link in
 * the mails it was sent names the address's id, which is never used again: they all stop working.
 */
export async function deleteAddress(db: Database, email: string): Promise<Removed> {
  const [removed] = await db.query<Removed>(
    `with address as (select id from alert_addresses where email = $1),
     pending as (
       delete from alert_pending where subscription_id in (select s.id from alert_subscriptions s where s.address_id in (select id from address)) returning 1
     ),
     deliveries as (delete from alert_deliveries where address_id in (select id from address) returning 1),
     subscriptions as (delete from alert_subscriptions where address_id in (select id from address) returning 1),
     addresses as (delete from alert_addresses where id in (select id from address) returning 1)
     select (select count(*) from addresses)::int as addresses, (select count(*) from subscriptions)::int as subscriptions,
       (select count(*) from deliveries)::int as deliveries, (select count(*) from pending)::int as pending`,
    [normalEmail(email)],
  );
  return removed;
}

/** The audit log's words for the two things a beheerder does here. */
export const AVG_ACTIONS = { lookup: 'avg-opzoeken', delete: 'avg-verwijderen' } as const;

/**
 * What the audit log names an address by: a keyed hash, never the address. The log is kept two
 * years (AUDIT_DAYS) and an AVG request is often to erase the address: writing it there would
 * keep exactly what was erased. A plain hash could be reversed by trying likely addresses; keyed
 * with the server's secret it cannot be from the database alone. The same address always gives
 * the same mark, so a later lookup finds the earlier requests (earlierRequests): the log still
 * shows who looked up or deleted that address, and when.
 */
export function auditTarget(key: string, email: string): string {
  const mark = createHmac('sha256', key)
    .update(`avg-logboek\n${normalEmail(email)}`)
    .digest('hex')
    .slice(0, 16);
  return `e-mailadres #${mark}`;
}

/**
 * The mark under the server's key for hashing addresses ('limieten', which the rate limits and
 * the login throttle hash with); the prefix in auditTarget keeps its marks apart from theirs.
 */
export const auditMark = (email: string) => auditTarget(secretFor('limieten'), email);

/** The lookups and deletes of this address in the audit log, newest first. */
export async function earlierRequests(db: Database, target: string, limit = 20): Promise<{ at: Date; actor: string | null; action: string }[]> {
  const rows = await db.query<{ at: Date | string; actor: string | null; action: string }>(
    `select at, actor, action from audit_log where target = $1 and action = any($2::text[]) and outcome = 'ok' order by at desc, id desc limit ${limit}`,
    [target, Object.values(AVG_ACTIONS)],
  );
  return rows.map((r) => ({ at: new Date(r.at), actor: r.actor, action: r.action }));
}

/**
 * A lookup, kept an hour for the page after its POST (keepForm), which finds it by a random id in
 * its address: the e-mail address is never in a URL. It keeps the address's id and mark, not the
 * address (what a beheerder typed wrong is kept, to show it back). Only who looked it up sees it.
 */
export type Lookup = { actor: string } & ({ problem: 'email'; typed: string } | { target: string; addressId?: string });

const LOOKUP_FORM = 'beheer-meldingen-avg';

export const keepLookup = (db: Database, lookup: Lookup, now: Date) => keepForm(db, LOOKUP_FORM, lookup, now);

export async function keptLookup(db: Database, id: string | undefined, actor: string, now: Date): Promise<Lookup | undefined> {
  const lookup = await keptForm<Lookup>(db, id, LOOKUP_FORM, now);
  return lookup?.actor === actor ? lookup : undefined;
}
