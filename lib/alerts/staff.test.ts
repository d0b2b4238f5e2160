import { beforeEach, describe, expect, it } from 'vitest';
import { memoryDatabase } from '@/tests/support/memory-database';
import { addAddress, addDelivery, addPending, addSelection, addSubscription, emptyAlerts } from '@/tests/support/alert-rows';
import { MAX_ATTEMPTS } from '../mail/outbox';
import { audit } from '../staff/audit';
import { auditTarget, AVG_ACTIONS, deleteAddress, earlierRequests, findAddress, findAddressById, keepLookup, keptLookup, selectionCounts } from './staff';

const memory = memoryDatabase();
beforeEach(() => emptyAlerts(memory.db));

const NOW = new Date('2026-03-10T14:00:00Z');
const ago = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

describe('the counts per selection', () => {
  it('counts confirmed subscribers by frequency, the unconfirmed, recent alert mails and the outbox, without an address', async () => {
    const db = memory.db;
    const armoede = await addSelection(db, '/interventies?thema=armoede', 'Interventies: armoede');
    const nieuws = await addSelection(db, '/actueel/nieuws', 'Nieuws');
    await addSelection(db, '/gemeenten/ede', 'Ede');
    const a = await addAddress(db, 'a@example.org');
    const b = await addAddress(db, 'b@example.org');
    const c = await addAddress(db, 'c@example.org');
    const aArmoede = await addSubscription(db, a, armoede, { frequency: 'direct' });
    await addSubscription(db, b, armoede, { frequency: 'wekelijks' });
    await addSubscription(db, c, armoede, { frequency: 'wekelijks', confirmed: null });
    const aNieuws = await addSubscription(db, a, nieuws, { frequency: 'dagelijks' });
    // Alert mails: two recent, one older than the window; confirmations are no alert mails.
    await addDelivery(db, a, { subscriptionId: aArmoede, sent: ago(1) });
    await addDelivery(db, a, { subscriptionId: aArmoede, sent: ago(2) });
    await addDelivery(db, a, { subscriptionId: aNieuws, sent: ago(40) });
    await addDelivery(db, c, { kind: 'bevestiging', sent: new Date(NOW.getTime() - 3_600_000) });
    // The outbox: one waiting, one given up, one sent this Amsterdam day.
    await addDelivery(db, a, { subscriptionId: aNieuws });
    await addDelivery(db, b, { kind: 'link', attempts: MAX_ATTEMPTS, created: ago(3) });

    const counts = await selectionCounts(db, NOW);
    expect(counts.selections.map((s) => s.title)).toEqual(['Interventies: armoede', 'Nieuws', 'Ede']);
    const [first, second, third] = counts.selections;
    expect(first).toMatchObject({
      address: '/interventies?thema=armoede',
      confirmed: { direct: 1, dagelijks: 0, wekelijks: 1 },
      unconfirmed: 1,
      sentRecently: 2,
      lastSent: ago(1),
    });
    expect(second).toMatchObject({ confirmed: { direct: 0, dagelijks: 1, wekelijks: 0 }, sentRecently: 0, lastSent: ago(40) });
    expect(third).toMatchObject({ confirmed: { direct: 0, dagelijks: 0, wekelijks: 0 }, unconfirmed: 0, sentRecently: 0, lastSent: null });
    expect(counts.totals).toEqual({ confirmed: { direct: 1, dagelijks: 1, wekelijks: 1 }, unconfirmed: 1, sentRecently: 2, addresses: 2 });
    expect(counts.outbox).toEqual({ waiting: 1, failed: 1, sentToday: 1 });
    expect(JSON.stringify(counts)).not.toContain('@');
  });

  it('starts "sent today" at midnight in Amsterdam, not in UTC', async () => {
    const db = memory.db;
    const a = await addAddress(db, 'a@example.org');
    // 23:30 UTC on 9 March is 00:30 on 10 March in Amsterdam.
    await addDelivery(db, a, { kind: 'link', sent: '2026-03-09T23:30:00Z' });
    await addDelivery(db, a, { kind: 'link', sent: '2026-03-09T22:30:00Z' });
    expect((await selectionCounts(db, NOW)).outbox.sentToday).toBe(1);
  });

  it('is empty without alerts', async () => {
    expect(await selectionCounts(memory.db, NOW)).toEqual({
      selections: [],
      totals: { confirmed: { direct: 0, dagelijks: 0, wekelijks: 0 }, unconfirmed: 0, sentRecently: 0, addresses: 0 },
      outbox: { waiting: 0, failed: 0, sentToday: 0 },
    });
  });
});

