import { describe, expect, it } from 'vitest';

import { type FieldValues } from '@/lib/forms/fields';
import { receive, TOKEN_FIELD } from '@/lib/forms/receive';

import { issueToken } from '@/lib/forms/token';
import { mailsFor } from '@/lib/mail/messages';
import { CLAIM_MS, deliverDue, retryDelayMs, SEND_BOUND_MS, SMTP_TIMEOUTS, smtpTransport } from '@/lib/mail/outbox';
import { createRateLimiter } from '@/lib/http/rate-limit';
import { submissionByReference } from '@/lib/forms/submissions';
import { memoryDatabase } from '@/tests/support/memory-database';
import { currentContent } from '@/lib/content';
import { fixedForm, formById, municipalityCheck } from '@/lib/forms';
import { startSmtpSink } from '@/tests/support/smtp-sink';

const memory = memoryDatabase();

describe('mail outbox', () => {
  const SECRET = 'geheim-voor-de-tests';
  const FROM = 'GKA <noreply@gka.example>';
  const MAIL = { mailbox: 'gka@example.nl', origin: 'https://gka.example' };

  const submit = async (values: FieldValues = { naam: 'Anna de Vries', email: 'anna@example.nl', vraag: 'Mijn vraag' }) => {
    const now = new Date();
    const outcome = await receive(
      { [TOKEN_FIELD]: issueToken(SECRET, 'vraag', new Date(now.getTime() - 60_000)), ...(values as Record<string, string>) },
      {
        db: memory.db,
        secret: SECRET,
        now,
        client: '192.0.2.1',
        sameOrigin: true,
        limiter: createRateLimiter(100, 60_000),
        municipality: municipalityCheck,
        forms: (id) => formById(currentContent(), id),
        mail: MAIL,
      },
    );
    if (outcome.type !== 'stored') throw new Error(JSON.stringify(outcome));
    return outcome.reference;
  };
  const outbox = () =>
    memory.db.query<{ kind: string; attempts: number; body: string; lastError: string | null; sentAt: Date | null; next: Date }>(
      `select kind, attempts, body, last_error as "lastError", sent_at as "sentAt", next_attempt_at as next from mail_outbox order by kind`,
    );

  it('delivers the notification and the confirmation over SMTP, and empties a sent mail’s body', async () => {
    const sink = await startSmtpSink();
    try {
      const reference = await submit();
      const transport = await smtpTransport(`smtp://127.0.0.1:${sink.port}`, FROM);
      expect(await deliverDue(memory.db, transport)).toEqual({ sent: 2, failed: 0, released: 0 });
      const byRecipient = Object.fromEntries(sink.received.map((m) => [m.to.join(','), m]));
      expect(Object.keys(byRecipient).sort()).toEqual(['anna@example.nl', 'gka@example.nl']);
      expect(byRecipient['gka@example.nl'].subject).toBe(`Vraag (${reference})`);
      expect(byRecipient['anna@example.nl'].subject).toBe(`Ontvangen: Vraag (${reference})`);
      expect(byRecipient['gka@example.nl'].raw).toContain('Mijn vraag');
      expect(byRecipient['anna@example.nl'].raw).not.toContain('Mijn vraag');
      expect(byRecipient['anna@example.nl'].raw).toMatch(/^From: GKA <noreply@gka\.example>/m);
      for (const mail of await outbox()) expect(mail).toMatchObject({ attempts: 1, body: '', lastError: null, sentAt: expect.any(Date) });
      expect(await deliverDue(memory.db, transport, new Date(Date.now() + 86_400_000))).toEqual({ sent: 0, failed: 0, released: 0 });
      expect(sink.received).toHaveLength(2);
    } finally {
      await sink.close();
    }
  });

  it('keeps the submission and retries later while the mail server is down, then delivers once', async () => {
    const probe = await startSmtpSink();
    const port = probe.port;
    await probe.close();
    const reference = await submit();
    const transport = await smtpTransport(`smtp://127.0.0.1:${port}`, FROM);

    const now = new Date(Date.now() + 1_000);
    expect(await deliverDue(memory.db, transport, now)).toEqual({ sent: 0, failed: 2, released: 0 });
    expect(await submissionByReference(memory.db, reference)).toBeDefined();
    for (const mail of await outbox()) {
      expect(mail).toMatchObject({ attempts: 1, sentAt: null, lastError: expect.stringMatching(/ECONNREFUSED|connect/i) });
      expect(mail.body).not.toBe('');
      expect(mail.next.getTime()).toBe(now.getTime() + retryDelayMs(1));
    }
    expect(retryDelayMs(1)).toBe(60_000);
    expect(retryDelayMs(2)).toBe(120_000);
    expect(retryDelayMs(100)).toBe(6 * 3_600_000);

    const sink = await startSmtpSink(port);
    try {
      // Not due yet: nothing is sent, nothing is counted.
      expect(await deliverDue(memory.db, transport, new Date(now.getTime() + 30_000))).toEqual({ sent: 0, failed: 0, released: 0 });
      expect(sink.received).toHaveLength(0);
      expect(await deliverDue(memory.db, transport, new Date(now.getTime() + retryDelayMs(1)))).toEqual({ sent: 2, failed: 0, released: 0 });
      expect(await deliverDue(memory.db, transport, new Date(now.getTime() + 86_400_000))).toEqual({ sent: 0, failed: 0, released: 0 });
      expect(sink.received.map((m) => m.to[0]).sort()).toEqual(['anna@example.nl', 'gka@example.nl']);
      for (const mail of await outbox()) expect(mail).toMatchObject({ attempts: 2, body: '', lastError: null, sentAt: expect.any(Date) });
    } finally {
      await sink.close();
    }
  });

  it('starts no mail the claim could not cover: the rest go back unsent, their attempt not counted', async () => {
    await submit();
    await submit();
    // Two submissions, two mails each. The clock jumps past the last safe start after the first mail.
    let clock = 0;
    const sent: string[] = [];
    const slow = {
      async send(mail: { to: string }) {
        sent.push(mail.to);
        clock = CLAIM_MS - SEND_BOUND_MS + 1;
      },
    };
    const now = new Date(Date.now() + 1_000);
    expect(await deliverDue(memory.db, slow, now, 20, () => clock)).toEqual({ sent: 1, failed: 0, released: 3 });
    const rows = await outbox();
    expect(rows.filter((m) => m.sentAt)).toHaveLength(1);
    for (const m of rows.filter((r) => !r.sentAt)) expect(m).toMatchObject({ attempts: 0, next: now });
    // Due at once for the next round (this server's or another's).
    clock = 0;
    expect(await deliverDue(memory.db, slow, now, 1, () => clock)).toMatchObject({ sent: 1, released: 0 });
    expect(sent).toHaveLength(2);
  });

  it("bounds nodemailer's timeouts well inside the claim", () => {
    const worst = SMTP_TIMEOUTS.connectionTimeout + SMTP_TIMEOUTS.greetingTimeout + 2 * SMTP_TIMEOUTS.socketTimeout;
    expect(worst).toBeLessThanOrEqual(SEND_BOUND_MS);
    expect(SEND_BOUND_MS).toBeLessThan(CLAIM_MS / 2);
  });

  it('repeats none of the submitted free text in the confirmation', () => {
    const values = {
      naam: 'Mallory Kwaadwillig',
      email: 'slachtoffer@example.nl',
      organisatie: 'Nep BV',
      functie: 'Oplichter',
      gemeente: 'Utrecht',
      reden: 'Klik op https://phishing.example/login',
    };
    const form = fixedForm('dashboard');
    const mails = mailsFor(form, values, 'GKA-AAAA-BBBB', new Date('2026-05-04T10:00:00Z'), MAIL);
    const confirmation = mails.find((m) => m.kind === 'bevestiging')!;
    const notification = mails.find((m) => m.kind === 'melding')!;
    expect(confirmation.recipient).toBe('slachtoffer@example.nl');
    expect(notification.recipient).toBe('gka@example.nl');
    for (const [name, value] of Object.entries(values)) {
      if (name !== 'email') expect(`${confirmation.subject}\n${confirmation.body}`).not.toContain(value);
      expect(notification.body).toContain(value);
    }
    expect(confirmation.body).toContain('GKA-AAAA-BBBB');
    // No address, no confirmation.
    expect(mailsFor(fixedForm('vraag'), { naam: 'x', vraag: 'y' }, 'GKA-AAAA-BBBB', new Date(), MAIL).map((m) => m.kind)).toEqual(['melding']);
  });
});
