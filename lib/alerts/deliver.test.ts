import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledRelease } from '../content';
import { openDatabase, type Database } from '../db';
import type { CommittedTransport } from '../mail/committed';
import type { AlertMime } from './mail';
import { deliverAlerts, type DeliverOptions } from './deliver';
import { makeDueDeliveries } from './queue';
import { readAlertToken } from './tokens';
import { selectionTitle } from '.';

const secret = 's'.repeat(43);
// The database's own clock stamps new rows (next_attempt_at): the test runs at the real time.
const now = new Date();
const content = bundledRelease.at(now);
const item = content.news[0];

/** A transport that takes what is committed; `before` runs between the bytes and the commit (a second server, a SIGKILL). */
function transport(options: { before?: () => Promise<void>; fail?: boolean } = {}) {
  const delivered: AlertMime[] = [];
  const t: CommittedTransport & { delivered: AlertMime[] } = {
    delivered,
    async send(mail, commit) {
      if (options.fail) throw new Error('550 mailbox onbekend');
      await options.before?.();
      if (!(await commit())) return 'withdrawn';
      delivered.push(mail);
      return 'sent';
    },
    close: async () => {},
  };
  return t;
}

const options = (t: CommittedTransport, extra: Partial<DeliverOptions> = {}): DeliverOptions => ({
  transport: t,
  secret,
  origin: 'https://gka.example.org',
  titleOf: (address, locale) => selectionTitle(content, address, locale),
  now: () => new Date(),
  ...extra,
});

let db: Database;
beforeAll(async () => {
  db = await openDatabase();
  await db.query("insert into alert_addresses (email) values ('a@example.org'), ('b@example.org')");
  await db.query("insert into alert_selections (address, title) values ('/actueel/nieuws', 'Nieuws'), ('/publicaties', 'Publicaties')");
  await db.query(
    `insert into alert_subscriptions (address_id, selection_id, frequency, locale, confirmed_at, created_at) values
    (1, 1, 'direct', 'en', $1, $1), (2, 1, 'direct', 'nl', $1, $1), (2, 2, 'wekelijks', 'nl', null, $1)`,
    [now.toISOString()],
  );
  await db.query('insert into alert_items (item, kind, title, summary, date) values ($1, $2, $3, $4, $5)', [
    item.url,
    'nieuws',
    item.title,
    item.summary,
    item.date,
  ]);
  await db.query('insert into alert_pending (subscription_id, item, queued_at) values (1, $1, $2), (2, $1, $2)', [item.url, now.toISOString()]);
  await makeDueDeliveries(db, now);
});
afterAll(() => db.close());

describe('deliverAlerts', () => {
  it('sends each alert once, with links that work and stop only that subscription', async () => {
    const t = transport();
    expect(await deliverAlerts(db, options(t))).toMatchObject({ claimed: 2, sent: 2 });
    expect(t.delivered.map((m) => m.to).sort()).toEqual(['a@example.org', 'b@example.org']);
    const english = t.delivered.find((m) => m.to === 'a@example.org')!;
    expect(english.text).toContain(item.title);
    const unsubscribe = /^<https:\/\/gka\.example\.org\/formulieren\/e-mailmeldingen\/afmelden\?code=([^>]+)>$/.exec(english.headers['List-Unsubscribe']);
    expect(unsubscribe).not.toBeNull();
    expect(readAlertToken(secret, decodeURIComponent(unsubscribe![1]), now)).toEqual({
      ok: true,
      token: { use: 'afmelden', subscriptionId: '1', addressId: '1', version: 1 },
    });
    expect(english.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    // Nothing left: a second round sends nothing.
    expect(await deliverAlerts(db, options(transport()))).toMatchObject({ claimed: 0, sent: 0 });
  });

  it('never completes a mail twice when a second server takes it over mid-send', async () => {
    await db.query("insert into alert_deliveries (kind, address_id, locale) values ('link', 1, 'nl')");
    const second = transport();
    // The first server's claim runs out while its message is on the wire; the second sends it.
    const first = transport({
      before: async () => {
        await db.query("update alert_deliveries set claimed_until = $1::timestamptz - interval '1 second' where kind = 'link'", [now.toISOString()]);
        await deliverAlerts(db, options(second));
      },
    });
    expect(await deliverAlerts(db, options(first))).toMatchObject({ sent: 0, withdrawn: 1 });
    expect(second.delivered).toHaveLength(1);
    expect(first.delivered).toHaveLength(0);
  });

  it('abandons a mail whose subscriber stopped while it was being sent', async () => {
    await db.query("insert into alert_pending (subscription_id, item, queued_at) values (2, '/actueel/nieuws/2026/01/01/ander', $1)", [now.toISOString()]);
    await db.query("insert into alert_items (item, kind, title, summary) values ('/actueel/nieuws/2026/01/01/ander', 'nieuws', 'Ander', '')");
    await makeDueDeliveries(db, now);
    const t = transport({ before: async () => void (await db.query('delete from alert_subscriptions where id = 2')) });
    expect(await deliverAlerts(db, options(t))).toMatchObject({ withdrawn: 1, sent: 0 });
    expect(t.delivered).toHaveLength(0);
  });

  it('asks to confirm what is unconfirmed, and retries a mail the SMTP server refused later', async () => {
    await db.query("insert into alert_deliveries (kind, address_id, locale) values ('bevestiging', 2, 'nl')");
    expect(await deliverAlerts(db, options(transport({ fail: true })))).toMatchObject({ failed: 1 });
    const [row] = await db.query<{ last_error: string; next_attempt_at: Date; sent_at: Date | null }>(
      "select last_error, next_attempt_at, sent_at from alert_deliveries where kind = 'bevestiging'",
    );
    expect(row).toMatchObject({ last_error: '550 mailbox onbekend', sent_at: null });
    expect(new Date(row.next_attempt_at).getTime()).toBeGreaterThan(now.getTime());
    const later = new Date(Date.now() + 3_600_000);
    const t = transport();
    expect(await deliverAlerts(db, options(t, { now: () => later }))).toMatchObject({ sent: 1 });
    expect(t.delivered[0].text).toContain('Publicaties');
  });

  it('drops a confirmation with nothing left to confirm', async () => {
    await db.query('update alert_subscriptions set confirmed_at = now() where address_id = 2');
    await db.query("insert into alert_deliveries (kind, address_id, locale) values ('bevestiging', 2, 'nl')");
    expect(await deliverAlerts(db, options(transport()))).toMatchObject({ dropped: 1, sent: 0 });
  });

  it('keeps to the rate it is given', async () => {
    await db.query("insert into alert_deliveries (kind, address_id, locale) select 'link', 1, 'nl' from generate_series(1, 6)");
    const started = performance.now();
    expect(await deliverAlerts(db, options(transport(), { perSecond: 20 }))).toMatchObject({ sent: 6 });
    // Six mails at 20 a second: the sixth starts 250 ms after the first.
    expect(performance.now() - started).toBeGreaterThanOrEqual(240);
  });
});
