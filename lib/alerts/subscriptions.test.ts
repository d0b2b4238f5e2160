import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { openDatabase, type Database } from '@/lib/db';
import { freshDatabase } from '@/tests/support/postgres';
import {
  addressForToken,
  confirm,
  MAX_WAITING,
  normaliseEmail,
  pendingOf,
  requestManageLink,
  revokeLinks,
  setFrequency,
  subscribe,
  subscriptionsOf,
  unsubscribe,
  unsubscribeAll,
  type SubscribeRequest,
} from './subscriptions';

// Every rule against both engines: PGlite (one connection, in memory) and a real PostgreSQL server
// with two pools on one database, as two servers would be (tests/support/postgres.ts).
const postgresUrl = inject('postgresUrl');
type Engine = { name: string; open(): Promise<{ db: Database; second: Database; close(): Promise<void> }> };
const engines: Engine[] = [
  {
    name: 'PGlite',
    async open() {
      const db = await openDatabase();
      return { db, second: db, close: () => db.close() };
    },
  },
  ...(postgresUrl
    ? [
        {
          name: 'PostgreSQL',
          async open() {
            const database = await freshDatabase(postgresUrl);
            const db = await openDatabase({ url: database.url });
            const second = await openDatabase({ url: database.url });
            return {
              db,
              second,
              close: async () => {
                await db.close();
                await second.close();
                await database.drop();
              },
            };
          },
        },
      ]
    : []),
];

const now = new Date('2026-12-07T10:00:00Z');
const later = (hours: number) => new Date(now.getTime() + hours * 3_600_000);
const request = (over: Partial<SubscribeRequest> = {}): SubscribeRequest => ({
  email: 'juf@example.nl',
  selection: { address: '/interventies?thema=armoede', title: 'Interventies — Thema: Armoede' },
  seedItems: ['/interventies/a', '/interventies/b'],
  frequency: 'direct',
  locale: 'nl',
  now,
  ...over,
});
const selection = (n: number) => ({ address: `/zoeken?q=woord${n}`, title: `Zoeken — zoekwoorden ‘woord${n}’` });

describe('normaliseEmail', () => {
  it('keeps one plain address, trimmed and in lower case', () => {
    expect(normaliseEmail('  Juf.De-Vries+gka@School.Example.NL ')).toEqual({ ok: true, email: 'juf.de-vries+gka@school.example.nl' });
  });

  it.each([
    ['', 'leeg'],
    ['   ', 'leeg'],
    ['juf@example.nl\r\nBcc: iedereen@example.org', 'ongeldig'],
    ['juf@example.nl\nBcc: iedereen@example.org', 'ongeldig'],
    ['juf@example.nl\r\n', 'ongeldig'],
    ['juf@example.nl\u0000', 'ongeldig'],
    ['juf@example.nl\u2028x', 'ongeldig'],
    ['juf@example.nl, meester@example.nl', 'meerdere'],
    ['juf@example.nl;meester@example.nl', 'meerdere'],
    ['juf@example.nl meester@example.nl', 'meerdere'],
    ['juf@meester@example.nl', 'meerdere'],
    ['Juf <juf@example.nl>', 'naam'],
    ['"juf"@example.nl', 'naam'],
    ['juf@[127.0.0.1]', 'naam'],
    [`${'a'.repeat(250)}@x.nl`, 'te-lang'],
    [`${'a'.repeat(65)}@example.nl`, 'ongeldig'],
    ['juf', 'ongeldig'],
    ['juf@localhost', 'ongeldig'],
    ['juf@example', 'ongeldig'],
    ['juf@-example.nl', 'ongeldig'],
    ['.juf@example.nl', 'ongeldig'],
    ['juf..x@example.nl', 'ongeldig'],
    ['juf@example.nl%0d%0a', 'ongeldig'],
    ['juf@example.nl%0d%0abcc:x@y.nl', 'meerdere'],
    ['juf@exämple.nl', 'ongeldig'],
  ])('refuses %j (%s)', (input, reason) => {
    expect(normaliseEmail(input)).toEqual({ ok: false, reason });
  });
});

