// Work the server does in the background: sending queued e-mails (every 30 seconds, and right
// after a submission) and deleting what the retention periods say must go (at start, then every
// 10 minutes: a form sent back is kept an hour, and should not linger long after).
import { database } from '../db';
import { deliverDue, smtpTransport, type MailTransport } from '../mail/outbox';
import { GKA_MAILBOX } from '../site';
import { purgeExpired } from './submissions';

const SHARED = Symbol.for('gka.jobs');
type Jobs = { kick: () => void };
type WithJobs = typeof globalThis & { [SHARED]?: Jobs };

export function startBackgroundJobs(env = process.env): void {
  const shared = globalThis as WithJobs;
  if (shared[SHARED]) return;
  let transport: Promise<MailTransport> | undefined;
  let sending: Promise<void> | undefined;
  const send = () => {
    if (!env.SMTP_URL || sending) return;
    transport ??= smtpTransport(env.SMTP_URL, env.MAIL_FROM || GKA_MAILBOX);
    sending = (async () => {
      const db = await database();
      // Keep going while full batches come back, so a backlog clears without waiting for the timer.
      while ((await deliverDue(db, await transport!)).sent === 20);
    })()
      .catch((error: unknown) => console.error('E-mail versturen mislukt:', error))
      .finally(() => {
        sending = undefined;
      });
  };
  const purge = () =>
    database()
      .then((db) => purgeExpired(db, new Date()))
      .catch((error: unknown) => console.error('Opruimen volgens de bewaartermijnen mislukt:', error));
  shared[SHARED] = { kick: send };
  purge();
  send();
  setInterval(send, Number(env.GKA_MAIL_INTERVAL_MS ?? 30_000)).unref();
  setInterval(purge, 10 * 60_000).unref();
}

/** A new submission has e-mails waiting: send them now rather than at the next tick. */
export function kickMailWorker(): void {
  (globalThis as WithJobs)[SHARED]?.kick();
}
