// The measured half of the bench part `meldingen` (scripts/bench/alerts.mjs starts it): one
// process per run, so its memory is the queue's alone and not that of the bench or an earlier run.
// It seeds the fixture (tests/support/alert-fixture.ts), then times a publish from
// queueNewItems to every direct mail made (lib/alerts/queue.ts), then the digests at their slot,
// sampling its own heap and RSS every 100 ms; its parent samples it and PostgreSQL from /proc. Then,
// when asked, it sends the mails (lib/alerts/deliver.ts through lib/mail/committed.ts) to the
// parent's SMTP sink: at a set rate, then as fast as it can.
// Talks to its parent over IPC: { phase: 'start' | 'queued' | 'send' | 'sent' } as it goes, then the result.
import { randomBytes } from 'node:crypto';
import { bundledRelease, type Snapshot } from '../../lib/content';
import { openDatabase, type Database } from '../../lib/db';
import { alertSettings, queueNewItems, selectionTitle } from '../../lib/alerts';
import { deliverAlerts, type DeliverReport } from '../../lib/alerts/deliver';
import { makeDueDeliveries } from '../../lib/alerts/queue';
import { smtpCommittedTransport } from '../../lib/mail/committed';
import {
  fixtureSelections,
  releaseWithNews,
  seedSelections,
  seedSubscribers,
  selectionsWithNewItems,
  spreadSubscribers,
} from '../../tests/support/alert-fixture';

/** `send`: the sink to send to, and each rate (mails/s, 0: none) with how long to send at it, in turn. */
export type RunSpec = {
  url?: string;
  dir?: string;
  subscribers: number;
  matched: number;
  selections: number;
  send?: { smtpUrl: string; rates: { perSecond: number; seconds: number }[] };
};

/** The links in the mails: a site that cannot exist (RFC 2606). */
const ORIGIN = 'https://gka.voorbeeld.invalid';

const SAMPLE_MS = 100;
const DAY_MS = 86_400_000;
const mib = (bytes: number) => Number((bytes / 2 ** 20).toFixed(1));
const secondsSince = (t: number) => Number(((performance.now() - t) / 1000).toFixed(2));
const send = (message: unknown) => new Promise<void>((resolve) => process.send!(message, () => resolve()));
const gc = () => (globalThis as { gc?: () => void }).gc?.();

/** This process's heap and RSS every SAMPLE_MS while the event loop is free (PGlite blocks it during a query). */
function sampleSelf() {
  const samples: { heap: number; rss: number }[] = [];
  const take = () => {
    const m = process.memoryUsage();
    samples.push({ heap: m.heapUsed, rss: m.rss });
  };
  take();
  const timer = setInterval(take, SAMPLE_MS);
  return () => {
    clearInterval(timer);
    take();
    return {
      samples: samples.length,
      heapStartMiB: mib(samples[0].heap),
      heapPeakMiB: mib(Math.max(...samples.map((s) => s.heap))),
      rssStartMiB: mib(samples[0].rss),
      rssPeakMiB: mib(Math.max(...samples.map((s) => s.rss))),
    };
  };
}

async function count(db: Database, sql: string): Promise<number> {
  return (await db.query<{ n: number }>(`select (${sql})::int as n`))[0].n;
}

/**
 * deliverAlerts round after round for `seconds` (the round under way is finished), with the batch
 * and claim a server takes at this rate (alertSettings, as GKA_ALERT_RATE sets them); 0: no rate.
 */
