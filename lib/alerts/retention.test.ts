import { beforeEach, describe, expect, it } from 'vitest';
import { memoryDatabase } from '@/tests/support/memory-database';
import { addAddress, addDelivery, addPending, addSelection, addSubscription, emptyAlerts } from '@/tests/support/alert-rows';
import { MAX_ATTEMPTS } from '../mail/outbox';
import { purgeAlerts } from './retention';

const memory = memoryDatabase();
beforeEach(() => emptyAlerts(memory.db));

const NOW = new Date('2026-03-10T14:00:00Z');
const ago = (days: number, hours = 0) => new Date(NOW.getTime() - days * 86_400_000 - hours * 3_600_000);
const NOTHING = { unconfirmed: 0, addresses: 0, deliveries: 0, pending: 0, items: 0, selections: 0, selectionItems: 0 };
const ids = async (table: string, column = 'id') =>
  (await memory.db.query<{ v: string }>(`select ${column}::text as v from ${table} order by 1`)).map((r) => r.v);

describe('the retention of the e-mail alerts', () => {
  it('deletes unconfirmed subscriptions after 7 days, never a confirmed one', async () => {
    const db = memory.db;
    const sel = await addSelection(db, '/actueel/nieuws', 'Nieuws', { created: ago(30) });
    const old = await addAddress(db, 'oud@example.org', { created: ago(8), confirmSent: ago(8) });
    const fresh = await addAddress(db, 'nieuw@example.org', { created: ago(6), confirmSent: ago(6) });
    const loyal = await addAddress(db, 'trouw@example.org', { created: ago(300) });
    await addSubscription(db, old, sel, { created: ago(7, 1), confirmed: null });
    const kept = await addSubscription(db, fresh, sel, { created: ago(6, 23), confirmed: null });
    const confirmed = await addSubscription(db, loyal, sel, { created: ago(300), confirmed: ago(300) });
    // The address left without a subscription goes too: its confirmation mail is days old.
    expect(await purgeAlerts(db, NOW)).toEqual({ ...NOTHING, unconfirmed: 1, addresses: 1 });
    expect(await ids('alert_subscriptions')).toEqual([kept, confirmed].sort());
    expect(await purgeAlerts(db, NOW)).toEqual(NOTHING);
  });

  it('keeps an address without subscriptions a day past its last confirmation or link mail, so one a day still holds', async () => {
    const db = memory.db;
    await addAddress(db, 'bevestigd-gisteren@example.org', { created: ago(9), confirmSent: ago(0, 20) });
    await addAddress(db, 'link-gisteren@example.org', { created: ago(40), confirmSent: ago(40), linkSent: ago(0, 23) });
    await addAddress(db, 'net-gemaakt@example.org', { created: ago(0, 0.01) });
    const gone = await addAddress(db, 'lang-geleden@example.org', { created: ago(40), confirmSent: ago(3), linkSent: ago(2) });
    const sel = await addSelection(db, '/actueel/podcast', 'Podcast');
    await addSubscription(db, await addAddress(db, 'volgt@example.org', { created: ago(100), confirmSent: ago(100) }), sel);
    expect((await purgeAlerts(db, NOW)).addresses).toBe(1);
    expect(await ids('alert_addresses')).not.toContain(gone);
    expect((await ids('alert_addresses', 'email')).sort()).toEqual(
      ['bevestigd-gisteren@example.org', 'link-gisteren@example.org', 'net-gemaakt@example.org', 'volgt@example.org'].sort(),
    );
    expect((await purgeAlerts(db, new Date(NOW.getTime() + 86_400_000))).addresses).toBe(3);
  });

  it('forgets sent mails and their pending rows after 30 days, keeps waiting ones, and an item sent is never new again', async () => {
    const db = memory.db;
    const sel = await addSelection(db, '/interventies?thema=armoede', 'Interventies: armoede', {
      created: ago(100),
      items: ['/interventies/oud', '/interventies/recent', '/interventies/wacht'],
    });
    const a = await addAddress(db, 'juf@example.org', { created: ago(100) });
    const sub = await addSubscription(db, a, sel, { frequency: 'wekelijks', created: ago(100), confirmed: ago(100) });
    const oldMail = await addDelivery(db, a, { subscriptionId: sub, sent: ago(31) });
    await addPending(db, sub, '/interventies/oud', { deliveryId: oldMail, found: ago(32) });
    const recentMail = await addDelivery(db, a, { subscriptionId: sub, sent: ago(29) });
    await addPending(db, sub, '/interventies/recent', { deliveryId: recentMail, found: ago(40) });
    // Waiting for the next weekly digest, found long ago: neither its pending row nor its text may go.
    await addPending(db, sub, '/interventies/wacht', { found: ago(60) });
    // Given up on 31 days ago, and given up on but recent; one still being retried after 31 days.
    const failed = await addDelivery(db, a, { kind: 'link', created: ago(31), attempts: MAX_ATTEMPTS });
    await addDelivery(db, a, { kind: 'link', created: ago(10), attempts: MAX_ATTEMPTS });
    await addDelivery(db, a, { kind: 'link', created: ago(31), attempts: MAX_ATTEMPTS - 1 });

    expect(await purgeAlerts(db, NOW)).toEqual({ ...NOTHING, deliveries: 2, pending: 1, items: 1 });
    const deliveries = await ids('alert_deliveries');
    expect(deliveries).not.toContain(oldMail);
    expect(deliveries).not.toContain(failed);
    expect(deliveries).toContain(recentMail);
    expect(deliveries).toHaveLength(3);
    expect(await ids('alert_pending', 'item')).toEqual(['/interventies/recent', '/interventies/wacht']);
    expect(await ids('alert_items', 'item')).toEqual(['/interventies/recent', '/interventies/wacht']);
    // What keeps "never twice": the selection still has the item, so it is not new for the queue.
    expect(await ids('alert_selection_items', 'item')).toContain('/interventies/oud');
  });

  it('deletes a selection without subscriptions after its first week, with the items it has had', async () => {
    const db = memory.db;
    await addSelection(db, '/gemeenten/ede', 'Ede', { created: ago(8), items: ['/actueel/nieuws/a', '/actueel/nieuws/b'] });
    await addSelection(db, '/gemeenten/zwolle', 'Zwolle', { created: ago(6), items: ['/actueel/nieuws/c'] });
    const followed = await addSelection(db, '/themas/taal', 'Taal', { created: ago(100), items: ['/actueel/nieuws/d'] });
    const pending = await addSelection(db, '/themas/armoede', 'Armoede', { created: ago(100) });
    const a = await addAddress(db, 'juf@example.org', { created: ago(100) });
    await addSubscription(db, a, followed);
    // An unconfirmed subscription keeps its selection while it lasts.
    await addSubscription(db, a, pending, { created: ago(2), confirmed: null });
    expect(await purgeAlerts(db, NOW)).toEqual({ ...NOTHING, selections: 1, selectionItems: 2 });
    expect(await ids('alert_selections', 'title')).toEqual(['Armoede', 'Taal', 'Zwolle']);
    expect(await ids('alert_selection_items', 'item')).toEqual(['/actueel/nieuws/c', '/actueel/nieuws/d']);
  });
});
