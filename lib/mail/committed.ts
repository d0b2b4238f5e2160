// Sending an alert at most once and, but for a few microseconds, exactly once, whenever the
// sending process is killed. An SMTP server completes a message only at the "." that ends DATA; a
// connection that ends before it cancels the transaction (RFC 5321 §3.8: as if RSET was sent). So
// every byte of the message is handed to the kernel first, then commit() marks it sent (in the
// database, with the claim), and only when that resolves true is ".\r\n" written (the message's
// last line ends in CRLF): three bytes behind the rest in the kernel's send buffer, which the
// kernel delivers when the process is killed too. Killed before commit(): the server discards the
// message and its row, still unsent, goes out again later.
//
// nodemailer builds the MIME (MailComposer) and speaks SMTP (SMTPConnection: TLS, AUTH from the URL,
// PIPELINING, SIZE, the timeouts). It is not used through its transport's sendMail: that passes the
// message through more streams (and a DKIM signer, when one is set, reads all of it first), and
// gives no hold of the socket, so there is no telling when the server has it all. SMTPConnection.send
// pipes the message into its DataStream only after the server answered DATA with 354, and
// DataStream writes the dot only in its flush, when the message stream ends; a stream destroyed
// with an error never ends.
import type { Socket } from 'node:net';
import { Readable, type Duplex } from 'node:stream';
import MailComposer from 'nodemailer/lib/mail-composer';
import { parseConnectionUrl } from 'nodemailer/lib/shared';
import SMTPConnection from 'nodemailer/lib/smtp-connection';
import type { AlertMime } from '../alerts/mail';
import { SMTP_TIMEOUTS } from './outbox';

export interface CommittedTransport {
  /**
   * Hands the mail to the server, runs commit(), and completes the message only when that resolves
   * true: 'sent'. When it resolves false the message is abandoned: 'withdrawn'. Rejects, with the
   * message abandoned or never begun, when the server cannot be reached or refuses the envelope
   * (commit() not run) or when commit() throws (its error); rejects with UnconfirmedAfterCommit
   * when commit() resolved true and the server then did not accept the message.
   * commit() should take well under SMTP_TIMEOUTS.socketTimeout: the connection waits idle for it.
   * One mail at a time: calls made meanwhile wait their turn.
   */
  send(mail: AlertMime, commit: () => Promise<boolean>): Promise<'sent' | 'withdrawn'>;
  /** Ends the connection kept open between mails. */
  close(): Promise<void>;
}

/**
 * commit() resolved true, but the server did not confirm the message. `mayHaveArrived`: the final
 * dot was on its way, so the server may have delivered it (do not send it again); without it the
 * server discarded the message and it can be sent again.
 */
export class UnconfirmedAfterCommit extends Error {
  constructor(
    readonly mayHaveArrived: boolean,
    cause: Error,
  ) {
    super(`De e-mail is als verzonden vastgelegd, maar de mailserver heeft hem niet aangenomen: ${cause.message}`, { cause });
    this.name = 'UnconfirmedAfterCommit';
  }
}

/** What a server keeps allowing on one connection, as nodemailer's pool assumes. */
const MESSAGES_PER_CONNECTION = 100;
/** A connection without a mail this long is ended: servers drop idle ones, and a batch comes in one go. */
const IDLE_MS = 10_000;

type Decision = { kind: 'committed'; dotSent: boolean } | { kind: 'withdrawn' } | { kind: 'failed'; error: Error };

/**
 * The message as SMTPConnection reads it: all of it at once, then nothing until commit() has
 * decided. Ending this stream is the only way the final dot gets written; when commit() says no
 * (or throws) the stream is destroyed instead.
 */
class CommittedMessage extends Readable {
  /** Set when SMTPConnection first reads the message (after the server's 354). */
  decision: Promise<Decision> | undefined;
  /** SMTPConnection's DataStream: dot-stuffing, and the dot at its end. */
  private target: Duplex | undefined;

  constructor(
    private readonly message: Buffer,
    private readonly socket: () => Socket | undefined,
    private readonly commit: () => Promise<boolean>,
  ) {
    super();
    // The errors are reported through the decision; SMTPConnection gets them as its own listener.
    this.on('error', () => {});
  }

  override pipe<T extends NodeJS.WritableStream>(destination: T, options?: { end?: boolean }): T {
    this.target = destination as unknown as Duplex;
    return super.pipe(destination, options);
  }

  override _read() {
    if (this.decision) return;
    this.push(this.message);
    this.decision = this.decide();
  }

  private async decide(): Promise<Decision> {
    try {
      await this.handedOver();
      if (await this.commit()) {
        // A stream destroyed meanwhile (the connection failed while commit() ran) does not end.
        const dotSent = !this.destroyed;
        this.push(null);
        return { kind: 'committed', dotSent };
      }
      this.destroy(new Error('De e-mail is teruggetrokken.'));
      return { kind: 'withdrawn' };
    } catch (caught) {
      const error = caught instanceof Error ? caught : new Error(String(caught));
      this.destroy(error);
      return { kind: 'failed', error };
    }
  }