async function sendFor(db: Database, content: Snapshot, smtpUrl: string, perSecond: number, seconds: number) {
  const transport = smtpCommittedTransport(smtpUrl, 'GKA <noreply@voorbeeld.invalid>');
  const { batch, claimMs } = alertSettings({ GKA_ALERT_RATE: String(perSecond) });
  const options = {
    transport,
    secret: randomBytes(32).toString('base64url'),
    origin: ORIGIN,
    titleOf: (address: string, locale: 'nl' | 'en') => selectionTitle(content, address, locale),
    perSecond,
    batch,
    claimMs,
  };
  const totals: DeliverReport = { claimed: 0, sent: 0, failed: 0, withdrawn: 0, dropped: 0, released: 0 };
  await send({ phase: 'send' });
  const t = performance.now();
  while (performance.now() - t < seconds * 1000) {
    const round = await deliverAlerts(db, options);
    for (const k of Object.keys(totals) as (keyof DeliverReport)[]) totals[k] += round[k];
    if (round.claimed === 0) break;
  }
  const took = secondsSince(t);
  await send({ phase: 'sent' });
  await transport.close();
  return { perSecond, batch, seconds: took, ...totals, sentPerSecond: Number((totals.sent / took).toFixed(1)) };
}

async function run(spec: RunSpec) {
  const out: Record<string, unknown> = { subscribers: spec.subscribers, selections: spec.selections };
  let t = performance.now();
  const db = await openDatabase(spec.url ? { url: spec.url } : { dir: spec.dir });
  out.openSeconds = secondsSince(t);
  try {
    // The fixture: the content as it is, its selections with their items, the subscribers spread so
    // that exactly `matched` of them are on selections the publish adds an item to.
    t = performance.now();
    const now = new Date();
    const before = bundledRelease.at(now);
    const selections = fixtureSelections(before, spec.selections);
    const ids = await seedSelections(db, before, selections, now);
    const hit = selectionsWithNewItems(before, releaseWithNews(bundledRelease, now, 'bench').at(now), selections, now);
    const counts = spreadSubscribers(hit, spec.subscribers, spec.matched);
    await seedSubscribers(db, ids, counts);
    if (spec.url) await db.query('analyze');
    out.fixtureSeconds = secondsSince(t);
    out.selectionsMatched = hit.filter(Boolean).length;

    // The publish, opened anew: nothing of it (search index, lists) was derived in the fixture.
    const after = releaseWithNews(bundledRelease, now, 'bench').at(now);
    gc();
    const memory = sampleSelf();
    await send({ phase: 'start' });
    t = performance.now();
    const queued = await queueNewItems(db, after, now);
    const queueSeconds = secondsSince(t);
    const direct = await makeDueDeliveries(db, now);
    out.queueSeconds = queueSeconds;
    out.queuedSeconds = secondsSince(t);
    out.memory = memory();
    await send({ phase: 'queued' });
    out.queue = queued;
    out.made = direct;

    // The digests, at their slots: a week and a day on, past the next 07:00 and the next Monday.
    t = performance.now();
    out.digests = await makeDueDeliveries(db, new Date(now.getTime() + 8 * DAY_MS));
    out.digestSeconds = secondsSince(t);

    // What the database holds: one row per (subscriber, item), every one in a mail, one mail per matched subscriber.
    out.check = {
      matchedSubscribers: await count(db, 'select count(distinct subscription_id) from alert_pending'),
      pending: await count(db, 'select count(*) from alert_pending'),
      withoutMail: await count(db, 'select count(*) from alert_pending where delivery_id is null'),
      mails: await count(db, "select count(*) from alert_deliveries where kind = 'melding'"),
      emptyMails: await count(
        db,
        "select count(*) from alert_deliveries d where kind = 'melding' and not exists (select 1 from alert_pending p where p.delivery_id = d.id)",
      ),
    };

    if (spec.send) {
      out.sending = [];
      for (const { perSecond, seconds } of spec.send.rates) (out.sending as unknown[]).push(await sendFor(db, after, spec.send.smtpUrl, perSecond, seconds));
    }
    return out;
  } finally {
    await db.close();
  }
}

const spec = JSON.parse(process.argv[2]) as RunSpec;
try {
  await send({ phase: 'result', result: await run(spec) });
} catch (error) {
  await send({ phase: 'result', error: String((error as Error)?.stack ?? error).slice(0, 1000) });
}
process.exit(0);
