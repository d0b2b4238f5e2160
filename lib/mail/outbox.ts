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

/**
 * Sends what is due. Rows are claimed with one UPDATE (SKIP LOCKED), so two servers on one
 * PostgreSQL never send the same e-mail twice, and a server that dies mid-send leaves the row to
 * be retried after the claim's pause.
 */
export async function deliverDue(db: Database, transport: MailTransport, now = new Date(), batch = 20): Promise<{ sent: number; failed: number }> {
  const claimed = await db.query<{ id: string; recipient: string; subject: string; body: string; attempts: number }>(
    `update mail_outbox set attempts = attempts + 1, next_attempt_at = $1::timestamptz + interval '10 minutes'
     where id in (
       select id from mail_outbox
       where sent_at is null and attempts < $2 and next_attempt_at <= $1
       order by id limit $3 for update skip locked
     )
     returning id::text as id, recipient, subject, body, attempts`,
    [now.toISOString(), MAX_ATTEMPTS, batch],
  );
  let sent = 0;
  let failed = 0;
  for (const mail of claimed) {
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
  return { sent, failed };
}

/** SMTP through nodemailer: SMTP_URL such as smtp://user:pass@mail.example.nl:587. */
export async function smtpTransport(url: string, from: string): Promise<MailTransport> {
  const nodemailer = (await import('nodemailer')).default;
  const transporter = nodemailer.createTransport(url);
  return {
    async send(mail) {
      await transporter.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
    },
  };
}