describe.each(engines)('subscriptions on $name', (engine) => {
  let db: Database;
  let second: Database;
  let close: () => Promise<void>;
  beforeAll(async () => ({ db, second, close } = await engine.open()));
  afterAll(() => close?.());
  beforeEach(async () => {
    await db.query('truncate alert_addresses, alert_selections, alert_items restart identity cascade');
  });

  const count = async (table: string, where = 'true') => (await db.query<{ n: number }>(`select count(*)::int as n from ${table} where ${where}`))[0].n;
  const deliveries = () =>
    db.query<{ kind: string; address_id: string; locale: string }>('select kind, address_id::text, locale from alert_deliveries order by id');
  const addressId = async (email = 'juf@example.nl') =>
    (await db.query<{ id: string }>('select id::text from alert_addresses where email = $1', [email]))[0]?.id;

  it('stores the address, the selection with its items, an unconfirmed subscription and one confirmation mail', async () => {
    expect(await subscribe(db, request({ email: ' Juf@Example.NL ', frequency: 'wekelijks', locale: 'en' }))).toEqual({ ok: true, queued: true });
    const id = await addressId();
    expect(id).toBeDefined();
    expect(await db.query('select item from alert_selection_items order by item')).toEqual([{ item: '/interventies/a' }, { item: '/interventies/b' }]);
    const [s] = await subscriptionsOf(db, id);
    expect(s).toMatchObject({ frequency: 'wekelijks', locale: 'en', confirmed: false, selection: request().selection });
    expect(await deliveries()).toEqual([{ kind: 'bevestiging', address_id: id, locale: 'en' }]);
  });

  it('seeds a selection only when it makes it: a later subscriber does not add what the list holds then', async () => {
    await subscribe(db, request());
    await subscribe(db, request({ email: 'meester@example.nl', seedItems: ['/interventies/a', '/interventies/c'] }));
    expect(await count('alert_selections')).toBe(1);
    expect(await count('alert_selection_items')).toBe(2);
    expect(await count('alert_selection_items', `item = '/interventies/c'`)).toBe(0);
  });

  it('queues at most one confirmation a day per address, whatever is submitted; the frequency of a waiting one follows the last', async () => {
    await subscribe(db, request());
    expect(await subscribe(db, request({ frequency: 'dagelijks' }))).toEqual({ ok: true, queued: false });
    expect(await subscribe(db, request({ selection: selection(1), now: later(23) }))).toEqual({ ok: true, queued: false });
    expect(await count('alert_deliveries')).toBe(1);
    expect((await subscriptionsOf(db, await addressId())).map((s) => s.frequency).sort()).toEqual(['dagelijks', 'direct']);
    expect(await subscribe(db, request({ now: later(24) }))).toEqual({ ok: true, queued: true });
    expect(await count('alert_deliveries', `kind = 'bevestiging'`)).toBe(2);
  });

  it('an address subscribed 1,000 times: one mail, at most MAX_WAITING subscriptions, nothing more stored', async () => {
    for (let i = 0; i < 1000; i += 50)
      await Promise.all(Array.from({ length: 50 }, (_, j) => subscribe(i + j < 500 ? db : second, request({ selection: selection((i + j) % 40) }))));
    expect(await count('alert_addresses')).toBe(1);
    expect(await count('alert_deliveries')).toBe(1);
    // Two servers at the same moment may each see the last place free: the cap is a brake, exact
    // for one server (PGlite) and within the few that race on PostgreSQL.
    const waiting = await count('alert_subscriptions');
    expect(waiting).toBeGreaterThanOrEqual(MAX_WAITING);
    expect(waiting).toBeLessThanOrEqual(engine.name === 'PGlite' ? MAX_WAITING : MAX_WAITING + 5);
    expect(await count('alert_selections')).toBe(waiting);
  });

  it(`refuses a ${MAX_WAITING + 1}st waiting subscription and stores nothing for it; the waiting ones can still be submitted again`, async () => {
    for (let i = 0; i < MAX_WAITING; i++) expect(await subscribe(db, request({ selection: selection(i) }))).toMatchObject({ ok: true });
    expect(await subscribe(db, request({ selection: selection(99), now: later(25) }))).toEqual({ ok: false, reason: 'te-veel' });
    expect(await count('alert_selections', `address = '${selection(99).address}'`)).toBe(0);
    expect(await count('alert_deliveries')).toBe(1);
    expect(await subscribe(db, request({ selection: selection(3), now: later(25) }))).toEqual({ ok: true, queued: true });
    // Confirmed ones do not count; nor do ones past their 7 days.
    await confirm(
      db,
      await addressId(),
      (await pendingOf(db, await addressId(), later(25))).slice(0, 1).map((s) => s.id),
      later(25),
    );
    expect(await subscribe(db, request({ selection: selection(99), now: later(25) }))).toMatchObject({ ok: true });
    expect(await subscribe(db, request({ selection: selection(100), now: later(8 * 24) }))).toMatchObject({ ok: true });
  });

  it('header injection or a list through the address: refused with the reason, nothing stored', async () => {
    for (const email of ['juf@example.nl\r\nBcc: iedereen@example.org', 'juf@example.nl,meester@example.nl', 'Juf <juf@example.nl>'])
      expect(await subscribe(db, request({ email }))).toMatchObject({ ok: false });
    expect(await count('alert_addresses')).toBe(0);
    expect(await count('alert_selections')).toBe(0);
    expect(await count('alert_deliveries')).toBe(0);
  });

  it('a confirmed subscription keeps its frequency and language when someone subscribes it again, and the address gets its manage link, once a day', async () => {
    await subscribe(db, request({ frequency: 'wekelijks' }));
    const id = await addressId();
    await confirm(
      db,
      id,
      (await pendingOf(db, id, now)).map((s) => s.id),
      now,
    );
    for (const at of [later(1), later(2)]) await subscribe(db, request({ frequency: 'direct', locale: 'en', now: at }));
    expect(await subscriptionsOf(db, id)).toMatchObject([{ frequency: 'wekelijks', locale: 'nl', confirmed: true }]);
    expect((await deliveries()).map((d) => d.kind)).toEqual(['bevestiging', 'link']);
  });

  it('confirms only the address’s own waiting subscriptions within 7 days, and a second confirmation confirms nothing', async () => {
    await subscribe(db, request());
    await subscribe(db, request({ selection: selection(1), now: later(1) }));
    await subscribe(db, request({ email: 'ander@example.nl' }));
    const id = await addressId();
    const other = (await pendingOf(db, await addressId('ander@example.nl'), now))[0].id;
    const pending = await pendingOf(db, id, later(2));
    expect(pending.map((s) => s.selection.address)).toEqual([request().selection.address, selection(1).address]);
    // Past 7 days from its subscription, a waiting one is neither shown nor confirmed.
    expect((await pendingOf(db, id, later(7 * 24 + 0.5))).map((s) => s.selection.address)).toEqual([selection(1).address]);
    expect(await confirm(db, id, [...pending.map((s) => s.id), other, 'x', '0'], later(7 * 24 + 0.5))).toEqual([pending[1].id]);
    expect(
      await confirm(
        db,
        id,
        pending.map((s) => s.id),
        later(7 * 24 + 0.6),
      ),
    ).toEqual([]);
    expect(await pendingOf(db, await addressId('ander@example.nl'), now)).toHaveLength(1);
  });

  it('two confirmations at once (a double click, two servers): each subscription is confirmed once', async () => {
    for (let i = 0; i < 5; i++) await subscribe(db, request({ selection: selection(i) }));
    const id = await addressId();
    const pending = (await pendingOf(db, id, now)).map((s) => s.id);
    const [a, b] = await Promise.all([confirm(db, id, pending, later(1)), confirm(second, id, pending, later(1))]);
    expect([...a, ...b].sort()).toEqual([...pending].sort());
    expect(a.filter((x) => b.includes(x))).toEqual([]);
    expect(await count('alert_subscriptions', 'confirmed_at is null')).toBe(0);
  });

  it('two servers subscribing one address to one selection at once store one of each and queue one mail', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => subscribe(i % 2 ? db : second, request())));
    expect([await count('alert_addresses'), await count('alert_selections'), await count('alert_subscriptions'), await count('alert_deliveries')]).toEqual([
      1, 1, 1, 1,
    ]);
  });

  it('changes the frequency and stops one subscription of the address only', async () => {
    await subscribe(db, request());
    await subscribe(db, request({ selection: selection(1) }));
    await subscribe(db, request({ email: 'ander@example.nl' }));
    const id = await addressId();
    const [mine, theirs] = [(await subscriptionsOf(db, id))[0], (await subscriptionsOf(db, await addressId('ander@example.nl')))[0]];
    expect(await setFrequency(db, id, mine.id, 'dagelijks')).toBe(true);
    expect(await setFrequency(db, id, theirs.id, 'dagelijks')).toBe(false);
    expect(await setFrequency(db, id, 'x', 'dagelijks')).toBe(false);
    expect((await subscriptionsOf(db, id)).find((s) => s.id === mine.id)?.frequency).toBe('dagelijks');
    expect(await unsubscribe(db, id, theirs.id)).toBeUndefined();
    expect(await unsubscribe(db, id, mine.id)).toEqual(mine.selection);
    expect(await unsubscribe(db, id, mine.id)).toBeUndefined();
    expect(await subscriptionsOf(db, id)).toHaveLength(1);
    expect(await subscriptionsOf(db, await addressId('ander@example.nl'))).toHaveLength(1);
  });

  it('stopping everything deletes the address with its subscriptions and unsent mails', async () => {
    await subscribe(db, request());
    await subscribe(db, request({ selection: selection(1) }));
    const id = await addressId();
    expect(await unsubscribeAll(db, id)).toBe(true);
    expect([await count('alert_addresses'), await count('alert_subscriptions'), await count('alert_deliveries')]).toEqual([0, 0, 0]);
    expect(await unsubscribeAll(db, id)).toBe(false);
    // The selection stays: others may follow it, and its items say what was seen.
    expect(await count('alert_selections')).toBe(2);
  });

  it('a link is good while its version is the address’s; revoking raises it', async () => {
    await subscribe(db, request());
    const id = await addressId();
    const token = { use: 'beheren', addressId: id, version: 1 } as const;
    expect(await addressForToken(db, token)).toEqual({ id, email: 'juf@example.nl' });
    expect(await addressForToken(db, { ...token, addressId: '999' })).toBeUndefined();
    expect(await revokeLinks(db, id)).toBe(true);
    expect(await addressForToken(db, token)).toBeUndefined();
    expect(await addressForToken(db, { ...token, version: 2 })).toEqual({ id, email: 'juf@example.nl' });
  });

  it('a manage link: queued once a day for an address with subscriptions, nothing for an unknown one, the same answer', async () => {
    expect(await requestManageLink(db, 'onbekend@example.nl', 'nl', now)).toEqual({ ok: true, queued: false });
    expect(await count('alert_addresses')).toBe(0);
    await subscribe(db, request());
    expect(await requestManageLink(db, ' JUF@example.nl', 'en', later(1))).toEqual({ ok: true, queued: true });
    expect(await requestManageLink(db, 'juf@example.nl', 'en', later(2))).toEqual({ ok: true, queued: false });
    const [a, b] = await Promise.all([requestManageLink(db, 'juf@example.nl', 'nl', later(26)), requestManageLink(second, 'juf@example.nl', 'nl', later(26))]);
    expect([a, b].filter((r) => r.ok && r.queued)).toHaveLength(1);
    expect((await deliveries()).map((d) => `${d.kind}:${d.locale}`)).toEqual(['bevestiging:nl', 'link:en', 'link:nl']);
    expect(await requestManageLink(db, 'juf@example.nl\r\nBcc: x@example.org', 'nl', later(50))).toEqual({ ok: false, reason: 'ongeldig' });
  });
});
