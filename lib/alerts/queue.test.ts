import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledRelease, openRelease } from '../content';
import { openDatabase, type Database } from '../db';
import { digestSlot, makeDeliveries, makeDueDeliveries } from './queue';
import { queueNewItems, selectionItems } from '.';

const now = new Date('2026-12-07T10:00:00Z');
const release = bundledRelease;
const theme = release.at(now).themes[0].slug;
const address = `/actueel/nieuws?thema=${theme}`;

/** The bundled content with one more news item on the theme: what a publish adds. */
function withNews(id: string, n: number) {
  const base = release.documents.news.find((x) => x.themes.includes(theme))!;
  const extra = Array.from({ length: n }, (_, i) => ({ ...base, slug: `${base.slug}-${id}-${i}`, url: `${base.url}-${id}-${i}`, title: `Nieuw ${id} ${i}` }));
  return openRelease({ id, createdAt: now.toISOString(), documents: { ...release.documents, news: [...release.documents.news, ...extra] } });
}

let db: Database;
beforeAll(async () => {
  db = await openDatabase();
  const content = release.at(now);
  await db.query("insert into alert_addresses (email) values ('a@example.org'), ('b@example.org'), ('c@example.org')");
  await db.query("insert into alert_selections (address, title) values ($1, 'Nieuws over een thema')", [address]);
  await db.query('insert into alert_selection_items (selection_id, item) select 1, unnest($1::text[])', [
    selectionItems(content, address, now).map((i) => i.url),
  ]);
  // a: direct, b: daily digest, c: not confirmed.
  await db.query(`insert into alert_subscriptions (address_id, selection_id, frequency, locale, confirmed_at) values
    (1, 1, 'direct', 'nl', now()), (2, 1, 'dagelijks', 'en', now()), (3, 1, 'direct', 'nl', null)`);
});
afterAll(() => db.close());

const pending = async () =>
  db.query<{ subscription_id: string; item: string; delivery_id: string | null }>(
    'select subscription_id::text, item, delivery_id::text from alert_pending order by 1, 2',
  );

describe('queueNewItems', () => {
  it('queues nothing when the content holds nothing new, and compares each release once', async () => {
    expect(await queueNewItems(db, release.at(now), now)).toMatchObject({ selections: 1, compared: 1, newItems: 0, queued: 0 });
    expect(await queueNewItems(db, release.at(now), now)).toMatchObject({ compared: 0 });
  });

  it('queues a new item once for each confirmed subscriber, also when run again or on a second server', async () => {
    const next = withNews('r2', 2).at(now);
    const [a, b] = await Promise.all([queueNewItems(db, next, now), queueNewItems(db, next, now)]);
    expect(a.newItems + b.newItems).toBeGreaterThanOrEqual(2);
    expect(await pending()).toHaveLength(4);
    expect((await pending()).map((p) => p.subscription_id)).not.toContain('3');
    expect(await queueNewItems(db, withNews('r3', 2).at(now), now)).toMatchObject({ newItems: 2, queued: 4 });
    expect(await pending()).toHaveLength(8);
  });

  it('makes one mail per direct subscriber at once and the digest at its slot', async () => {
    const [x, y] = await Promise.all([makeDeliveries(db, 'direct', new Date(now.getTime() + 1)), makeDeliveries(db, 'direct', new Date(now.getTime() + 1))]);
    expect(x + y).toBeGreaterThanOrEqual(1);
    const direct = (await pending()).filter((p) => p.subscription_id === '1');
    expect(new Set(direct.map((p) => p.delivery_id)).size).toBe(1);
    expect(direct.every((p) => p.delivery_id)).toBe(true);
    // Queued at 10:00 on Monday 7 December: in Tuesday's 07:00 digest, not in Monday's.
    expect(await makeDueDeliveries(db, now)).toEqual({ direct: 0, dagelijks: 0, wekelijks: 0 });
    expect(await makeDueDeliveries(db, new Date('2026-12-08T06:01:00Z'))).toEqual({ direct: 0, dagelijks: 1, wekelijks: 0 });
    expect((await pending()).every((p) => p.delivery_id)).toBe(true);
  });
});

describe('digestSlot', () => {
  it('is 07:00 in Amsterdam, in winter and summer time, and Monday for the weekly one', () => {
    expect(digestSlot('dagelijks', new Date('2026-12-07T05:59:00Z')).toISOString()).toBe('2026-12-06T06:00:00.000Z');
    expect(digestSlot('dagelijks', new Date('2026-12-07T06:00:00Z')).toISOString()).toBe('2026-12-07T06:00:00.000Z');
    expect(digestSlot('dagelijks', new Date('2026-07-01T12:00:00Z')).toISOString()).toBe('2026-07-01T05:00:00.000Z');
    // Sunday 13 December → Monday 7 December.
    expect(digestSlot('wekelijks', new Date('2026-12-13T20:00:00Z')).toISOString()).toBe('2026-12-07T06:00:00.000Z');
    expect(digestSlot('wekelijks', new Date('2026-12-07T05:00:00Z')).toISOString()).toBe('2026-11-30T06:00:00.000Z');
  });
});

describe('queueNewItems over many selections', () => {
  it('compares every selection, past the first batch and past ids that sort wrongly as text', async () => {
    const many = await openDatabase();
    try {
      await many.query("insert into alert_selections (address, title) select '/zoeken?q=woord' || n, 'Zoeken' from generate_series(1, 250) as n");
      expect(await queueNewItems(many, release.at(now), now)).toMatchObject({ selections: 250, compared: 250 });
    } finally {
      await many.close();
    }
  });
});
