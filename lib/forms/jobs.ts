// Work the server does in the background: sending queued e-mails (every 30 seconds, and right
// after a submission) and deleting what the retention periods say must go (at start, then every
// 10 minutes: a form sent back is kept an hour, and should not linger long after; so are the
// shared rate limits and login throttle whose window has passed).
// With several servers on one PostgreSQL each mail is claimed by one server (lib/mail/outbox.ts)
// and the clean-up runs on one server per period (lib/db/leases.ts).
import { database } from '../db';
import { takeLease } from '../db/leases';
import { deliverDue, smtpTransport, type MailTransport } from '../mail/outbox';
import { GKA_MAILBOX } from '../site';
import { purgeLimits } from '../http/rate-limit';
import { purgeThrottle } from '../staff/throttle';
import { purgeExpired } from './submissions';
import { logJobError } from '../process';
import { purgeAlerts } from '../alerts/retention';

const SHARED = Symbol.for('gka.jobs');
type Jobs = { kick: () => void; stop: () => Promise<void> };
type WithJobs = typeof globalThis & { [SHARED]?: Jobs };

/** The retention clean-up runs every 10 minutes, on whichever server takes the lease first. */
const PURGE_PERIOD_MS = 10 * 60_000;

export function startBackgroundJobs(env = process.env): void {
  const shared = globalThis as WithJobs;
  if (shared[SHARED]) return;
  let transport: Promise<MailTransport> | undefined;
  let sending: Promise<void> | undefined;
  let purging: Promise<void> | undefined;
  let stopped = false;
  const send = () => {
    if (!env.SMTP_URL || sending || stopped) return;
    transport ??= smtpTransport(env.SMTP_URL, env.MAIL_FROM || GKA_MAILBOX);
    sending = (async () => {
      const db = await database();
      // Keep going while full batches come back, so a backlog clears without waiting for the timer.
      // Once stopped, a round hands back what it has not started yet, as if its claim ran out.
      for (;;) {
        const started = performance.now();
        const round = await deliverDue(db, await transport!, new Date(), 20, () => (stopped ? Infinity : performance.now() - started));
        if (stopped || round.sent < 20) break;
      }
    })()
      .catch((error: unknown) => logJobError('E-mail versturen mislukt', error))
      .finally(() => {
        sending = undefined;
      });
  };
  const purge = () => {
    if (stopped || purging) return;
    purging = (async () => {
      const db = await database();
      // A little under the period: the timers of two servers drift apart.
      if (!(await takeLease(db, 'retention', PURGE_PERIOD_MS - 60_000))) return;
      const now = new Date();
      const removed = {
        ...(await purgeExpired(db, now)),
        limits: await purgeLimits(db, now),
        throttle: await purgeThrottle(db, now),
        alerts: await purgeAlerts(db, now),
      };
      console.log(JSON.stringify({ time: new Date().toISOString(), job: 'retention', ...removed }));
    })()
      .catch((error: unknown) => logJobError('Opruimen volgens de bewaartermijnen mislukt', error))
      .finally(() => {
        purging = undefined;
      });
  };
  const timers = [setInterval(send, Number(env.GKA_MAIL_INTERVAL_MS ?? 30_000)), setInterval(purge, PURGE_PERIOD_MS)];
  for (const t of timers) t.unref();
  shared[SHARED] = {
    kick: send,
    async stop() {
      // No new round starts; the one under way finishes its current mail (bounded by the SMTP
      // timeouts), and what it had claimed but not sent is retried after the claim.
      stopped = true;
      for (const t of timers) clearInterval(t);
      await Promise.all([sending, purging]);
    },
  };
  purge();
  send();
}

/** A new submission has e-mails waiting: send them now rather than at the next tick. */
export function kickMailWorker(): void {
  (globalThis as WithJobs)[SHARED]?.kick();
}

/** On shutdown: no new rounds, and the running one finished. */
export async function stopBackgroundJobs(): Promise<void> {
  await (globalThis as WithJobs)[SHARED]?.stop();
}