describe('one address (an AVG request)', () => {
  it('finds its subscriptions and mails whatever the case and spaces typed, and nothing for an unknown address', async () => {
    const db = memory.db;
    const armoede = await addSelection(db, '/interventies?thema=armoede', 'Interventies: armoede');
    const podcast = await addSelection(db, '/actueel/podcast', 'Podcast');
    const a = await addAddress(db, 'juf@example.org', { created: ago(20) });
    const sub = await addSubscription(db, a, armoede, { frequency: 'dagelijks', created: ago(20), confirmed: ago(19) });
    await addSubscription(db, a, podcast, { frequency: 'direct', locale: 'en', created: ago(1), confirmed: null });
    await addDelivery(db, a, { subscriptionId: sub, sent: ago(2) });
    await addDelivery(db, a, { kind: 'bevestiging' });
    await addAddress(db, 'ander@example.org');

    const found = await findAddress(db, '  Juf@Example.org ');
    expect(found).toMatchObject({
      email: 'juf@example.org',
      createdAt: ago(20),
      mails: { sent: 1, waiting: 1 },
      subscriptions: [
        {
          selectionTitle: 'Interventies: armoede',
          selectionAddress: '/interventies?thema=armoede',
          frequency: 'dagelijks',
          locale: 'nl',
          confirmedAt: ago(19),
        },
        { selectionTitle: 'Podcast', frequency: 'direct', locale: 'en', confirmedAt: null, createdAt: ago(1) },
      ],
    });
    expect(await findAddressById(db, found!.id)).toEqual(found);
    expect(await findAddress(db, 'niemand@example.org')).toBeUndefined();
    expect(await findAddressById(db, '999')).toBeUndefined();
    expect(await findAddressById(db, '1; drop table alert_addresses')).toBeUndefined();
  });

  it('deletes the address with its subscriptions, mails and queued items, and nothing of anyone else', async () => {
    const db = memory.db;
    const armoede = await addSelection(db, '/interventies?thema=armoede', 'Interventies: armoede', { items: ['/interventies/a'] });
    const a = await addAddress(db, 'juf@example.org');
    const b = await addAddress(db, 'meester@example.org');
    const subA = await addSubscription(db, a, armoede, { frequency: 'wekelijks' });
    const subB = await addSubscription(db, b, armoede);
    const sent = await addDelivery(db, a, { subscriptionId: subA, sent: ago(1) });
    await addPending(db, subA, '/interventies/a', { deliveryId: sent });
    await addPending(db, subA, '/interventies/b');
    await addDelivery(db, a, { kind: 'link' });
    await addPending(db, subB, '/interventies/b');
    await addDelivery(db, b, { subscriptionId: subB });

    expect(await deleteAddress(db, 'JUF@example.org')).toEqual({ addresses: 1, subscriptions: 1, deliveries: 2, pending: 2 });
    expect(await findAddress(db, 'juf@example.org')).toBeUndefined();
    expect(await memory.count('alert_subscriptions')).toBe(1);
    expect(await memory.count('alert_deliveries')).toBe(1);
    expect(await memory.count('alert_pending')).toBe(1);
    // The selection and what it has had stay for its other subscriber.
    expect(await memory.count('alert_selections')).toBe(1);
    expect(await memory.count('alert_selection_items')).toBe(1);
    expect(await deleteAddress(db, 'juf@example.org')).toEqual({ addresses: 0, subscriptions: 0, deliveries: 0, pending: 0 });
  });

  it('names an address in the audit log by a keyed mark, the same for the same address, and finds the earlier requests by it', async () => {
    const key = 'k'.repeat(43);
    const target = auditTarget(key, 'juf@example.org');
    expect(target).toMatch(/^e-mailadres #[0-9a-f]{16}$/);
    expect(auditTarget(key, ' JUF@example.org')).toBe(target);
    expect(auditTarget('x'.repeat(43), 'juf@example.org')).not.toBe(target);
    expect(auditTarget(key, 'meester@example.org')).not.toBe(target);
    await audit(memory.db, { actor: 'beheer@example.org', action: AVG_ACTIONS.lookup, target, outcome: 'ok' });
    await audit(memory.db, { actor: 'beheer@example.org', action: AVG_ACTIONS.delete, target, outcome: 'ok' });
    await audit(memory.db, { actor: 'beheer@example.org', action: AVG_ACTIONS.lookup, target: auditTarget(key, 'ander@example.org'), outcome: 'ok' });
    await audit(memory.db, { actor: 'redacteur@example.org', action: AVG_ACTIONS.lookup, target, outcome: 'geweigerd' });
    expect((await earlierRequests(memory.db, target)).map((r) => r.action)).toEqual([AVG_ACTIONS.delete, AVG_ACTIONS.lookup]);
  });

  it('keeps a lookup an hour for the beheerder who made it, with the id and mark of the address, never the address', async () => {
    const lookup = { actor: 'beheer@example.org', target: auditTarget('k'.repeat(43), 'juf@example.org'), addressId: '7' };
    const id = await keepLookup(memory.db, lookup, NOW);
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(await keptLookup(memory.db, id, 'beheer@example.org', NOW)).toEqual(lookup);
    expect(JSON.stringify(await memory.db.query('select payload from form_attempts'))).not.toContain('juf@');
    expect(await keptLookup(memory.db, id, 'ander@example.org', NOW)).toBeUndefined();
    expect(await keptLookup(memory.db, id, 'beheer@example.org', new Date(NOW.getTime() + 61 * 60_000))).toBeUndefined();
    expect(await keptLookup(memory.db, 'geraden', 'beheer@example.org', NOW)).toBeUndefined();
  });
});