  /**
   * Until every byte of the message has left this process: read from this stream, through the
   * DataStream, and written by the socket into the kernel (its writableLength counts what is
   * still waiting for that). Polled: the streams have no event for "all of it is written".
   */
  private async handedOver() {
    for (;;) {
      const socket = this.socket();
      if (!socket || socket.destroyed) throw new Error('De verbinding met de mailserver viel weg voordat de e-mail over was.');
      // Read in another way than by pipe, the message could not be followed: better never sent.
      if (!this.target) throw new Error('nodemailer las de e-mail niet zoals verwacht; hij is niet verzonden.');
      if (this.readableLength === 0 && this.target.writableLength === 0 && this.target.readableLength === 0 && socket.writableLength === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
  }
}

type Connection = { smtp: SMTPConnection; sent: number };

/** SMTP_URL such as smtp://user:pass@mail.example.nl:587 (smtps:// for TLS from the start). */
export function smtpCommittedTransport(url: string, from: string): CommittedTransport {
  const { auth, ...server } = parseConnectionUrl(url);
  const options = { ...server, ...SMTP_TIMEOUTS };
  let kept: { connection: Connection; timer: NodeJS.Timeout } | undefined;
  let turn: Promise<unknown> = Promise.resolve();

  const socketOf = (smtp: SMTPConnection) => smtp._socket || undefined;

  function open(): Promise<Connection> {
    return new Promise((resolve, reject) => {
      const smtp = new SMTPConnection(options);
      const fail = (error: Error) => {
        smtp.close();
        reject(error);
      };
      // Once connected, an error also fails the send in progress, which reports it (or it ends an
      // idle connection, which is then not reused); the promise is settled by then.
      smtp.on('error', fail);
      smtp.connect((error) => {
        if (error) return fail(error);
        if (auth && smtp.allowsAuth) smtp.login(auth, (error) => (error ? fail(error) : resolve({ smtp, sent: 0 })));
        else resolve({ smtp, sent: 0 });
      });
    });
  }

  /** The kept connection, unless the server ended it meanwhile. */
  function take(): Connection | undefined {
    const connection = kept?.connection;
    if (kept) clearTimeout(kept.timer);
    kept = undefined;
    if (!connection || connection.smtp.destroyed) return undefined;
    socketOf(connection.smtp)?.ref();
    return connection;
  }

  function keep(connection: Connection) {
    if (++connection.sent >= MESSAGES_PER_CONNECTION || connection.smtp.destroyed) return connection.smtp.quit();
    const timer = setTimeout(() => take()?.smtp.quit(), IDLE_MS).unref();
    // An idle connection does not keep the process alive.
    socketOf(connection.smtp)?.unref();
    kept = { connection, timer };
  }

  async function deliver(mail: AlertMime, commit: () => Promise<boolean>): Promise<'sent' | 'withdrawn'> {
    const node = new MailComposer({
      from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      headers: mail.headers,
      messageId: mail.messageId,
      disableFileAccess: true,
      disableUrlAccess: true,
    }).compile();
    const message = await node.build();
    for (let attempt = 1; ; attempt++) {
      const reused = take();
      const connection = reused ?? (await open());
      const { smtp } = connection;
      const stream = new CommittedMessage(message, () => socketOf(smtp), commit);
      // A new envelope for every attempt: SMTPConnection keeps the state of the transaction in it.
      const envelope = { ...node.getEnvelope(), size: message.length };
      const error = await new Promise<Error | undefined>((resolve) => smtp.send(envelope, stream, (error) => resolve(error ?? undefined)));
      if (!stream.decision) {
        // Not a byte of the message went out and commit() did not run.
        smtp.close();
        if (reused && attempt === 1) continue; // a kept connection the server had ended meanwhile
        throw error ?? new Error('De mailserver nam de e-mail niet aan.');
      }
      const decision = await stream.decision;
      if (decision.kind === 'committed') {
        if (!error) {
          keep(connection);
          return 'sent';
        }
        smtp.close();
        throw new UnconfirmedAfterCommit(decision.dotSent, error);
      }
      // The connection ends without the final dot: the server discards what it has of the message.
      smtp.close();
      if (decision.kind === 'withdrawn') return 'withdrawn';
      throw decision.error;
    }
  }

  return {
    send(mail, commit) {
      const result = turn.then(() => deliver(mail, commit));
      turn = result.catch(() => undefined);
      return result;
    },
    async close() {
      await turn;
      const connection = take();
      if (!connection) return;
      await new Promise<void>((resolve) => {
        connection.smtp.once('end', () => resolve());
        connection.smtp.quit();
      });
    },
  };
}

/** For tests of what sends: keeps what was sent, and honours commit() as the SMTP transport does. */
export function memoryCommittedTransport() {
  const sent: AlertMime[] = [];
  const transport: CommittedTransport & { sent: AlertMime[] } = {
    sent,
    async send(mail, commit) {
      if (!(await commit())) return 'withdrawn';
      sent.push(mail);
      return 'sent';
    },
    async close() {},
  };
  return transport;
}
