// Sending the e-mails that submissions put in the outbox. A submission is stored first and its
// e-mails with it; sending happens afterwards and is retried with growing pauses, so a mail
// server that is down never costs a submission and never blocks the visitor.
import type { Database } from '../db';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface MailTransport {
  send(mail: Mail): Promise<void>;
}

/** After this many failed attempts (about two days of retries) the staff view shows it as failed. */
export const MAX_ATTEMPTS = 12;

/** 1, 2, 4 … minutes, at most 6 hours. */
export const retryDelayMs = (attempts: number) => Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 6 * 3_600_000);

/** How long a claim keeps a mail from the other servers: after it, the mail is taken as lost mid-send. */
export const CLAIM_MS = 10 * 60_000;

/**
 * nodemailer's limits for one mail. Its defaults (2 minutes to connect, 10 minutes without a byte)
 * let one slow SMTP server outlast a claim, and a second server would send the same mails again.
 */
export const SMTP_TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 };

/**
 * The longest one mail may take within those limits (connect, greeting and a handful of idle
 * waits). No mail is started later than this before its claim ends: the rest go back unsent.
 */
export const SEND_BOUND_MS = 2 * 60_000;

/**
 * Sends what is due. Rows are claimed with one UPDATE (SKIP LOCKED), so two servers on one
 * PostgreSQL never send the same e-mail twice, and a server that dies mid-send leaves the row to
 * be retried after the claim's pause. `elapsed` is the real time since the claim (a clock for tests).
 */
export async function deliverDue(
  db: Database,
  transport: MailTransport,
  now = new Date(),
  batch = 20,
  elapsed: () => number = stopwatch(),
): Promise<{ sent: number; failed: number; released: number }> {
  const claimed = await db.query<{ id: string; recipient: string; subject: string; body: string; attempts: number }>(
    `update mail_outbox set attempts = attempts + 1, next_attempt_at = $1::timestamptz + $4::bigint * interval '1 millisecond'
     where id in (
       select id from mail_outbox
       where sent_at is null and attempts < $2 and next_attempt_at <= $1
       order by id limit $3 for update skip locked
     )
     returning id::text as id, recipient, subject, body, attempts`,
    [now.toISOString(), MAX_ATTEMPTS, batch, CLAIM_MS],
  );
  let sent = 0;
  let failed = 0;
  for (const [i, mail] of claimed.entries()) {
    if (elapsed() > CLAIM_MS - SEND_BOUND_MS) {
      // Too late to start another within the claim: hand the rest back, due now, attempt not counted.
      const rest = claimed.slice(i).map((m) => m.id);
      await db.query('update mail_outbox set attempts = attempts - 1, next_attempt_at = $2 where id = any($1::bigint[]) and sent_at is null', [
        rest,
        now.toISOString(),
      ]);
      return { sent, failed, released: rest.length };
    }
    try {
      await transport.send({ to: mail.recipient, subject: mail.subject, text: mail.body });
      // The body held the submission's text: once sent, the submission itself is the only copy.
      await db.query(`update mail_outbox set sent_at = now(), body = '', last_error = null where id = $1::bigint`, [mail.id]);
      sent++;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      await db.query('update mail_outbox set last_error = $2, next_attempt_at = $3 where id = $1::bigint', [
        mail.id,
        reason.slice(0, 500),
        new Date(now.getTime() + retryDelayMs(mail.attempts)).toISOString(),
      ]);
      failed++;
    }
  }
  return { sent, failed, released: 0 };
}

function stopwatch(): () => number {
  const start = performance.now();
  return () => performance.now() - start;
}

/** SMTP through nodemailer: SMTP_URL such as smtp://user:pass@mail.example.nl:587. */
export async function smtpTransport(url: string, from: string): Promise<MailTransport> {
  const nodemailer = (await import('nodemailer')).default;
  const transporter = nodemailer.createTransport({ url, ...SMTP_TIMEOUTS });
  return {
    async send(mail) {
      await transporter.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
    },
  };
}
