import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { describe, expect, it } from 'vitest';

import { type FieldValues } from '@/lib/forms/fields';
import { receive, TOKEN_FIELD } from '@/lib/forms/receive';

import { issueToken } from '@/lib/forms/token';
import { mailsFor } from '@/lib/mail/messages';
import { deliverDue, retryDelayMs, smtpTransport } from '@/lib/mail/outbox';
import { createRateLimiter } from '@/lib/http/rate-limit';
import { submissionByReference } from '@/lib/forms/submissions';
import { memoryDatabase } from '@/tests/support/memory-database';
import { fixedForm, formById, municipalityCheck } from '@/lib/forms';

const memory = memoryDatabase();

describe('mail outbox', () => {
  const SECRET = 'geheim-voor-de-tests';
  const FROM = 'GKA <noreply@gka.example>';
  const MAIL = { mailbox: 'gka@example.nl', origin: 'https://gka.example' };

  interface Received {
    to: string[];
    subject: string;
    raw: string;
  }

  /** A local SMTP server that keeps what it receives. */
  async function startSink(port = 0) {
    const received: Received[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        let raw = '';
        stream.setEncoding('utf8');
        stream.on('data', (chunk: string) => (raw += chunk));
        stream.on('end', () => {
          const head = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), subject: /^Subject: (.*)$/im.exec(head)?.[1] ?? '', raw });
          callback();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    return {
      port: (server.server.address() as AddressInfo).port,
      received,
      close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    };
  }

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
        forms: formById,
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
    const sink = await startSink();
    try {
      const reference = await submit();
      const transport = await smtpTransport(`smtp://127.0.0.1:${sink.port}`, FROM);
      expect(await deliverDue(memory.db, transport)).toEqual({ sent: 2, failed: 0 });
      const byRecipient = Object.fromEntries(sink.received.map((m) => [m.to.join(','), m]));
      expect(Object.keys(byRecipient).sort()).toEqual(['anna@example.nl', 'gka@example.nl']);
      expect(byRecipient['gka@example.nl'].subject).toBe(`Vraag (${reference})`);
      expect(byRecipient['anna@example.nl'].subject).toBe(`Ontvangen: Vraag (${reference})`);
      expect(byRecipient['gka@example.nl'].raw).toContain('Mijn vraag');
      expect(byRecipient['anna@example.nl'].raw).not.toContain('Mijn vraag');
      expect(byRecipient['anna@example.nl'].raw).toMatch(/^From: GKA <noreply@gka\.example>/m);
      for (const mail of await outbox()) expect(mail).toMatchObject({ attempts: 1, body: '', lastError: null, sentAt: expect.any(Date) });
      expect(await deliverDue(memory.db, transport, new Date(Date.now() + 86_400_000))).toEqual({ sent: 0, failed: 0 });
      expect(sink.received).toHaveLength(2);
    } finally {
      await sink.close();
    }
  });

  it('keeps the submission and retries later while the mail server is down, then delivers once', async () => {
    const probe = await startSink();
    const port = probe.port;
    await probe.close();
    const reference = await submit();
    const transport = await smtpTransport(`smtp://127.0.0.1:${port}`, FROM);

    const now = new Date(Date.now() + 1_000);
    expect(await deliverDue(memory.db, transport, now)).toEqual({ sent: 0, failed: 2 });
    expect(await submissionByReference(memory.db, reference)).toBeDefined();
    for (const mail of await outbox()) {
      expect(mail).toMatchObject({ attempts: 1, sentAt: null, lastError: expect.stringMatching(/ECONNREFUSED|connect/i) });
      expect(mail.body).not.toBe('');
      expect(mail.next.getTime()).toBe(now.getTime() + retryDelayMs(1));
    }
    expect(retryDelayMs(1)).toBe(60_000);
    expect(retryDelayMs(2)).toBe(120_000);
    expect(retryDelayMs(100)).toBe(6 * 3_600_000);

    const sink = await startSink(port);
    try {
      // Not due yet: nothing is sent, nothing is counted.
      expect(await deliverDue(memory.db, transport, new Date(now.getTime() + 30_000))).toEqual({ sent: 0, failed: 0 });
      expect(sink.received).toHaveLength(0);
      expect(await deliverDue(memory.db, transport, new Date(now.getTime() + retryDelayMs(1)))).toEqual({ sent: 2, failed: 0 });
      expect(await deliverDue(memory.db, transport, new Date(now.getTime() + 86_400_000))).toEqual({ sent: 0, failed: 0 });
      expect(sink.received.map((m) => m.to[0]).sort()).toEqual(['anna@example.nl', 'gka@example.nl']);
      for (const mail of await outbox()) expect(mail).toMatchObject({ attempts: 2, body: '', lastError: null, sentAt: expect.any(Date) });
    } finally {
      await sink.close();
    }
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
