// A local SMTP server that keeps what it receives: for the outbox tests and the production proof.
// Like a real MTA it keeps a message only once its terminating "." arrived: a connection that ends
// in the middle of DATA (smtp-server then destroys the message's stream, without 'end') leaves
// nothing in `received`; what had arrived of it is in `aborted`.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface Received {
  to: string[];
  subject: string;
  raw: string;
}

export async function startSmtpSink(port = 0) {
  const received: Received[] = [];
  /** What has arrived so far of each message still in DATA, by session. */
  const arriving = new Map<string, string>();
  const aborted: string[] = [];
  let connections = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onConnect(session, callback) {
      connections++;
      callback();
    },
    onData(stream, session, callback) {
      let raw = '';
      let complete = false;
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        raw += chunk;
        arriving.set(session.id, raw);
      });
      stream.on('end', () => {
        complete = true;
        arriving.delete(session.id);
        const head = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), subject: /^Subject: (.*)$/im.exec(head)?.[1] ?? '', raw });
        callback();
      });
      // The connection closed before the dot: smtp-server hands the error to a listener (without
      // one it only closes the stream), and the message is dropped.
      stream.on('error', () => {});
      stream.on('close', () => {
        if (complete) return;
        arriving.delete(session.id);
        aborted.push(raw);
      });
    },
  });
  // A client killed mid-connection (the production proof's SIGKILL) resets it; smtp-server reports
  // that as an 'error' of the server, which without a listener would end the process.
  server.on('error', () => {});
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.server.address() as AddressInfo).port,
    received,
    /** The parts of messages in DATA so far (smtp-server holds back the last 4 bytes it has, to find the end). */
    arriving: () => [...arriving.values()],
    /** What had arrived of each message whose connection ended before its final dot. */
    aborted,
    /** Connections opened so far. */
    connections: () => connections,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A mail's text: its parts decoded (quoted-printable or base64), so its links can be read. */
export function mailText(raw: string): string {
  return raw
    .split(/\r?\n--[^\r\n]+\r?\n/)
    .map((part) => {
      const [head, ...rest] = part.split(/\r?\n\r?\n/);
      const body = rest.join('\n\n');
      if (/content-transfer-encoding:\s*base64/i.test(head)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
      if (/content-transfer-encoding:\s*quoted-printable/i.test(head))
        return Buffer.from(
          body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
          'latin1',
        ).toString('utf8');
      return body;
    })
    .join('\n');
}
